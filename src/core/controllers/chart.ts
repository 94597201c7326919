import type { Chart, ChartConfiguration, Scale } from 'chart.js';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { KeysHint } from '../util/keys-hint.js';
import { loadChart } from './chart-loader.js';
import { inkOn, mixColour } from '../util/colour.js';
import { DEFAULT_LANG, type Lang } from './lang.js';
import { coreStrings } from '../i18n/strings.js';
import type { TableModel } from '../ui/table.js';

/** One mark of a chart: a bar or a doughnut segment. */
export interface ChartPoint {
  /** Category label, e.g. `成品油` or `Malaysia`. */
  label: string;
  /** The number plotted, in the axis unit. */
  value: number;
  /** The value as readers see it, with unit and bound: `35.1亿元`. */
  text: string;
  /** The value as the table writes it, a bare number in the axis unit (`35.1`): on a narrow bar chart, whose axis title gives the unit. */
  bare?: string;
  /** Colour slot 1–6, read from `--hw-series-N`. */
  series: number;
  /**
   * A lighter tint of the slot's colour, `1` or `2` steps towards the
   * background (`TINTS`): marks of one meaning told apart (a doughnut's
   * segments of one flow) without a colour of another meaning.
   */
  tint?: 1 | 2;
  /** Extra words for the announcement, e.g. `进口` or `derived`. */
  note?: string;
}

/** How far each tint step goes from the colour towards the background (legend swatches: styles.ts `.tint1`, `.tint2`). */
export const TINTS = { 1: 0.35, 2: 0.6 } as const;

/** Everything a chart widget shows, from one model: chart, table, CSV and summaries. */
export interface ChartModel {
  kind: 'bar' | 'doughnut';
  /** The accessible name and text summary of the chart. */
  summary: string;
  /** Title of the value axis, e.g. `亿元`. */
  axisTitle: string;
  points: ChartPoint[];
  table: TableModel;
  /** File name for the CSV download, without extension. */
  filename: string;
}

/** Breaks a long axis label into lines: at spaces in English, every few characters in Chinese. */
export function wrapLabel(text: string, max: number): string[] {
  if (!/\s/.test(text)) {
    const step = /[\u3400-\u9fff]/.test(text) ? Math.max(4, Math.floor(max / 2)) : max;
    const out: string[] = [];
    for (let i = 0; i < text.length; i += step) out.push(text.slice(i, i + step));
    return out;
  }
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const lastLine = lines[lines.length - 1];
    if (lastLine !== undefined && (lastLine + ' ' + word).length <= max) lines[lines.length - 1] = `${lastLine} ${word}`;
    else lines.push(word);
  }
  return lines;
}

type Host = ReactiveControllerHost &
  HTMLElement & {
    readonly renderRoot: HTMLElement | DocumentFragment;
    /** The resolved language, for the announcement (HwElement's `locale`). */
    readonly locale?: Lang;
  };

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;
let forcedColoursQuery: MediaQueryList | undefined;
/** Created on first use, not when the module loads (server-side rendering has no window). */
const forcedColours = () => (forcedColoursQuery ??= window.matchMedia('(forced-colors: active)'));

/**
 * The chart's life: chart.js is imported lazily; the chart is created after
 * the host is connected and rendered, and only once its canvas scrolls into
 * view; it is updated in place on re-render (language, theme, data), destroyed
 * on disconnect and created again on reconnection. It also gives the chart
 * a focusable proxy per point, laid over its mark, for keyboards and screen readers.
 */
export class ChartController implements ReactiveController {
  chart?: Chart;
  /** Index of the point whose proxy has (or last had) the focus, or -1: the chart's tab stop. */
  active = -1;
  private visible = false;
  private observer?: IntersectionObserver;
  private observed?: Element;
  private creating = false;
  private connected = false;
  /** chart.js could not be imported: the host shows its table and a way to try again. */
  failed = false;
  /** Font and colour of the bars' value labels, set with the theme's colours in apply(). */
  private valueLook?: { font: string; colour: string; width: number };
  /** Watches the host's width: the axis labels wrap shorter below 480 px (labels()). */
  private resizer?: ResizeObserver;
  private narrow?: boolean;
  /** The point whose label and value the tooltip shows (hovered or reached with the keyboard), or -1. */
  private tip = -1;
  /** The host's computed font size in px, read where style and layout are clean (readFontSize()); undefined until then. */
  private fontSize?: number;
  /** The keyboard hint, on the tab stop until the reader moves inside the points. */
  private readonly hint: KeysHint;

