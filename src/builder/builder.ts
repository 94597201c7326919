/**
 * The embed builder (demo/builder.html, shipped as dist/cdn/builder.html): an
 * editor picks a widget and its options, sees a live preview, and copies the
 * script-tag, iframe or npm code that shows exactly that preview.
 *
 * Its controls come from custom-elements.json at build time
 * (`hohhot:builder-options`, scripts/builder-options.mjs); the widgets come
 * from the registry through the loader, which this module shares with the
 * page. Left out: `data` (a property only) and what does not exist yet (a
 * SCORM package, a static snapshot).
 */
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import options, { type BuilderAttribute, type BuilderWidget } from 'hohhot:builder-options';
import { define } from '../cdn.js';
import { expectedHeight, widgets } from '../registry.js';
import { copyText } from '../core/util/clipboard.js';
import { defineElement } from '../core/util/define.js';
import { normalizeLang, type Lang } from '../core/controllers/lang.js';
import { baseStyles } from '../core/styles/styles.js';
import { ThemeController, themeTokens, type Theme } from '../core/controllers/theme.js';
import { attributeDescriptionsZh, builderStrings, widgetSummariesZh, type BuilderStrings } from './strings.js';
import { iframeSnippet, npmSnippet, scormSnippet, scriptSnippet, type SnippetInput } from './snippets.js';
import { fallbackTexts } from './fallback-text.js';

export const PREVIEW_WIDTHS = ['320', '640', 'full'] as const;
export type PreviewWidth = (typeof PREVIEW_WIDTHS)[number];
export const SURFACES = ['light', 'dark'] as const;
export const DELIVERIES = ['one', 'loader'] as const;
export type Delivery = (typeof DELIVERIES)[number];
export type Surface = (typeof SURFACES)[number];
const SNIPPETS = ['script', 'iframe', 'npm', 'scorm'] as const;
type SnippetKind = (typeof SNIPPETS)[number];

/** The widget's language: a global HTML attribute every widget reads; its English description comes from the manifest where it has one. */
const LANG_ATTRIBUTE: BuilderAttribute = {
  name: 'lang',
  field: 'lang',
  description: '',
  inherited: true,
  kind: 'enum',
  values: ['zh-CN', 'en'],
  nullable: false,
};

interface Widget extends BuilderWidget {
  module: string;
}

/** The registry's widgets, in its order, with their controls from the manifest. */
const WIDGETS: Widget[] = widgets.map((w) => {
  const documented = options.find((o) => o.tag === w.tag);
  const attributes = documented?.attributes ?? [];
  const lang = attributes.find((a) => a.name === 'lang');
  return {
    tag: w.tag,
    module: w.module,
    summary: documented?.summary ?? w.tag,
    attributes: [{ ...LANG_ATTRIBUTE, description: lang?.description ?? '' }, ...attributes.filter((a) => a.name !== 'lang')],
  };
});

type Value = string | boolean;
type Probe = HTMLElement & Record<string, unknown> & { whenLoaded?: () => Promise<void>; updateComplete?: Promise<unknown> };
/** A fresh element's value of an attribute's property; attributes only carry primitives. */
type Default = string | number | boolean | null | undefined;
const asDefault = (v: unknown): Default =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null ? v : undefined;

