import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Provenance, Text } from '../data/schema.js';
import type { DataProblem, Validator } from '../data/validate.js';
import { oneOf } from './attributes.js';
import type { WidgetErrorDetail } from './events.js';
import { LangController, type Lang } from './lang.js';
import { sourceLine } from './source.js';
import { coreStrings } from './strings.js';
import { baseStyles } from './styles.js';
import { THEMES, ThemeController, themeTokens, type Theme } from './theme.js';
import { VERSION } from './version.js';

type Problem =
  | { kind: 'invalid-data'; problem: DataProblem }
  | { kind: 'network'; url: string }
  | { kind: 'http'; url: string; status: number }
  | { kind: 'json'; url: string };

/**
 * What every widget shares: language, theme, the bundled dataset with its
 * `data` and `src` overrides (validated), the error alert and the source line.
 * A widget supplies its dataset's validator and default, and renders its body.
 */
export abstract class HwElement<T> extends LitElement {
  static version = VERSION;
  static override styles = [themeTokens, baseStyles];

  /** Colour theme: `auto` follows the page's `color-scheme`, else the reader's preference. */
  @property({ converter: oneOf<Theme>('theme', THEMES, 'auto') })
  theme: Theme = 'auto';

  /** URL of a JSON file with a dataset of the same shape as `data`, fetched and validated. */
  @property()
  src?: string;

  @state() private problem: Problem | null = null;
  @state() private loading = false;
  @state() private current?: T;

  private readonly langCtl = new LangController(this);
  protected readonly themeCtl = new ThemeController(this);
  private loadToken = 0;
  private pending: Promise<void> = Promise.resolve();

  /** The dataset shown when neither `data` nor `src` is given. */
  protected abstract readonly defaultData: T;
  /** Checks a dataset given through `data` or `src`. */
  protected abstract readonly validator: Validator<T>;
  /** The widget's content for a valid dataset. */
  protected abstract renderBody(data: T): TemplateResult;
  /** Where the shown content stands in the paper, for the source line. */
  protected abstract provenance(data: T): Provenance[];
  /** Who compiled the figures, where the dataset names it. */
  protected origins(_data: T): Text[] {
    return [];
  }

  /** The resolved language: `zh-CN` or `en`. */
  get locale(): Lang {
    return this.langCtl.value;
  }

  /**
   * Replaces the bundled dataset with one of the same shape. Invalid data
   * never throws: the widget shows what is wrong in an alert and fires `error`.
   * Setting `null` or `undefined` restores the paper's dataset.
   */
  @property({ attribute: false })
  get data(): T {
    return this.current ?? this.defaultData;
  }
  set data(value: unknown) {
    this.loadToken++;
    this.loading = false;
    if (value === null || value === undefined) {
      this.problem = null;
      this.current = undefined;
      return;
    }
    this.accept(value);
  }

  private accept(value: unknown): void {
    const result = this.validator(value);
    if (result.ok) {
      this.problem = null;
      this.current = result.data;
    } else {
      this.fail({ kind: 'invalid-data', problem: result.problem });
    }
  }

  private fail(problem: Problem): void {
    this.problem = problem;
    const detail: WidgetErrorDetail = {
      kind: problem.kind,
      message: this.message(problem, this.locale),
      ...(problem.kind === 'invalid-data' ? { path: problem.problem.path } : {}),
      ...(problem.kind === 'http' ? { status: problem.status } : {}),
    };
    this.dispatchError(detail);
  }

  /**
   * Fires the widget's `error` event. Like the native `error` of <img> or
   * <script>, it does not bubble: a bubbling `error` would reach the page's
   * window.onerror handlers.
   */
  protected dispatchError(detail: WidgetErrorDetail): void {
    this.dispatchEvent(new CustomEvent<WidgetErrorDetail>('error', { detail }));
  }

  private message(p: Problem, lang: Lang): string {
    const s = coreStrings[lang];
    switch (p.kind) {
      case 'invalid-data':
        return s.invalidData(p.problem);
      case 'network':
        return s.networkError(p.url);
      case 'http':
        return s.httpError(p.url, p.status);
      case 'json':
        return s.jsonError(p.url);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.src) this.pending = this.load(this.src);
  }

  private async load(url: string): Promise<void> {
    const token = ++this.loadToken;
    this.loading = true;
    let problem: Problem | null = null;
    let body: unknown;
    try {
      const res = await fetch(url, { credentials: 'same-origin' });
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
      problem = { kind: 'network', url };
    }
    if (token !== this.loadToken) return;
    this.loading = false;
    if (problem) this.fail(problem);
    else this.accept(body);
  }

  /** Resolves once a `src` being fetched has been applied (or failed) and rendered. */
  async whenLoaded(): Promise<void> {
    await this.updateComplete;
    await this.pending;
    await this.updateComplete;
  }

  protected override render(): TemplateResult {
    const lang = this.locale;
    const s = coreStrings[lang];
    const data = this.data;
    return html`<div class="hw" part="base" lang=${lang}>
      ${this.problem
        ? html`<div class="error" role="alert" part="error"><strong>${s.errorTitle}</strong><p>${this.message(this.problem, lang)}</p></div>`
        : this.loading
          ? html`<p class="muted" role="status">${s.loading}</p>`
          : this.renderBody(data)}
      ${this.problem || this.loading ? nothing : sourceLine(lang, this.provenance(data), this.origins(data))}
    </div>`;
  }
}