  constructor(
    private readonly host: Host,
    private readonly model: () => ChartModel | null,
    /** Called once per failed import of chart.js, while the host is connected. */
    private readonly onFail: (error: unknown) => void = () => {},
  ) {
    host.addController(this);
    this.hint = new KeysHint(host, 'chart-keys');
  }

  /** Tries to import chart.js again after a failure (the host's "try again" button). */
  retry(): void {
    if (!this.failed) return;
    this.failed = false;
    this.host.requestUpdate();
  }

  /** Forced colours switched on or off: draw with the new colours. */
  private readonly onForcedColours = (): void => this.host.requestUpdate();

  hostConnected(): void {
    this.connected = true;
    forcedColours().addEventListener('change', this.onForcedColours);
    // A widget narrowed or widened across 480 px wraps its labels again, and sizes its bands to them.
    // Style and layout are clean in this callback: the one place the host's font size is read
    // (a larger text setting, or a page's font-size on the element, changes its size too).
    this.resizer = new ResizeObserver(() => {
      const narrow = this.host.clientWidth < 480;
      const fontChanged = this.readFontSize();
      if (narrow === this.narrow && !fontChanged) return;
      this.narrow = narrow;
      // In the next frame: resizing the chart from within this callback would be a resize loop.
      requestAnimationFrame(() => this.host.requestUpdate());
    });
    this.resizer.observe(this.host);
    // A new connection is a new chance for a chart that could not be loaded.
    this.retry();
    // Lit does not re-render on reconnection: draw again once any pending update is done.
    void this.host.updateComplete.then(() => {
      if (this.connected) this.sync();
    });
  }

  hostUpdated(): void {
    this.sync();
    this.placeTip();
  }

  hostDisconnected(): void {
    this.connected = false;
    forcedColours().removeEventListener('change', this.onForcedColours);
    this.resizer?.disconnect();
    this.resizer = undefined;
    this.narrow = undefined;
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
    this.visible = false;
    this.destroy();
  }

  private get canvas(): HTMLCanvasElement | null {
    return this.host.renderRoot.querySelector('canvas[data-hw-chart]');
  }

  private destroy(): void {
    this.chart?.destroy();
    this.chart = undefined;
    this.tip = -1;
  }

  private sync(): void {
    const canvas = this.canvas;
    const model = this.model();
    if (!canvas || !model) {
      this.destroy();
      return;
    }
    // A chart.js chart keeps its type: a new canvas, or a model of another kind (bars to a
    // doughnut, e.g. the trade partners' `show`), is a new chart.
    if (this.chart && (this.chart.canvas !== canvas || (this.chart.config as { type?: string }).type !== model.kind)) this.destroy();
    this.size(canvas, model);
    if (this.chart) {
      this.apply(this.chart, model);
      return;
    }
    this.observe(canvas);
    if (this.visible) void this.create(canvas);
  }

