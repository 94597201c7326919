import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Provenance, Text } from '../../data/schema.js';
import type { Validator } from '../../data/problem.js';
import { oneOf } from '../util/attributes.js';
import { DatasetController, SRC_TIMEOUT_MS } from '../controllers/dataset.js';
import { errorAlert } from '../ui/alert.js';
import { emitError, type WidgetErrorDetail } from '../util/events.js';
import { LangController, type Lang } from '../controllers/lang.js';
import { sourceLine } from '../ui/source.js';
import { coreStrings } from '../i18n/strings.js';
import { baseStyles } from '../styles/styles.js';
import { THEMES, ThemeController, themeTokens, type Theme } from '../controllers/theme.js';
import { VERSION } from '../util/version.js';

/**
 * How long a `src` may take, headers and body, before the widget gives up
 * with a `timeout` alert and `error`: 15 seconds.
 */
export { SRC_TIMEOUT_MS };

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
  static srcTimeout: number = SRC_TIMEOUT_MS;
  static override styles = [themeTokens, baseStyles];

  /** Colour theme: `auto` follows the page's `color-scheme`, else the background colour the page sets behind the widget, else (a page that sets neither) the reader's preference. */
  @property({ converter: oneOf<Theme>('theme', THEMES, 'auto') })
  theme: Theme = 'auto';

  /** URL of a JSON file with a dataset of the same shape as `data`, fetched and validated. */
  @property()
  src?: string;

  private readonly langCtl = new LangController(this);
  protected readonly themeCtl = new ThemeController(this);
  /** The widget's dataset: `data`, `src`, their check, fetch and problem. */
  protected readonly datasetCtl: DatasetController<T> = new DatasetController<T>(this, {
    defaultData: () => this.defaultData,
    validator: () => this.validator,
    timeout: () => (this.constructor as typeof HwElement).srcTimeout,
    lang: () => this.locale,
    onError: (detail) => this.dispatchError(detail),
  });

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
    return this.datasetCtl.problem !== null;
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
    return this.datasetCtl.value;
  }
  set data(value: In | null | undefined) {
    // Checked as what it is at run time, whatever its static type said.
    this.datasetCtl.set(value);
  }

  /**
   * Fires the widget's `error` and `hw-error` events. Like the native `error`
   * of <img> or <script>, they do not bubble: a bubbling `error` would reach
   * the page's window.onerror handlers.
   */
  protected dispatchError(detail: WidgetErrorDetail): void {
    emitError(this, detail);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('src')) return;
    if (this.src) this.datasetCtl.load(this.src);
    else if (changed.get('src')) this.datasetCtl.unload();
  }

  /** Also waits for the check of a dataset given through `data`, and its render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    let checked: Promise<void> | undefined;
    while (this.datasetCtl.checking !== checked) {
      checked = this.datasetCtl.checking;
      await checked;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** Resolves once a `src` being fetched has been applied (or failed) and rendered. */
  async whenLoaded(): Promise<void> {
    await this.updateComplete;
    await this.datasetCtl.settled;
    await this.updateComplete;
  }

  protected override render(): TemplateResult {
    const lang = this.locale;
    const s = coreStrings[lang];
    const data = this.data;
    return html`<div class="hw-container"><div class="hw" part="base" lang=${lang}>
      ${this.datasetCtl.problem
        ? errorAlert({ title: s.errorTitle, message: this.datasetCtl.message(lang) })
        : this.datasetCtl.loading
          ? html`<p class="muted" role="status">${s.loading}</p>`
          : this.renderBody(data)}
      ${this.datasetCtl.problem || this.datasetCtl.loading ? nothing : sourceLine(lang, this.provenance(data), this.origins(data))}
    </div></div>`;
  }
}
