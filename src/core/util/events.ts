/**
 * The library's events, in one place. Every event name starts with `hw-`, so
 * none can be mistaken for a native event (`select`, `change`, `reset`, …)
 * by a `document` or `<form>` listener. The error event is fired twice, under
 * two names, both not bubbling: `error` (the contract's name, like `<img>`'s)
 * and `hw-error` (the same event typed in `HTMLElementEventMap`, which cannot
 * retype `error`: the DOM's typings call every `error` an `ErrorEvent`).
 */
import type { ChallengeToggleDetail } from '../../components/challenges/challenges.js';
import type { ComplementaritySelectDetail } from '../../components/city-complementarity-matrix/city-complementarity-matrix.js';
import type { CitationCopyDetail } from '../../components/paper-citation/paper-citation.js';
import type { QuizCompleteDetail } from '../../components/quiz/quiz.js';
import type { RegionMapSelectDetail } from '../../components/region-map/region-map.js';
import type { StrategyChecklistChangeDetail, StrategyChecklistNoteDetail, StrategyChecklistResetDetail } from '../../components/strategy-checklist/strategy-checklist.js';
import type { ViewChangeDetail } from '../base/chart-element.js';
import type { XapiStatement } from './xapi.js';

/** Detail of every widget's `error` / `hw-error` event. */
export interface WidgetErrorDetail {
  /**
   * `chart`: chart.js could not be loaded; the widget shows its table instead.
   * `timeout`: `src` did not arrive within `SRC_TIMEOUT_MS` (15 s).
   * `check`: the code that checks given data could not be loaded.
   */
  kind: 'invalid-data' | 'network' | 'http' | 'json' | 'timeout' | 'chart' | 'check';
  /** The localised message shown in the widget's alert. */
  message: string;
  /** For `invalid-data`: the field that failed. */
  path?: string;
  /** For `http`: the status code. */
  status?: number;
}

/** Every custom event of the library, by name, with its type (`CustomEvent<detail>`). */
export interface HwEventMap {
  /** Any widget: `data` or `src` could not be used. Does not bubble. */
  'hw-error': CustomEvent<WidgetErrorDetail>;
  /** Chart widgets: the reader switched between chart and table. */
  'hw-view-change': CustomEvent<ViewChangeDetail>;
  /** Chart widgets: the chart has been drawn. Does not bubble. */
  'hw-chart-ready': CustomEvent<null>;
  /** `<hohhot-challenges>`: an explanation was opened or closed. */
  'hw-challenge-toggle': CustomEvent<ChallengeToggleDetail>;
  /** `<city-complementarity-matrix>`: a city or a cell was selected. */
  'hw-complementarity-select': CustomEvent<ComplementaritySelectDetail>;
  /** `<hohhot-paper-citation>`: a copy button was used. */
  'hw-citation-copy': CustomEvent<CitationCopyDetail>;
  /** `<hohhot-quiz>`: the last question has been answered. */
  'hw-quiz-complete': CustomEvent<QuizCompleteDetail>;
  /** `<hohhot-region-map>`: the reader selected a city. */
  'hw-select': CustomEvent<RegionMapSelectDetail>;
  /** `<strategy-checklist>`: a measure was ticked or unticked by the reader. */
  'hw-change': CustomEvent<StrategyChecklistChangeDetail>;
  /** `<strategy-checklist>`: the reader changed a measure's note. */
  'hw-note': CustomEvent<StrategyChecklistNoteDetail>;
  /** `<strategy-checklist>`: the reader cleared all ticks and notes. */
  'hw-reset': CustomEvent<StrategyChecklistResetDetail>;
  /** `<hohhot-quiz>`, `<strategy-checklist>`: an xAPI statement (without `actor`) of what the learner just did. */
  'hw-xapi': CustomEvent<XapiStatement>;
}

/** The names of the library's events. */
export type HwEventName = keyof HwEventMap;
/** The `detail` of an event of the library. */
export type HwEventDetail<K extends HwEventName> = HwEventMap[K]['detail'];

declare global {
  // `addEventListener('hw-change', e => e.detail.done)` is typed on every element, `document` and `window`.
  interface HTMLElementEventMap extends HwEventMap {}
  interface DocumentEventMap extends HwEventMap {}
  interface WindowEventMap extends HwEventMap {}
}

/** Dispatches a typed CustomEvent that bubbles out of the shadow root. */
export function emit<K extends HwEventName>(host: HTMLElement, name: K, detail: HwEventDetail<K>): boolean {
  return host.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: false }));
}

/**
 * Fires a widget's error, under `error` and `hw-error`, neither bubbling: like
 * the native `error` of `<img>` or `<script>`, it never reaches the page's
 * `window.onerror` handlers.
 */
export function emitError(host: HTMLElement, detail: WidgetErrorDetail): void {
  host.dispatchEvent(new CustomEvent<WidgetErrorDetail>('error', { detail }));
  host.dispatchEvent(new CustomEvent<WidgetErrorDetail>('hw-error', { detail }));
}
