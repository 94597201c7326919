import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { UNREADABLE, type DataProblem, type Validation, type Validator } from '../../data/problem.js';
import { invalidDataText, loadCheck } from '../util/check.js';
import type { WidgetErrorDetail } from '../util/events.js';
import { coreStrings } from '../i18n/strings.js';
import type { Lang } from './lang.js';

/**
 * How long a `src` may take, headers and body, before the widget gives up
 * with a `timeout` alert and `error`: 15 seconds.
 */
export const SRC_TIMEOUT_MS = 15_000;

/** Why a given dataset is not shown: the alert's cause and the `error` event's `kind`. */
export type DatasetProblem =
  | { kind: 'invalid-data'; problem: DataProblem }
  | { kind: 'network'; url: string }
  | { kind: 'http'; url: string; status: number }
  | { kind: 'json'; url: string }
  | { kind: 'timeout'; url: string; seconds: number }
  | { kind: 'check' };

/** What a `DatasetController` asks of its widget. Each is read when needed, so it may depend on the widget's properties. */
export interface DatasetOptions<T> {
  /** The dataset shown when neither `data` nor `src` is given (the paper's). */
  defaultData: () => T;
  /** Loads the check of a given dataset (see `lazyValidator`). */
  validator: () => () => Promise<Validator<T>>;
  /** How long (ms) a `src` may take; `SRC_TIMEOUT_MS` unless given. */
  timeout?: () => number;
  /** The language of the `error` event's message. */
  lang: () => Lang;
  /** Fires the widget's `error` and `hw-error` for a problem (`emitError`). */
  onError: (detail: WidgetErrorDetail) => void;
}

type Host = ReactiveControllerHost & HTMLElement;

/** The sentence of the alert for a problem, in a language. */
export function problemMessage(p: DatasetProblem, lang: Lang): string {
  const s = coreStrings[lang];
  switch (p.kind) {
    case 'invalid-data':
      return invalidDataText(p.problem, lang);
    case 'check':
      return s.checkFailed;
    case 'network':
      return s.networkError(p.url);
    case 'http':
      return s.httpError(p.url, p.status);
    case 'json':
      return s.jsonError(p.url);
    case 'timeout':
      return s.timeoutError(p.url, p.seconds);
  }
}

/**
 * A widget's dataset: the paper's by default, or one given through `data`
 * (`set`) or fetched from a `src` (`load`), checked before it is shown. It
 * owns the fetch (aborted when something newer is given or the element is
 * removed, and done again when it returns), its timeout, and the problem that
 * keeps a given dataset from being shown; it fires the widget's `error`
 * through `onError`. Which default and validator apply may change with the
 * widget's properties (key-figures' `topic`): the widget then calls
 * `kindChanged()`, and the dataset last given is checked (or fetched) again.
 */
export class DatasetController<T> implements ReactiveController {
  private current?: T;
  private problemNow: DatasetProblem | null = null;
  private loadingNow = false;
  private token = 0;
  private pending: Promise<void> = Promise.resolve();
  private checkingNow?: Promise<void>;
  private abortLoad?: AbortController;
  /** The shown dataset (or its alert) came from `src`. */
  private fromSrc = false;
  /** A fetch was cut short by removing the element: fetch again when it returns. */
  private interrupted = false;
  /** What was given last, to check again when the dataset's kind changes. */
  private given: { kind: 'data'; value: unknown } | { kind: 'src'; url: string } | null = null;

  constructor(
    private readonly host: Host,
    private readonly options: DatasetOptions<T>,
  ) {
    host.addController(this);
  }

  /** The dataset to show: the given one once it has passed its check, else the default. */
  get value(): T {
    return this.current ?? this.options.defaultData();
  }

  /** Why the given dataset is not shown, or `null`. */
  get problem(): DatasetProblem | null {
    return this.problemNow;
  }

  /** A `src` is being fetched. */
  get loading(): boolean {
    return this.loadingNow;
  }

  /** The check under way of the dataset last given, if any (`updateComplete` waits for it). */
  get checking(): Promise<void> | undefined {
    return this.checkingNow;
  }

  /** Settles once the fetch (and check) under way, if any, is done. */
  get settled(): Promise<void> {
    return this.pending;
  }

  /** The alert's sentence for the current problem, in `lang`; empty without one. */
  message(lang: Lang): string {
    return this.problemNow ? problemMessage(this.problemNow, lang) : '';
  }

  /**
   * Gives a dataset (the widget's `data` setter): checked, then shown, or its
   * problem shown and fired. `null` or `undefined` restores the default.
   */
  set(value: unknown): void {
    this.cancel();
    this.fromSrc = false;
    if (value === null || value === undefined) {
      this.given = null;
      this.problemNow = null;
      this.current = undefined;
      this.host.requestUpdate();
      return;
    }
    this.given = { kind: 'data', value };
    const checking = this.check(value, this.token, false);
    this.pending = checking;
    this.checkingNow = checking;
  }