  /** Charts below the fold are drawn when they scroll into view. */
  private observe(canvas: HTMLCanvasElement): void {
    if (this.observed === canvas) return;
    this.observer?.disconnect();
    this.observed = canvas;
    this.observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        this.visible = true;
        this.observer?.disconnect();
        this.sync();
      }
    });
    this.observer.observe(canvas);
  }

  /** Bar charts grow with their number of bars; set through CSSOM, which a strict CSP allows. */
  private size(canvas: HTMLCanvasElement, model: ChartModel): void {
    const box = canvas.parentElement;
    if (!box) return;
    // chart.js gives every bar the same band: each band gets room for the most lines any label
    // wraps to (17 px a line at the default text size), never less than 40 px, so that no label
    // runs into the next one (narrow widths wrap long labels to four or five lines).
    const k = this.textSize() / 13;
    const band = Math.max(40 * k, ...this.labels(model).map((lines) => lines.length * 17 * k + 10));
    const height = model.kind === 'bar' ? Math.max(160, band * model.points.length + 56) : 280;
    box.style.setProperty('height', `${height}px`);
  }

  /**
   * The chart's text size: 13 px at the reader's default of 16 px, and in
   * proportion to it, so that a larger text setting in the browser enlarges
   * the chart's text as it does the HTML around it.
   */
  private textSize(): number {
    const base = this.fontSize ?? 16;
    return Math.round((base * 13) / 16);
  }

  /**
   * Reads the host's computed font size (its own, which follows `:host`'s and the page's setting
   * on the element, not the root's); true when it changed. Called from the ResizeObserver's
   * callback only, where style and layout are up to date: reading it while a render has left
   * them dirty (hostUpdated) forced a style recalculation of the whole page.
   */
  private readFontSize(): boolean {
    const base = parseFloat(getComputedStyle(this.host).fontSize);
    if (!Number.isFinite(base) || base <= 0 || base === this.fontSize) return false;
    const first = this.fontSize === undefined;
    this.fontSize = base;
    return !first || base !== 16;
  }

  /** Axis labels as lines: the note (e.g. the flow) first, then the label wrapped to the widget's width. */
  private labels(model: ChartModel): string[][] {
    // Fewer characters a line when the reader's text is larger.
    const max = Math.max(8, Math.round(((this.host.clientWidth || 600) < 480 ? 16 : 30) / (this.textSize() / 13)));
    return model.points.map((p) => [...(p.note ? [p.note] : []), ...wrapLabel(p.label, max)]);
  }

  private async create(canvas: HTMLCanvasElement): Promise<void> {
    if (this.creating) return;
    this.creating = true;
    try {
      let ChartJs: Awaited<ReturnType<typeof loadChart>>;
      try {
        ChartJs = await loadChart();
      } catch (error) {
        if (!this.connected) return;
        this.failed = true;
        this.host.requestUpdate();
        this.onFail(error);
        return;
      }
      const model = this.model();
      if (!this.connected || this.chart || this.canvas !== canvas || !model) return;
      this.chart = new ChartJs(canvas, this.config(model));
      this.apply(this.chart, model);
      this.host.dispatchEvent(new CustomEvent('hw-chart-ready', { detail: null }));
    } finally {
      this.creating = false;
    }
  }

  private colours() {
    const style = getComputedStyle(this.host);
    const v = (name: string) => style.getPropertyValue(name).trim();
    const colours = {
      series: [1, 2, 3, 4, 5, 6].map((n) => v(`--_hw-series-${n}`)),
      text: v('--_hw-text'),
      muted: v('--_hw-muted'),
      grid: v('--_hw-grid'),
      bg: v('--_hw-bg'),
      font: v('--_hw-font-family'),
    };
    if (!forcedColours().matches) return colours;
    // Forced colours (Windows high contrast) adjust the HTML, not what is drawn on a canvas: the
    // chart's text, lines and gaps take the system colours as the page resolves them. The series
    // keep their colours, as the legend's swatches do (styles.ts).
    return { ...colours, text: this.systemColour('CanvasText'), muted: this.systemColour('CanvasText'), grid: this.systemColour('GrayText'), bg: this.systemColour('Canvas') };
  }

  /** A system colour (`CanvasText`, `Canvas`…) as the rgb() the page resolves it to now. */
  private systemColour(name: string): string {
    const probe = this.canvas;
    if (!probe) return '';
    // Without forced-color-adjust: none, the forced palette would replace the colour being probed.
    probe.style.setProperty('forced-color-adjust', 'none');
    probe.style.setProperty('color', name);
    const resolved = getComputedStyle(probe).color;
    probe.style.removeProperty('color');
    probe.style.removeProperty('forced-color-adjust');
    return resolved;
  }

  private config(model: ChartModel): ChartConfiguration<'bar' | 'doughnut'> {
    const c = this.colours();
    const animation = reducedMotion() ? (false as const) : { duration: 300 };
    // The tooltip is the widget's own HTML (render(), placeTip()): in its font, with the label's
    // lines and the value as written; chart.js's tooltip plugin is not loaded.
    const hoverTip = {
      id: 'hw-tip',
      afterEvent: (chart: Chart, args: { event: { type: string } }) => {
        const [hit] = chart.getActiveElements();
        this.showTip(args.event.type === 'mouseout' || !hit ? -1 : hit.index);
      },
    };
    // Each bar carries its value as the table writes it: a reader never estimates from the axis.
    // Room after the longest bar for the widest value label, decided at every layout (a resize
    // too). Below 400 px the category labels need that room: a value is the bare number (the axis
    // title gives the unit), after its bar where it fits before the chart's edge, else inside the
    // bar's end, in black or white, whichever stands out more on the bar's colour.
    const valueLabels = {
      id: 'hw-values',
      beforeLayout: (chart: Chart) => {
        const look = this.valueLook;
        chart.options.layout = { padding: { right: look && chart.width >= 400 ? look.width + 10 : 0 } };
      },
      afterDatasetsDraw: (chart: Chart) => {
        const points = this.model()?.points;
        const look = this.valueLook;
        if (!points || !look) return;
        const { ctx } = chart;
        const fills = chart.data.datasets[0]!.backgroundColor as string[];
        ctx.save();
        ctx.font = look.font;
        ctx.textBaseline = 'middle';
        const narrow = chart.width < 400;
        chart.getDatasetMeta(0).data.forEach((bar, i) => {
          const point = points[i];
          const text = narrow ? (point?.bare ?? point?.text) : point?.text;
          if (!text) return;
          const after = bar.x + 6 + ctx.measureText(text).width <= chart.chartArea.right;
          if (!narrow || after) {
            ctx.textAlign = 'left';
            ctx.fillStyle = look.colour;
            ctx.fillText(text, bar.x + 6, bar.y);
          } else {
            ctx.textAlign = 'right';
            ctx.fillStyle = inkOn(fills[i] ?? '');
            ctx.fillText(text, bar.x - 6, bar.y);
          }
        });
        ctx.restore();
      },
    };
    // Each point's proxy (render()) is laid over its mark whenever chart.js lays the chart out
    // (first draw, new data, a resize): its focus outline is the focus mark of the chart.
    const proxies = {
      id: 'hw-proxies',
      afterUpdate: () => this.placeProxies(),
    };
    if (model.kind === 'doughnut') {
      return {
        type: 'doughnut',
        data: { labels: [], datasets: [{ data: [] }] },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation,
          font: { family: c.font },
          plugins: { legend: { display: false } },
        },
        plugins: [hoverTip, proxies],
      };
    }
    return {
      type: 'bar',
      data: { labels: [], datasets: [{ data: [] }] },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation,
        plugins: { legend: { display: false } },
        scales: {
          x: {
            beginAtZero: true,
            title: { display: true, text: '' },
            // At every layout (first draw, new data, a resize): the step for the chart's width now.
            beforeBuildTicks: (scale: Scale) => {
              const model = this.model();
              (scale.options as { ticks?: { stepSize?: number } }).ticks!.stepSize = model ? this.narrowStep(scale.chart, model) : undefined;
            },
          },
          y: {
            ticks: { autoSkip: false },
            // chart.js pads a vertical axis by half its first and last labels' heights, as if each
            // label sat on the plot's edge; a bar's label sits in the middle of its band, which
            // size() makes as tall as the tallest label: that padding would only be empty space
            // above and below the bars (42 px with a five-line label).
            afterFit: (scale: { paddingTop: number; paddingBottom: number }) => {
              scale.paddingTop = 0;
              scale.paddingBottom = 0;
            },
          },
        },
      },
      plugins: [hoverTip, valueLabels, proxies],
    };
  }

  /** Puts the model's data, labels and theme colours into the chart, without animation. */
  private apply(chart: Chart, model: ChartModel): void {
    const c = this.colours();
    const colours = model.points.map((p) => mixColour(c.series[(p.series - 1) % 6]!, c.bg, p.tint ? TINTS[p.tint] : 0));
    chart.data.labels = this.labels(model);
    const ds = chart.data.datasets[0]!;
    ds.data = model.points.map((p) => p.value);
    ds.backgroundColor = colours;
    ds.borderColor = model.kind === 'doughnut' ? c.bg : colours;
    ds.borderWidth = model.kind === 'doughnut' ? 2 : 0;
    const font = { family: c.font, size: this.textSize() };
    const scales = chart.options.scales as Record<string, { ticks?: object; grid?: object; title?: object; border?: object }> | undefined;
    if (scales?.x && scales.y) {
      scales.x.ticks = { color: c.text, font };
      scales.x.grid = { color: c.grid };
      scales.x.border = { color: c.muted };
      scales.x.title = { display: true, text: model.axisTitle, color: c.text, font };
      scales.y.ticks = { color: c.text, font, autoSkip: false };
      scales.y.grid = { display: false };
      scales.y.border = { color: c.muted };
      const look = `${font.size}px ${c.font}`;
      const ctx = chart.ctx;
      ctx.save();
      ctx.font = look;
      const widest = Math.max(0, ...model.points.map((p) => ctx.measureText(p.text).width));
      ctx.restore();
      this.valueLook = { font: look, colour: c.text, width: Math.ceil(widest) };
    }
    chart.update('none');
  }

  /** The proxy of point `index` (render()), or null. */
  private proxy(index: number): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(`.chart-point[data-index="${index}"]`);
  }

  /** The index of the point whose proxy is `target`, or -1. */
  private indexOf(target: EventTarget | null): number {
    const index = target instanceof HTMLElement && target.classList.contains('chart-point') ? Number(target.dataset['index']) : NaN;
    return Number.isInteger(index) ? index : -1;
  }

  /**
   * The value axis's step on a narrow chart (under 400 px), else none (chart.js's own). chart.js
   * gives a horizontal axis one tick per 40 px, which leaves three ticks (0, 20, 40) under 160 px
   * of plot; the largest round step (1, 2, 2.5 or 5 times a power of ten) of at most a third of
   * the largest value keeps four to seven.
   */
  private narrowStep(chart: Chart, model: ChartModel): number | undefined {
    const max = Math.max(0, ...model.points.map((p) => p.value));
    if (chart.width >= 400 || !(max > 0)) return undefined;
    const third = max / 3;
    const power = 10 ** Math.floor(Math.log10(third));
    return [5, 2.5, 2, 1].map((f) => f * power).find((step) => step <= third) ?? power;
  }

  /** Arrow keys move the focus between the points' proxies; Home and End jump to the ends. */
  readonly onKeydown = (e: KeyboardEvent): void => {
    const model = this.model();
    if (!model || model.points.length === 0) return;
    const last = model.points.length - 1;
    const at = this.indexOf(e.target);
    const current = at >= 0 ? at : this.active;
    let next: number;
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = current < 0 ? 0 : Math.min(last, current + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = current < 0 ? 0 : Math.max(0, current - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      case 'Escape':
        // The tooltip goes; the focus stays on its point.
        if (this.tip < 0) return;
        e.preventDefault();
        this.showTip(-1);
        return;
      default:
        return;
    }
    e.preventDefault();
    this.hint.moved();
    // The focus moves to the point's proxy, whose name the screen reader speaks on focus (onFocusin
    // does the rest): no live announcement says it a second time.
    this.proxy(next)?.focus();
  };

  /**
   * A proxy got the focus (Tab, an arrow key, or a screen reader's browse cursor): its point
   * becomes the active one, the one tab stop of the chart (roving tabindex), with its tooltip.
   */
  readonly onFocusin = (e: FocusEvent): void => {
    const index = this.indexOf(e.target);
    if (index >= 0) this.activate(index);
  };

  /** Clears the highlight when focus leaves the points (the active point stays the tab stop). */
  readonly onFocusout = (e: FocusEvent): void => {
    if (this.indexOf(e.relatedTarget) >= 0) return;
    this.hint.left(e.currentTarget as Element, e.relatedTarget);
    if (this.chart) {
      this.chart.setActiveElements([]);
      this.chart.update('none');
    }
    this.showTip(-1);
  };

  /** Shows the tooltip of point `index` (-1 hides it). */
  private showTip(index: number): void {
    if (index === this.tip) return;
    this.tip = index;
    this.host.requestUpdate();
  }

  /** Puts the tooltip beside its point, inside the chart's box; through CSSOM, which a strict CSP allows. */
  private placeTip(): void {
    const tip = this.host.renderRoot.querySelector<HTMLElement>('.chart-tip');
    const point = this.tip >= 0 ? this.chart?.getDatasetMeta(0).data[this.tip] : undefined;
    if (!tip || !point) return;
    const { x, y } = point.tooltipPosition(true);
    if (x === null || y === null) return;
    const box = tip.parentElement?.clientWidth ?? 0;
    const half = tip.offsetWidth / 2;
    const left = Math.max(half, Math.min(box - half, x));
    tip.style.setProperty('left', `${left}px`);
    tip.style.setProperty('top', `${y}px`);
    // Above its point, or below it where above would cover what stands over the chart (the toolbar).
    tip.classList.toggle('below', y - tip.offsetHeight - 8 < 0);
  }

  private activate(index: number): void {
    this.active = index;
    const chart = this.chart;
    if (chart) {
      chart.setActiveElements([{ datasetIndex: 0, index }]);
      chart.update('none');
    }
    this.tip = index;
    this.host.requestUpdate();
  }

  /**
   * Lays each point's proxy over its mark (a bar, or the box around a doughnut segment), from
   * chart.js's element geometry, through CSSOM (a strict CSP allows it; no style attribute).
   */
  private placeProxies(): void {
    const chart = this.chart;
    const canvas = this.canvas;
    if (!chart || !canvas) return;
    const marks = chart.getDatasetMeta(0).data;
    const doughnut = this.model()?.kind === 'doughnut';
    this.host.renderRoot.querySelectorAll<HTMLElement>('.chart-point').forEach((proxy) => {
      const mark = marks[Number(proxy.dataset['index'])];
      if (!mark) return;
      let left: number, top: number, width: number, height: number;
      if (doughnut) {
        const a = mark.getProps(['x', 'y', 'startAngle', 'endAngle', 'innerRadius', 'outerRadius'], true) as unknown as Record<string, number>;
        // The segment's bounding box, from points along its outer and inner arcs.
        const xs: number[] = [];
        const ys: number[] = [];
        for (let k = 0; k <= 24; k++) {
          const angle = a['startAngle']! + ((a['endAngle']! - a['startAngle']!) * k) / 24;
          for (const r of [a['innerRadius']!, a['outerRadius']!]) {
            xs.push(a['x']! + r * Math.cos(angle));
            ys.push(a['y']! + r * Math.sin(angle));
          }
        }
        left = Math.min(...xs);
        top = Math.min(...ys);
        width = Math.max(...xs) - left;
        height = Math.max(...ys) - top;
      } else {
        const b = mark.getProps(['x', 'y', 'base', 'height'], true) as unknown as Record<string, number>;
        left = Math.min(b['base']!, b['x']!);
        top = b['y']! - b['height']! / 2;
        width = Math.abs(b['x']! - b['base']!);
        height = b['height']!;
      }
      // A bar of zero still gets a mark a reader can see.
      width = Math.max(6, width);
      height = Math.max(6, height);
      proxy.style.setProperty('left', `${canvas.offsetLeft + left}px`);
      proxy.style.setProperty('top', `${canvas.offsetTop + top}px`);
      proxy.style.setProperty('width', `${width}px`);
      proxy.style.setProperty('height', `${height}px`);
      proxy.classList.add('placed');
    });
  }

  /** The tooltip's text: the point's label lines (its note first), then its value as written. */
  private tipFor(model: ChartModel) {
    const p = this.chart ? model.points[this.tip] : undefined;
    if (!p) return nothing;
    // Visual only: the live region announces keyboard moves, and the table has every value.
    return html`<div class="chart-tip" part="tooltip" aria-hidden="true">
      ${[...(p.note ? [p.note] : []), p.label].map((line) => html`<span class="chart-tip-label">${line}</span>`)}
      <strong>${p.text}</strong>
    </div>`;
  }

  /**
   * The chart box: the canvas (an image named by the summary), and over it a listbox of its
   * points, one option a point (label, value as the table writes it, n of N, note): a screen
   * reader turns to its focus mode there, so the arrow keys, Home and End reach the page. The
   * options are one tab stop (roving tabindex), the active one selected; the keyboard hint is the
   * tab stop's description until the reader moves (heard once per visit). Pointer events pass
   * through them to the canvas.
   */
  render(model: ChartModel, keysHint: string) {
    const s = coreStrings[this.host.locale ?? DEFAULT_LANG];
    const count = model.points.length;
    const stop = this.active >= 0 && this.active < count ? this.active : 0;
    return html`<div class="chart-box" part="chart">
        <div class="chart-canvas">
          <canvas data-hw-chart role="img" aria-label=${model.summary}></canvas>
          <div
            class="chart-points"
            role="listbox"
            aria-label=${s.chartPoints(model.table.caption)}
            @keydown=${this.onKeydown}
            @focusin=${this.onFocusin}
            @focusout=${this.onFocusout}
          >
            ${model.points.map(
              (p, i) =>
                html`<div
                  class="chart-point"
                  role="option"
                  data-index=${i}
                  tabindex=${i === stop ? '0' : '-1'}
                  aria-selected=${i === stop ? 'true' : 'false'}
                  aria-label=${s.point(p.label, p.text, i + 1, count, p.note)}
                  aria-describedby=${this.hint.of(i === stop)}
                ></div>`,
            )}
          </div>
          ${this.tipFor(model)}
        </div>
        <p id=${this.hint.id} class="visually-hidden">${keysHint}</p>
      </div>`;
  }
}
