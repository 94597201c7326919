import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Provenance, Text } from '../../data/schema.js';
import { UNREADABLE, type DataProblem, type Validation, type Validator } from '../../data/problem.js';
import { oneOf } from '../util/attributes.js';
import { invalidDataText, loadCheck } from '../util/check.js';
import { emitError, type WidgetErrorDetail } from '../util/events.js';
import { LangController, type Lang } from '../controllers/lang.js';
import { sourceLine } from '../ui/source.js';
import { coreStrings } from '../i18n/strings.js';
import { baseStyles } from '../styles/styles.js';
import { THEMES, ThemeController, themeTokens, type Theme } from '../controllers/theme.js';
import { VERSION } from '../util/version.js';

type Problem =
  | { kind: 'invalid-data'; problem: DataProblem }
  | { kind: 'network'; url: string }
  | { kind: 'http'; url: string; status: number }
  | { kind: 'json'; url: string }
  | { kind: 'timeout'; url: string; seconds: number }
  | { kind: 'check' };

/**
 * How long a `src` may take, headers and body, before the widget gives up
 * with a `timeout` alert and `error`: 15 seconds.
 */
export const SRC_TIMEOUT_MS = 15_000;

/**
 * What every widget shares: language, theme, the bundled dataset with its
 * `data` and `src` overrides (validated), the error alert and the source line.
 * A widget supplies its dataset's validator and default, and renders its body.
 * `T` is the dataset's type; `In` what `data` accepts (the same, unless the
 * widget takes part of one).
 */
export abstract class HwElement<T, In = T> extends LitElement {
  static version = VERSION;
  /**
   * How long (ms) a `src` may take before the widget gives up; `SRC_TIMEOUT_MS`
   * (15 s) unless a page sets another value on the class.
   */
  static srcTimeout = SRC_TIMEOUT_MS;
  static override styles = [themeTokens, baseStyles];

  /** Colour theme: `auto` follows the page's `color-scheme`, else the background behind the widget, else the reader's preference. */
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
  /** The check of the last dataset given, while its validator loads. */
  private checking?: Promise<void>;
  /** Aborts the fetch of `src` under way, if any. */
  private abortLoad?: AbortController;
  /** The shown dataset (or its alert) came from `src`. */
  private fromSrc = false;
  /** A fetch was cut short by removing the element: fetch again when it returns. */
  private interrupted = false;

  /** The dataset shown when neither `data` nor `src` is given. */
  protected abstract readonly defaultData: T;
  /**
   * Loads the check of a dataset given through `data` or `src` (see
   * `lazyValidator`): fetched the first time a page gives one.
   */
  protected abstract readonly validator: () => Promise<Validator<T>>;
  /** The widget's content for a valid dataset. */
  protected abstract renderBody(data: T): TemplateResult;
  /** Where the shown content stands in the paper, for the source line. */
  protected abstract provenance(data: T): Provenance[];
  /** Who compiled the figures, where the dataset names it. */
  protected origins(_data: T): Text[] {
    return [];
  }

  /** The widget shows an alert instead of its content (invalid data, a failed `src`). */
  protected get hasProblem(): boolean {
    return this.problem !== null;
  }

  /** The resolved language: `zh-CN` or `en`. */
  get locale(): Lang {
    return this.langCtl.value;
  }

  /**
   * Replaces the bundled dataset with one of the same shape. It is checked
   * first (the check's code is fetched the first time), and shown once it
   * passes: `await el.updateComplete` waits for both. Invalid data never
   * throws: the widget shows what is wrong in an alert and fires `error`
   * and `hw-error`, after the setter has returned, so a listener attached
   * just after setting `data` receives them. Setting `null` or `undefined`
   * restores the paper's dataset.
   */
  @property({ attribute: false })
  get data(): T {
    return this.current ?? this.defaultData;
  }
  set data(value: In | null | undefined) {
    this.cancelLoad();
    this.fromSrc = false;
    if (value === null || value === undefined) {
      this.problem = null;
      this.current = undefined;
      return;
    }
    // Checked as what it is at run time, whatever its static type said.
    const checking = this.checkData(value as unknown, this.loadToken, false);
    this.pending = checking;
    this.checking = checking;
  }

  /** Checks a given dataset and shows it, or its problem, unless something newer was given meanwhile. */
  private async checkData(value: unknown, token: number, fromSrc: boolean): Promise<void> {
    // Taken now: the validator may depend on other properties (key-figures' topic).
    const validator = this.validator;
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
    if (token !== this.loadToken) return;
    this.loading = false;
    this.fromSrc = fromSrc;
    if (!result) {
      this.fail({ kind: 'check' });
    } else if (result.ok) {
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
   * Fires the widget's `error` and `hw-error` events. Like the native `error`
   * of <img> or <script>, they do not bubble: a bubbling `error` would reach
   * the page's window.onerror handlers.
   */
  protected dispatchError(detail: WidgetErrorDetail): void {
    emitError(this, detail);
  }

  private message(p: Problem, lang: Lang): string {
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

  /** Stops the fetch under way: its answer, if any, is ignored. */
  private cancelLoad(): void {
    this.loadToken++;
    this.loading = false;
    this.interrupted = false;
    this.abortLoad?.abort();
    this.abortLoad = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.interrupted && this.src) this.pending = this.load(this.src);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.loading) {
      this.cancelLoad();
      this.interrupted = true;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('src')) return;
    if (this.src) {
      this.pending = this.load(this.src);
    } else if (changed.get('src')) {
      // `src` removed: forget its fetch, and its dataset or alert.
      this.cancelLoad();
      if (this.fromSrc) {
        this.fromSrc = false;
        this.problem = null;
        this.current = undefined;
      }
    }
  }

  private async load(url: string): Promise<void> {
    this.cancelLoad();
    const token = this.loadToken;
    const controller = new AbortController();
    this.abortLoad = controller;
    this.loading = true;
    const ctor = this.constructor as typeof HwElement;
    const ms = ctor.srcTimeout;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, ms);
    let problem: Problem | null = null;
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
    if (token !== this.loadToken) return;
    if (problem) {
      // A fetch can fail before the element's first render is done (Firefox
      // refuses a closed port at once): fire the error no earlier than the task
      // after that render, so that a listener attached once the element has
      // rendered receives it, in every browser.
      await this.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
      if (token !== this.loadToken) return;
    }
    this.abortLoad = undefined;
    if (problem) {
      this.loading = false;
      this.fromSrc = true;
      this.fail(problem);
    } else {
      await this.checkData(body, token, true);
    }
  }

  /** Also waits for the check of a dataset given through `data`, and its render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    let checked: Promise<void> | undefined;
    while (this.checking !== checked) {
      checked = this.checking;
      await checked;
      complete = await super.getUpdateComplete();
    }
    return complete;
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
    return html`<div class="hw-container"><div class="hw" part="base" lang=${lang}>
      ${this.problem
        ? html`<div class="error" role="alert" part="error"><strong>${s.errorTitle}</strong><p>${this.message(this.problem, lang)}</p></div>`
        : this.loading
          ? html`<p class="muted" role="status">${s.loading}</p>`
          : this.renderBody(data)}
      ${this.problem || this.loading ? nothing : sourceLine(lang, this.provenance(data), this.origins(data))}
    </div></div>`;
  }
}