  /** Fetches a dataset from `url` (the widget's `src`), then checks it. */
  load(url: string): void {
    this.given = { kind: 'src', url };
    this.pending = this.fetch(url);
  }

  /** `src` was removed: forgets its fetch, and its dataset or alert. */
  unload(): void {
    if (this.given?.kind === 'src') this.given = null;
    this.cancel();
    if (this.fromSrc) {
      this.fromSrc = false;
      this.problemNow = null;
      this.current = undefined;
      this.host.requestUpdate();
    }
  }

  /**
   * The widget's default dataset and validator changed (key-figures' `topic`):
   * the dataset last given is checked again, a `src` fetched again; without
   * either, the new default is shown.
   */
  kindChanged(): void {
    const given = this.given;
    if (!given) {
      this.host.requestUpdate();
    } else if (given.kind === 'data') {
      this.set(given.value);
    } else if (!this.loadingNow) {
      this.load(given.url);
    }
  }

  hostConnected(): void {
    if (this.interrupted && this.given?.kind === 'src') this.load(this.given.url);
  }

  hostDisconnected(): void {
    if (this.loadingNow) {
      this.cancel();
      this.interrupted = true;
    }
  }

  /** Stops the fetch under way: its answer, if any, is ignored. */
  private cancel(): void {
    this.token++;
    this.interrupted = false;
    this.abortLoad?.abort();
    this.abortLoad = undefined;
    this.setLoading(false);
  }

  private setLoading(loading: boolean): void {
    if (loading === this.loadingNow) return;
    this.loadingNow = loading;
    this.host.requestUpdate();
  }

  /** Checks a given dataset and shows it, or its problem, unless something newer was given meanwhile. */
  private async check(value: unknown, token: number, fromSrc: boolean): Promise<void> {
    // Taken now: the validator may depend on the widget's properties (key-figures' topic).
    const validator = this.options.validator();
    let result: Validation<T> | null = null;
    try {
      const validate = await loadCheck(validator);
      try {
        result = validate(value);
      } catch {
        result = { ok: false, problem: UNREADABLE };
      }
    } catch {
      // The validator's module could not be fetched.
    }
    if (token !== this.token) return;
    // The kind changed while the check ran, before the widget said so: check against the new one.
    if (this.options.validator() !== validator) return this.check(value, token, fromSrc);
    this.setLoading(false);
    this.fromSrc = fromSrc;
    if (!result) {
      this.fail({ kind: 'check' });
    } else if (result.ok) {
      this.problemNow = null;
      this.current = result.data;
      this.host.requestUpdate();
    } else {
      this.fail({ kind: 'invalid-data', problem: result.problem });
    }
  }

  private fail(problem: DatasetProblem): void {
    this.problemNow = problem;
    this.host.requestUpdate();
    const detail: WidgetErrorDetail = {
      kind: problem.kind,
      message: problemMessage(problem, this.options.lang()),
      ...(problem.kind === 'invalid-data' ? { path: problem.problem.path } : {}),
      ...(problem.kind === 'http' ? { status: problem.status } : {}),
    };
    this.options.onError(detail);
  }

  private async fetch(url: string): Promise<void> {
    this.cancel();
    const token = this.token;
    const controller = new AbortController();
    this.abortLoad = controller;
    this.setLoading(true);
    const ms = this.options.timeout?.() ?? SRC_TIMEOUT_MS;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, ms);
    let problem: DatasetProblem | null = null;
    let body: unknown;
    try {
      const res = await fetch(url, { credentials: 'same-origin', signal: controller.signal });
      if (!res.ok) {
        problem = { kind: 'http', url, status: res.status };
      } else {
        const text = await res.text();
        try {
          body = JSON.parse(text);
        } catch {
          problem = { kind: 'json', url };
        }
      }
    } catch {
      problem = timedOut ? { kind: 'timeout', url, seconds: Math.round(ms / 100) / 10 } : { kind: 'network', url };
    } finally {
      clearTimeout(timer);
    }
    if (token !== this.token) return;
    if (problem) {
      // A fetch can fail before the element's first render is done (Firefox
      // refuses a closed port at once): fire the error no earlier than the task
      // after that render, so that a listener attached once the element has
      // rendered receives it, in every browser.
      await this.host.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
      if (token !== this.token) return;
    }
    this.abortLoad = undefined;
    if (problem) {
      this.setLoading(false);
      this.fromSrc = true;
      this.fail(problem);
    } else {
      await this.check(body, token, true);
    }
  }
}
