import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cities as bundledCities } from '../../data/cities.js';
import { geography, type Link } from '../../data/geography.js';
import { mechanisms } from '../../data/mechanisms.js';
import { CITY_IDS, type CityId } from '../../data/ids.js';
import type { CitiesDataset, Provenance } from '../../data/schema.js';
import { lazyValidator } from '../../core/util/check.js';
import { oneOf } from '../../core/util/attributes.js';
import { HwElement } from '../../core/base/base.js';
import { Announcer } from '../../core/controllers/announcer.js';
import { KeysHint } from '../../core/util/keys-hint.js';
import { emit } from '../../core/util/events.js';
import { type Lang, pick } from '../../core/controllers/lang.js';
import { inlineSource } from '../../core/ui/source.js';
import { coreStrings } from '../../core/i18n/strings.js';
import { type CityShape, type Label, type MapModel, LINE, layout, neighbour, points } from './layout.js';
import { citySentence, cooperation, industryName, involved } from './model.js';
import { styles } from './region-map.styles.js';
import { messages } from './region-map.strings.js';

/** Detail of the `hw-select` event: the city the reader selected. */
export interface RegionMapSelectDetail {
  city: CityId;
}

function svgText(label: Label, cls: string): SVGTemplateResult {
  return svg`<text class=${cls} x=${label.x.toFixed(1)} y=${label.y.toFixed(1)} text-anchor=${label.anchor}>${label.lines.map(
    (line, i) => svg`<tspan x=${label.x.toFixed(1)} dy=${i ? LINE : 0}>${line}</tspan>`,
  )}</text>`;
}

const selectedConverter = oneOf<CityId | ''>('selected', ['', ...CITY_IDS], '');

/**
 * A schematic map of the Hohhot–Baotou–Ordos–Ulanqab region, drawn by the
 * library itself (no tiles, no network, no boundary lines): the four cities at
 * their true relative positions, the transport links the paper names (the
 * Hohhot–Baotou high-speed railway in service; the Hohhot–Baotou–Ordos–Ulanqab
 * high-speed rail and expressways it calls for, dashed and dotted), Hohhot as
 * the hub between North China and Northwest China, and arrows off the map edge
 * towards Beijing, the China–Mongolia–Russia Economic Corridor and the
 * China–Europe Railway Express. Selecting a city shows its industries and its
 * cooperation (sections 一(一), 一(二), 三(一)). A text list carries the same
 * content for screen readers and print.
 *
 * The focused city has a thin ring in the focus colour with a gap around
 * its dot; the selected city a filled dot with a thick ink rim and an
 * underlined name: the two never look alike, in colour or without it.
 *
 * `data` takes a `CitiesDataset` (the shape of `cities` in `hohhot-widgets/data`,
 * checked by `validateCitiesDataset`); the mechanisms come from the bundled
 * `mechanisms` dataset and the coordinates and links from `geography`
 * (coordinates are general geographic knowledge, not figures of the paper).
 *
 * @summary Schematic map of Hohhot and its neighbouring cities, with links and directions of cooperation.
 *
 * @fires hw-select - The reader selected a city (click, Enter or Space). `detail: { city: 'hohhot' | 'baotou' | 'ordos' | 'ulanqab' }`
 * @fires error - `data` or `src` could not be used (does not bubble). `detail: { kind, message, path?, status? }`
 * @fires hw-error - The same event as `error`, under a name typed in `HTMLElementEventMap`. Does not bubble.
 *
 * @csspart base - The widget's frame.
 * @csspart map - The SVG map.
 * @csspart legend - The legend below the map.
 * @csspart details - The panel of the selected city.
 * @csspart text-alternative - The map as a text list (visually hidden on screen, printed).
 * @csspart source - The source line.
 * @csspart error - The alert shown when data cannot be used.
 *
 * @cssprop --hw-font-family - Font stack.
 * @cssprop --hw-bg - Background colour.
 * @cssprop --hw-surface - Background of the map frame.
 * @cssprop --hw-text - Text, city and label colour.
 * @cssprop --hw-muted - Arrows and secondary text.
 * @cssprop --hw-border - Frame and border colour.
 * @cssprop --hw-accent - The fill of the selected city's dot, and links.
 * @cssprop --hw-focus - Focus ring colour (a thin ring around a city, apart from its dot).
 * @cssprop --hw-series-3 - Railways (not blue, so that no railway looks like the focus ring).
 * @cssprop --hw-series-2 - Expressways.
 * @cssprop --hw-radius - Corner radius.
 * @tag hohhot-region-map
 */