/** Text with `code` spans, as the manifest writes them. */
function rich(text: string): (string | TemplateResult)[] {
  return text.split(/`([^`]*)`/).map((part, i) => (i % 2 ? html`<code>${part}</code>` : part));
}

const builderStyles = css`
  :host {
    border: none;
    border-radius: 0;
  }
  .page {
    max-width: 80rem;
    margin: 0 auto;
    padding: 1rem;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
    align-items: baseline;
    justify-content: space-between;
  }
  h1 {
    font-size: 1.5rem;
    margin: 0 0 0.5rem;
  }
  h2 {
    margin-top: 1.25rem;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1rem 2rem;
  }
  /* A select is as wide as its longest option unless told otherwise: at 320 px it would push the page sideways. */
  .layout > * {
    min-width: 0;
  }
  @container (min-width: 60rem) {
    .layout {
      grid-template-columns: minmax(18rem, 24rem) minmax(0, 1fr);
      align-items: start;
    }
  }
  fieldset {
    border: 1px solid var(--_hw-border);
    border-radius: var(--_hw-radius);
    margin: 0 0 0.75rem;
    padding: 0.5rem 0.75rem 0.75rem;
    min-inline-size: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    align-items: center;
  }
  .inline label {
    display: inline-flex;
    gap: 0.35rem;
    align-items: center;
    min-height: 2.25rem;
  }
  .field {
    margin: 0.75rem 0 0;
  }
  .field > label {
    display: block;
    font-weight: 600;
  }
  .field.check > label {
    display: inline-flex;
    gap: 0.5rem;
    align-items: center;
    min-height: 2.25rem;
  }
  .desc,
  .help {
    margin: 0.2rem 0 0;
    color: var(--_hw-muted);
    font-size: 0.9rem;
  }
  /* WebKit keeps a select's longest option as overflow of the page after the box has narrowed
     (a 320 px page scrolled sideways to 488 px): paint containment keeps it inside the box. */
  select {
    contain: paint;
  }
  select,
  input[type='text'],
  input[type='number'],
  input[type='url'],
  textarea {
    display: block;
    width: 100%;
    margin-top: 0.25rem;
    padding: 0.35rem 0.5rem;
    min-height: 2.25rem;
    border: 1px solid var(--_hw-border);
    border-radius: var(--_hw-radius);
    background: var(--_hw-bg);
    color: var(--_hw-text);
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: 1.1rem;
    height: 1.1rem;
    margin: 0;
    accent-color: var(--_hw-accent);
  }
  [aria-invalid='true'] {
    border-color: var(--_hw-error-text);
    border-width: 2px;
  }
  .msg:empty {
    display: none;
  }
  .msg {
    margin: 0.35rem 0 0;
    padding: 0.35rem 0.5rem;
    border-inline-start: 4px solid var(--_hw-error-text);
    background: var(--_hw-error-bg);
    color: var(--_hw-error-text);
    font-size: 0.9rem;
  }
  code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.92em;
  }
  .stage {
    box-sizing: border-box;
    margin: 0.5rem 0 0;
    padding: 1rem;
    border: 1px dashed var(--_hw-border);
    border-radius: var(--_hw-radius);
    max-width: 100%;
  }
  .stage.w-320 {
    width: 320px;
  }
  .stage.w-640 {
    width: 640px;
  }
  .stage.surface-light {
    color-scheme: light;
    background: #ffffff;
    color: #1b1f24;
  }
  .stage.surface-dark {
    color-scheme: dark;
    background: #0d1013;
    color: #eef1f4;
  }
  textarea {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.85rem;
    resize: vertical;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .snippet {
    margin: 0 0 1rem;
  }
  .snippet > label {
    font-weight: 600;
  }
  .snippet button {
    margin-top: 0.35rem;
  }
  .status {
    min-height: 1.5rem;
    font-weight: 600;
  }
  .notes {
    margin-top: 1rem;
    color: var(--_hw-muted);
    font-size: 0.9rem;
  }
`;

/**
 * The builder. Its interface language is the page's (`<html lang>`) and its
 * own switch; its theme follows the reader's preference.
 */
export class HwEmbedBuilder extends LitElement {
  static override styles = [themeTokens, baseStyles, builderStyles];

  /** The builder follows the page's colour scheme, else the reader's preference. */
  theme: Theme = 'auto';
  protected readonly themeCtl = new ThemeController(this);

  @state() private ui: Lang = normalizeLang(document.documentElement.lang) ?? 'zh-CN';
  @state() private tag: string = WIDGETS[0]!.tag;
  @state() private values: Record<string, Value> = { lang: normalizeLang(document.documentElement.lang) ?? 'zh-CN' };
  @state() private width: PreviewWidth = 'full';
  @state() private surface: Surface = 'light';
  /** The script of the script-tag code: the widget's own file, or the loader for several widgets. */
  @state() private delivery: Delivery = 'one';
  /** The property values of a fresh element of the current widget: its defaults. */
  @state() private defaults: Record<string, Default> | null = null;
  @state() private preview: Probe | null = null;
  /** The heading of the widget in the preview: the iframe's title. */
  @state() private heading = '';
  @state() private status = '';
  @state() private loadError = '';
  /** Why each typed value cannot be used ('' when it can), by attribute name. */
  @state() private problems: Record<string, string> = {};
  private build = 0;
  /** The widget's language follows the interface's until the editor picks one. */
  private langChosen = false;

  private get s(): BuilderStrings {
    return builderStrings[this.ui];
  }

  private get widget(): Widget {
    return WIDGETS.find((w) => w.tag === this.tag) ?? WIDGETS[0]!;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.applyUi();
    void this.selectWidget(this.tag);
  }

  /** The page follows the interface language: its `lang` and its title. */
  private applyUi(): void {
    document.documentElement.lang = this.ui;
    document.title = `${this.s.title} · hohhot-widgets`;
  }

  private async selectWidget(tag: string): Promise<void> {
    this.tag = tag;
    this.defaults = null;
    this.loadError = '';
    // Options the new widget shares (lang, theme, view, src…) are kept, if it accepts their values.
    const kept: Record<string, Value> = {};
    for (const a of this.widget.attributes) {
      const v = this.values[a.name];
      if (v !== undefined && (a.kind !== 'enum' || a.values?.includes(String(v)))) kept[a.name] = v;
    }
    this.values = kept;
    if (!(await define(tag))) {
      if (this.tag === tag) this.loadError = this.s.loadFailed(tag);
      return;
    }
    if (this.tag !== tag) return;
    const probe = document.createElement(tag) as Probe;
    this.defaults = Object.fromEntries(this.widget.attributes.map((a) => [a.field, asDefault(probe[a.field])]));
    this.rebuild();
  }

  /** Why a typed value cannot be used, or '' when it can. */
  private problem(a: BuilderAttribute, value: Value, input?: HTMLInputElement): string {
    const s = this.s;
    if (a.kind === 'number' && input?.validity.badInput) return s.notANumber(a.name);
    if (typeof value !== 'string' || value === '' || a.kind === 'boolean') return '';
    if (a.name === 'src') {
      let url: URL;
      try {
        url = new URL(value, location.href);
      } catch {
        return s.srcScheme(value);
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return s.srcScheme(value);
      if (url.origin !== location.origin) return s.srcOrigin(value, location.origin);
      return '';
    }
    // The widget itself is the judge: set the value on a fresh element and see whether it keeps it.
    const probe = document.createElement(this.tag) as Probe;
    probe.setAttribute(a.name, value);
    const kept = probe[a.field];
    const expected = a.kind === 'number' ? Number(value) : value;
    if (kept === expected) return '';
    return s.refused(a.name, value, String(this.defaults?.[a.field] ?? kept));
  }

  /** The attributes of the preview, in control order: the options that differ from the widget's defaults and can be used. */
  private chosen(): [BuilderAttribute, string][] {
    const out: [BuilderAttribute, string][] = [];
    for (const a of this.widget.attributes) {
      const v = this.values[a.name];
      if (v === undefined || v === false || this.problems[a.name]) continue;
      if (v === true) {
        out.push([a, '']);
        continue;
      }
      if (v === '' && a.name !== 'lang') continue;
      if (a.name !== 'lang' && String(this.defaults?.[a.field] ?? '') === v) continue;
      out.push([a, a.name === 'src' ? new URL(v, location.href).href : v]);
    }
    return out;
  }

  private setValue(a: BuilderAttribute, value: Value, input?: HTMLInputElement): void {
    if (a.name === 'lang') this.langChosen = true;
    this.values = { ...this.values, [a.name]: value };
    const problem = this.problem(a, value, input);
    this.problems = { ...this.problems, [a.name]: problem };
    this.rebuild();
  }

  /** A fresh element with the current attributes, as a pasted snippet would make. */
  private rebuild(): void {
    if (!this.defaults) return;
    const build = ++this.build;
    const el = document.createElement(this.tag) as Probe;
    for (const [a, v] of this.chosen()) el.setAttribute(a.name, v);
    this.preview = el;
    this.heading = '';
    void this.updateComplete.then(async () => {
      await el.whenLoaded?.();
      await el.updateComplete;
      if (build !== this.build) return;
      // A widget showing an alert (a src that failed) has no heading of its own: the summary stands in.
      const alert = el.shadowRoot?.querySelector('[role="alert"]');
      this.heading = alert ? '' : el.shadowRoot?.querySelector('h2')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    });
  }

  private snippetInput(): SnippetInput {
    const attrs = this.chosen();
    const lang = (this.values.lang as Lang) ?? 'zh-CN';
    const summary = lang === 'zh-CN' ? widgetSummariesZh[this.tag] ?? this.widget.summary : this.widget.summary;
    return {
      tag: this.tag,
      module: this.widget.module,
      attrs: attrs.map(([a, v]) => [a.name, v] as const),
      props: attrs.map(([a, v]) => [a.field, a.kind === 'boolean' ? true : a.kind === 'number' ? Number(v) : v] as const),
      base: new URL('./', import.meta.url).href,
      title: this.heading || summary.replace(/[.。]$/, ''),
      // The embed page's body has a 1 px padding on each side.
      height: expectedHeight(this.tag, lang === 'zh-CN' ? 'zh' : 'en', 640) + 2,
      lang: lang === 'en' ? 'en' : 'zh-CN',
      delivery: this.delivery,
      fallback: fallbackTexts[this.tag]?.[lang === 'en' ? 'en' : 'zh-CN'],
      fallbackLink: builderStrings[lang === 'en' ? 'en' : 'zh-CN'].fallbackLink,
    };
  }

  private snippet(kind: SnippetKind): string {
    const input = this.snippetInput();
    const make = { script: scriptSnippet, iframe: iframeSnippet, npm: npmSnippet, scorm: scormSnippet }[kind];
    return make(input);
  }

  private async copy(kind: SnippetKind): Promise<void> {
    const label = this.s.snippets[kind].name;
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>(`#code-${kind}`);
    const ok = await copyText(this.snippet(kind), () => area);
    // Cleared first, so that copying the same code twice is announced twice.
    this.status = '';
    await this.updateComplete;
    this.status = ok ? this.s.copied(label) : this.s.selected(label);
  }

  private description(a: BuilderAttribute): { text: string; lang: Lang } {
    if (a.name === 'lang') return this.ui === 'en' && a.description ? { text: a.description, lang: 'en' } : { text: this.s.langDescription, lang: this.ui };
    if (this.ui === 'zh-CN') {
      const zh = a.inherited ? attributeDescriptionsZh.shared[a.name] : attributeDescriptionsZh.byTag[this.tag]?.[a.name];
      if (zh) return { text: zh, lang: 'zh-CN' };
    }
    return { text: a.description, lang: 'en' };
  }

  private summary(w: Widget): string {
    return (this.ui === 'zh-CN' ? widgetSummariesZh[w.tag] : undefined) ?? w.summary.replace(/\.$/, '');
  }

  private renderControl(a: BuilderAttribute): TemplateResult {
    const id = `opt-${a.name}`;
    const desc = this.description(a);
    const problem = this.problems[a.name] ?? '';
    const described = `${id}-desc ${id}-msg`;
    const label = a.name === 'lang' ? html`${this.s.lang} <code>lang</code>` : html`<code>${a.name}</code>`;
    const descBlock = html`<p class="desc" id="${id}-desc" lang=${desc.lang}>${rich(desc.text)}</p>`;
    const msg = html`<p class="msg" id="${id}-msg" aria-live="polite">${problem}</p>`;
    const fallback = this.defaults?.[a.field];
    if (a.kind === 'boolean') {
      return html`<div class="field check">
        <label><input type="checkbox" id=${id} data-attribute=${a.name} aria-describedby=${described} .checked=${this.values[a.name] === true}
          @change=${(e: Event) => this.setValue(a, (e.target as HTMLInputElement).checked)} />${label}</label>
        ${descBlock}${msg}
      </div>`;
    }
    if (a.kind === 'enum') {
      const current = String(this.values[a.name] ?? fallback ?? '');
      return html`<div class="field">
        <label for=${id}>${label}</label>
        <select id=${id} data-attribute=${a.name} aria-describedby=${described}
          @change=${(e: Event) => this.setValue(a, (e.target as HTMLSelectElement).value)}>
          ${a.nullable ? html`<option value="" ?selected=${current === ''}>${this.s.none}${fallback == null ? this.s.defaultMark : ''}</option>` : nothing}
          ${(a.values ?? []).map(
            (v) => html`<option value=${v} ?selected=${current === v}>${v}${a.name !== 'lang' && v === fallback ? this.s.defaultMark : ''}</option>`,
          )}
        </select>
        ${descBlock}${msg}
      </div>`;
    }
    const value = String(this.values[a.name] ?? '');
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        data-attribute=${a.name}
        type=${a.kind === 'number' ? 'number' : a.name === 'src' ? 'url' : 'text'}
        inputmode=${a.kind === 'number' ? 'numeric' : nothing}
        placeholder=${ifDefined(fallback == null || fallback === '' ? undefined : String(fallback))}
        autocomplete="off"
        spellcheck="false"
        aria-describedby=${described}
        aria-invalid=${problem ? 'true' : 'false'}
        .value=${value}
        @input=${(e: Event) => {
          const input = e.target as HTMLInputElement;
          this.setValue(a, input.value.trim(), input);
        }}
      />
      ${descBlock}${msg}
    </div>`;
  }

  private renderRadios<T extends string>(legend: string, name: string, values: readonly T[], current: T, label: (v: T) => string, set: (v: T) => void) {
    return html`<fieldset>
      <legend>${legend}</legend>
      <div class="inline">
        ${values.map(
          (v) => html`<label><input type="radio" name=${name} .value=${String(v)} .checked=${v === current} @change=${() => set(v)} />${label(v)}</label>`,
        )}
      </div>
    </fieldset>`;
  }

  protected override render(): TemplateResult {
    const s = this.s;
    const w = this.widget;
    return html`<div class="page">
      <header>
        <h1>${s.title} <span class="muted">· hohhot-widgets</span></h1>
        ${this.renderRadios<Lang>(s.uiLanguage, 'ui', ['zh-CN', 'en'], this.ui, (v) => (v === 'zh-CN' ? '中文' : 'English'), (v) => {
          this.ui = v;
          if (!this.langChosen) {
            this.values = { ...this.values, lang: v };
            this.rebuild();
          }
          this.problems = Object.fromEntries(
            Object.entries(this.problems).map(([name, p]) => {
              const a = w.attributes.find((x) => x.name === name);
              return [name, p && a ? this.problem(a, this.values[name]!, this.renderRoot.querySelector<HTMLInputElement>(`#opt-${name}`) ?? undefined) : ''];
            }),
          );
          this.applyUi();
        })}
      </header>
      <p>${s.intro}</p>
      <div class="layout">
        <form @submit=${(e: Event) => e.preventDefault()} aria-labelledby="options-h">
          <h2 id="options-h">${s.options}</h2>
          <div class="field">
            <label for="widget">${s.widget}</label>
            <select id="widget" @change=${(e: Event) => void this.selectWidget((e.target as HTMLSelectElement).value)}>
              ${WIDGETS.map((x) => html`<option value=${x.tag} ?selected=${x.tag === this.tag}>${this.summary(x)} — ${x.tag}</option>`)}
            </select>
          </div>
          ${this.loadError ? html`<p class="msg" role="alert">${this.loadError}</p>` : nothing}
          ${this.defaults ? w.attributes.map((a) => this.renderControl(a)) : nothing}
          <p class="notes">${s.left}</p>
        </form>
        <div>
          <section aria-labelledby="preview-h">
            <h2 id="preview-h">${s.preview}</h2>
            <div class="inline">
              ${this.renderRadios<PreviewWidth>(s.width, 'width', PREVIEW_WIDTHS, this.width, (v) => (v === 'full' ? s.full : `${v} px`), (v) => (this.width = v))}
              ${this.renderRadios<Surface>(s.background, 'surface', SURFACES, this.surface, (v) => s[v], (v) => {
                this.surface = v;
                // A fresh element resolves `theme="auto"` against the new background.
                this.rebuild();
              })}
            </div>
            <div class="stage w-${this.width} surface-${this.surface}" data-preview>${this.preview ?? nothing}</div>
          </section>
          <section aria-labelledby="code-h">
            <h2 id="code-h">${s.code}</h2>
            ${this.defaults
              ? SNIPPETS.map((kind) => {
                  const text = this.snippet(kind);
                  const { label, name, help } = s.snippets[kind];
                  return html`<div class="snippet">
                    <label for="code-${kind}">${label}</label>
                    <p class="help" id="code-${kind}-help">${help}</p>
                    ${kind === 'script'
                      ? html`${this.renderRadios<Delivery>(s.delivery, 'delivery', DELIVERIES, this.delivery, (v) => (v === 'one' ? s.deliveryOne : s.deliveryLoader), (v) => (this.delivery = v))}
                          <p class="help">${s.deliveryHelp}</p>`
                      : nothing}
                    <textarea id="code-${kind}" readonly rows=${text.split('\n').length + 1} aria-describedby="code-${kind}-help" .value=${text}></textarea>
                    <button type="button" data-copy=${kind} @click=${() => void this.copy(kind)}>${s.copy(name)}</button>
                  </div>`;
                })
              : nothing}
            <p class="status" role="status" aria-live="polite">${this.status}</p>
            <p class="notes">
              ${s.staticSnapshot}
              <a href=${new URL(`../static/${this.tag}.${this.values.lang ?? 'zh-CN'}.html`, import.meta.url).href} data-static>${this.tag}.${this.values.lang ?? 'zh-CN'}.html</a>
            </p>
          </section>
        </div>
      </div>
    </div>`;
  }
}

defineElement('hw-embed-builder', HwEmbedBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'hw-embed-builder': HwEmbedBuilder;
  }
}