export class HohhotRegionMap extends HwElement<CitiesDataset> {
  static override styles = [...HwElement.styles, styles];

  /**
   * The selected city (`hohhot`, `baotou`, `ordos` or `ulanqab`), whose
   * industries and cooperation are shown; none when absent. Reflected. Setting
   * it does not fire `hw-select`: only the reader's choice does.
   */
  @property({
    reflect: true,
    converter: {
      fromAttribute: (value: string | null) => selectedConverter.fromAttribute!(value, String) || null,
      toAttribute: (value: CityId | null) => value ?? null,
    },
  })
  selected: CityId | null = null;

  /** The city that takes the keyboard focus (roving tabindex). */
  @state() private active: CityId | null = null;
  /** The measured width of the map, in px. */
  @state() private mapWidth = 640;

  protected readonly defaultData = bundledCities;
  protected readonly validator = lazyValidator('validateCitiesDataset');
  /** The keyboard hint, described on the city reached first, once a visit. */
  private readonly keysHint = new KeysHint(this, 'map-keys');
  private readonly announcer = new Announcer(this);

  private resizeObserver?: ResizeObserver;
  private observed?: Element;
  /** The pending re-layout after a resize. */
  private frame?: number;
  private layoutCache?: { width: number; data: CitiesDataset; lang: Lang; model: MapModel };
  private measured?: () => void;
  private readonly firstMeasure = new Promise<void>((resolve) => (this.measured = resolve));

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-layout in the next frame, not inside the observer's callback: the new
    // layout changes the map's height, which would be observed again in the
    // same loop ("ResizeObserver loop completed with undelivered notifications").
    this.resizeObserver = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width ?? 0;
      if (w <= 0) return;
      if (this.frame !== undefined) cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        this.frame = undefined;
        if (Math.abs(w - this.mapWidth) >= 1) this.mapWidth = w;
        void this.updateComplete.then(() => this.measured?.());
      });
    });
    this.observed = undefined;
    // Re-connected: the map is already rendered, observe it again now.
    if (this.hasUpdated) this.observeMap();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.observed = undefined;
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.observeMap();
  }

  private observeMap(): void {
    const box = this.renderRoot.querySelector('.map');
    if (box && box !== this.observed && this.resizeObserver) {
      if (this.observed) this.resizeObserver.unobserve(this.observed);
      this.resizeObserver.observe(box);
      this.observed = box;
    }
    if (!box) this.measured?.();
  }

  /** Resolves once `src` has been applied and the map has been laid out for its width. */
  override async whenLoaded(): Promise<void> {
    await super.whenLoaded();
    await Promise.race([this.firstMeasure, new Promise((r) => setTimeout(r, 500))]);
    await this.updateComplete;
  }

  /** The layout, computed again only when the width, the data or the language changes. */
  private get model(): MapModel {
    const key = { width: this.mapWidth, data: this.data, lang: this.locale };
    const c = this.layoutCache;
    if (!c || c.width !== key.width || c.data !== key.data || c.lang !== key.lang) {
      this.layoutCache = { ...key, model: layout(key.width, key.data, (t) => pick(t, key.lang)) };
    }
    return this.layoutCache!.model;
  }

  private select(id: CityId): void {
    this.selected = id;
    this.active = id;
    const city = this.data.cities.find((c) => c.id === id);
    if (city) this.announcer.say(messages[this.locale].selected(pick(city.name, this.locale)));
    emit(this, 'hw-select', { city: id });
  }

  private onKey(e: KeyboardEvent, shape: CityShape, all: CityShape[]): void {
    let next: CityShape | undefined;
    switch (e.key) {
      case 'Enter':
      case ' ':
        e.preventDefault();
        this.select(shape.city.id);
        return;
      case 'Home':
        next = all[0];
        break;
      case 'End':
        next = all[all.length - 1];
        break;
      case 'ArrowRight':
      case 'ArrowLeft':
      case 'ArrowUp':
      case 'ArrowDown':
        next = neighbour(shape, e.key, all);
        break;
      default:
        return;
    }
    e.preventDefault();
    if (!next) return;
    this.keysHint.moved();
    this.active = next.city.id;
    void this.updateComplete.then(() => this.renderRoot.querySelector<SVGElement>(`.city[data-city="${next.city.id}"]`)?.focus());
  }

  private sections(ps: Provenance[]) {
    return inlineSource(ps, this.locale);
  }

  /** The same, without links: for the text alternative, hidden on screen (no invisible tab stops). */
  private hiddenSections(ps: Provenance[]) {
    return inlineSource(ps, this.locale, { links: false });
  }

  private renderDetails(data: CitiesDataset) {
    const lang = this.locale;
    const s = messages[lang];
    const c = coreStrings[lang];
    const city = data.cities.find((c) => c.id === this.selected);
    if (!city) return html`<p class="note hint">${s.hint}</p>`;
    const leads = city.leads.map((id) => industryName(data, id));
    const partners = city.id === 'hohhot' ? data.cities.filter((c) => c.id !== 'hohhot') : [];
    const own = city.id === 'hohhot' ? [] : cooperation(data, city.id);
    const mechs = mechanisms.mechanisms.filter((m) => involved(m.id, city.id));
    const results = mechanisms.results.filter((r) => involved(r.id, city.id));
    return html`<section class="details" part="details" aria-labelledby="details-title">
      <h3 id="details-title">${pick(city.name, lang)}</h3>
      <p>${pick(city.statement, lang)}${this.sections([city])}</p>
      <h4>${city.id === 'hohhot' ? s.strengths : s.industries}</h4>
      ${leads.length ? html`<ul>${leads.map((t) => html`<li>${pick(t, lang)}</li>`)}</ul>` : html`<p>${s.none}</p>`}
      <h4>${city.id === 'hohhot' ? s.withPartners : s.withHohhot}</h4>
      ${city.id === 'hohhot'
        ? html`<ul>
            ${partners.map((p) => {
              const items = cooperation(data, p.id);
              return html`<li>
                <strong>${pick(p.name, lang)}</strong>${c.colon}${items.length ? items.map((x, i) => html`${i ? c.listSep : ''}${pick(x.industry, lang)}${this.sections(x.at)}`) : s.none}
              </li>`;
            })}
          </ul>`
        : own.length
          ? html`<ul>${own.map((c) => html`<li>${pick(c.industry, lang)}${this.sections(c.at)}</li>`)}</ul>`
          : html`<p>${s.none}</p>`}
      <h4>${s.mechanisms}</h4>
      <ul>
        ${mechs.map((m) => html`<li><strong>${pick(m.label, lang)}</strong>${this.sections([m])}</li>`)}
        ${results.map((r) => {
          const examples = r.examples.filter((e) => involved(e.id, city.id));
          return html`<li>
            <strong>${pick(r.label, lang)}</strong>${c.colon}${pick(r.description ?? r.label, lang)}${this.sections([r])}
            ${examples.length
              ? html`<ul>${examples.map((e) => html`<li>${pick(e.label, lang)}${e.description ? html`${c.colon}${pick(e.description, lang)}` : nothing}${this.sections([e])}</li>`)}</ul>`
              : nothing}
          </li>`;
        })}
      </ul>
    </section>`;
  }

  private renderTextAlternative(data: CitiesDataset, model: MapModel) {
    const lang = this.locale;
    const s = messages[lang];
    const c = coreStrings[lang];
    return html`<div class="text-alt print-visible" part="text-alternative">
      <h3>${s.textTitle}</h3>
      <h4>${s.textCities}</h4>
      <ul>
        ${model.cities.map((shape) => html`<li data-city=${shape.city.id}>${citySentence(data, shape, s, c, (t) => pick(t, lang))}${this.hiddenSections([shape.city])}</li>`)}
      </ul>
      <h4>${s.textLinks}</h4>
      <ul>
        ${model.links.map(
          (l) => html`<li data-link=${l.link.id}>
            ${s.item(
              pick(l.link.label, lang),
              s.linkLine(s.status[l.link.status], s.mode[l.link.mode], s.route(l.route.map((city) => pick(city.name, lang)))),
            )}${c.fullStop}${c.sentenceGap}${pick(l.link.description, lang)}${this.hiddenSections([l.link])}
          </li>`,
        )}
      </ul>
      <h4>${s.textDirections}</h4>
      <ul>
        ${model.directions.map(
          (d) => html`<li data-direction=${d.direction.id}>
            ${s.item(pick(d.direction.label, lang), pick(d.direction.toward, lang))}${c.fullStop}${c.sentenceGap}${pick(d.direction.description, lang)}${this.hiddenSections([...(d.direction.alsoAt ?? []), d.direction])}
          </li>`,
        )}
      </ul>
      <h4>${s.textHub}</h4>
      <p data-hub>
        ${s.item(pick(geography.hub.label, lang), [geography.hub.west, geography.hub.east].map((t) => pick(t, lang)).join(c.listSep))}${c.fullStop}${c.sentenceGap}${pick(geography.hub.description, lang)}${s.hubNote}${this.hiddenSections([geography.hub])}
      </p>
    </div>`;
  }

  private renderMap(model: MapModel) {
    const lang = this.locale;
    const s = messages[lang];
    const f = model.frame;
    const tabbable = this.active ?? this.selected ?? model.cities[0]?.city.id;
    // The focusout listener on this HTML box: on an SVG element, Chromium would make it focusable.
    return html`<div class="map" @focusout=${(e: FocusEvent) => this.keysHint.left(e.currentTarget as Element, e.relatedTarget)}>
      <svg
        class="region"
        part="map"
        role="group"
        aria-label=${s.mapLabel}
        viewBox="0 0 ${model.width} ${Math.round(model.height)}"
        width=${model.width}
        height=${Math.round(model.height)}
        xmlns="http://www.w3.org/2000/svg"
      >
        <g aria-hidden="true">
          <rect class="frame" x=${f.x0} y=${f.y0.toFixed(1)} width=${(f.x1 - f.x0).toFixed(1)} height=${(f.y1 - f.y0).toFixed(1)} rx="6"></rect>
          ${model.links.map(
            (l) => svg`<g data-link=${l.link.id}>${l.segments.map(
              ([a, b]) =>
                svg`<line class="link ${l.link.mode} ${l.link.status}" x1=${a.x.toFixed(1)} y1=${a.y.toFixed(1)} x2=${b.x.toFixed(1)} y2=${b.y.toFixed(1)}></line>`,
            )}</g>`,
          )}
          ${model.directions.map(
            (d) => svg`<g data-direction=${d.direction.id}>
              <line class="arrow" x1=${d.shaft[0].x.toFixed(1)} y1=${d.shaft[0].y.toFixed(1)} x2=${d.shaft[1].x.toFixed(1)} y2=${d.shaft[1].y.toFixed(1)}></line>
              <polygon class="arrow-head" points=${points(d.head)}></polygon>
              ${svgText(d.label, d.label.y < f.y0 ? 'small outside' : 'small')}
            </g>`,
          )}
          <g data-hub>
            <line class="hub-line" x1=${model.hub.x0 + 6} y1=${model.hub.y.toFixed(1)} x2=${model.hub.x1 - 6} y2=${model.hub.y.toFixed(1)}></line>
            ${model.hub.heads.map((h) => svg`<polygon class="arrow-head" points=${points(h)}></polygon>`)}
            <circle class="arrow-head" cx=${model.hub.at.x.toFixed(1)} cy=${model.hub.at.y.toFixed(1)} r="4"></circle>
            ${svgText(model.hub.west, 'small outside')} ${svgText(model.hub.east, 'small outside')} ${svgText(model.hub.label, 'small outside')}
          </g>
        </g>
        <g role="listbox" aria-label=${s.citiesGroup}>
          ${model.cities.map(
            (c) => svg`<g
              class="city ${c.capital ? 'capital' : ''}"
              data-city=${c.city.id}
              role="option"
              tabindex=${c.city.id === tabbable ? 0 : -1}
              aria-selected=${this.selected === c.city.id ? 'true' : 'false'}
              aria-label=${pick(c.city.name, lang)}
              aria-describedby=${this.keysHint.of(c.city.id === tabbable)}
              @click=${() => this.select(c.city.id)}
              @keydown=${(e: KeyboardEvent) => this.onKey(e, c, model.cities)}
              @focus=${() => (this.active = c.city.id)}
            >
              <circle class="hit" cx=${c.at.x.toFixed(1)} cy=${c.at.y.toFixed(1)} r="16"></circle>
              <circle class="focus-ring" cx=${c.at.x.toFixed(1)} cy=${c.at.y.toFixed(1)} r="17"></circle>
              <circle class="ring" cx=${c.at.x.toFixed(1)} cy=${c.at.y.toFixed(1)} r="11"></circle>
              <circle class="dot" cx=${c.at.x.toFixed(1)} cy=${c.at.y.toFixed(1)} r=${c.capital ? 7 : 6}></circle>
              ${svgText(c.label, 'label')}
            </g>`,
          )}
        </g>
      </svg>
      <p id=${this.keysHint.id} class="visually-hidden">${s.keys}</p>
    </div>`;
  }

  private renderLegend() {
    const s = messages[this.locale];
    const line = (cls: string) =>
      html`<svg width="34" height="12" viewBox="0 0 34 12" aria-hidden="true"><line class="link ${cls}" x1="3" y1="6" x2="31" y2="6"></line></svg>`;
    const dot = (capital: boolean) =>
      html`<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" class=${capital ? 'swatch-city capital' : 'swatch-city'}><circle class="dot" cx="8" cy="8" r=${capital ? 6 : 5}></circle></svg>`;
    const lang = this.locale;
    const linkName = (l: Link) => `${pick(l.label, lang)}${coreStrings[lang].note(s.status[l.status])}`;
    return html`<ul class="legend" part="legend" aria-label=${s.legend}>
      <li>${dot(true)}${s.legendCapital}</li>
      <li>${dot(false)}${s.legendCity}</li>
      ${geography.links.map((l) => html`<li>${line(`${l.mode} ${l.status}`)}${linkName(l)}</li>`)}
      <li>
        <svg width="34" height="12" viewBox="0 0 34 12" aria-hidden="true">
          <line class="arrow" x1="3" y1="6" x2="24" y2="6"></line>
          <polygon class="arrow-head" points="31,6 22,1 22,11"></polygon>
        </svg>
        ${s.legendDirection}
      </li>
    </ul>`;
  }

  protected renderBody(data: CitiesDataset): TemplateResult {
    const lang = this.locale;
    const s = messages[lang];
    const model = this.model;
    return html`<h2>${s.title}</h2>
      <p>${s.intro}</p>
      ${this.renderMap(model)} ${this.renderLegend()}
      <p class="note">${s.schematic}</p>
      ${this.announcer.region()}
      ${this.renderDetails(data)} ${this.renderTextAlternative(data, model)}`;
  }

  protected provenance(data: CitiesDataset): Provenance[] {
    return [geography.hub, ...data.cities, ...geography.links, ...mechanisms.mechanisms, ...geography.directions.flatMap((d) => [d, ...(d.alsoAt ?? [])])];
  }
}
