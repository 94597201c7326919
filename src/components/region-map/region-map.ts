import { css, html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cities as bundledCities } from '../../data/cities.js';
import { geography, type Direction, type LatLon, type Link } from '../../data/geography.js';
import { mechanisms } from '../../data/mechanisms.js';
import { CITY_IDS, type CityId } from '../../data/ids.js';
import type { CitiesDataset, City, Provenance, Text } from '../../data/schema.js';
import { lazyValidator } from '../../core/util/check.js';
import { oneOf } from '../../core/util/attributes.js';
import { HwElement } from '../../core/base/base.js';
import { emit } from '../../core/util/events.js';
import { type Lang, pick } from '../../core/controllers/lang.js';
import { inlineSource } from '../../core/ui/source.js';
import { coreStrings } from '../../core/i18n/strings.js';

/** Detail of the `hw-select` event: the city the reader selected. */
export interface RegionMapSelectDetail {
  city: CityId;
}

type Compass = 'n' | 'ne' | 'e' | 'se' | 's' | 'sw' | 'w' | 'nw';
const COMPASS: Compass[] = ['n', 'ne', 'e', 'se', 's', 'sw', 'w', 'nw'];

const strings = {
  'zh-CN': {
    title: '呼包鄂乌区域示意图',
    intro: '呼和浩特与包头、鄂尔多斯、乌兰察布四市的相对位置、论文提到的交通联系，以及更大范围合作的方向。选择一座城市，查看它的产业和合作领域。',
    schematic: '示意图：城市按实际经纬度投影定位（坐标为一般地理常识，并非论文数据）；线条只表示城市之间的联系，不代表实际线路走向；箭头只表示方向，不表示路线。图中不绘制行政边界。',
    mapLabel: '呼包鄂乌区域示意图。用 Tab 键进入城市，方向键在城市之间移动，Enter 或空格键选择。',
    citiesGroup: '城市',
    compass: { n: '北面', ne: '东北面', e: '东面', se: '东南面', s: '南面', sw: '西南面', w: '西面', nw: '西北面' } as Record<Compass, string>,
    relative: (dir: string) => `位于呼和浩特${dir}`,
    capital: '内蒙古自治区首府，连接华北和西北地区的枢纽',
    legend: '图例',
    legendCapital: '首府（枢纽）',
    legendCity: '城市',
    legendDirection: '合作方向（不表示路线）',
    status: { 'in-service': '已开通', 'speed-up': '论文建议加快建设' },
    mode: { rail: '高铁', road: '高速公路' },
    hint: '选择地图上的一座城市，查看它的优势或主导产业、论文提出的与呼和浩特的合作机会以及参与的合作机制。',
    selected: (name: string) => `已选择：${name}`,
    industries: '主导产业',
    strengths: '优势产业',
    withHohhot: '与呼和浩特的合作机会（论文提出）',
    withPartners: '与周边城市的合作机会（论文提出）',
    mechanisms: '合作机制与成效',
    none: '论文未提及。',
    textTitle: '地图的文字说明',
    textCities: '城市',
    textLinks: '交通联系',
    textDirections: '更大范围合作的方向',
    textHub: '枢纽地位',
    linkLine: (status: string, mode: string, route: string) => `${mode}（${status}），连接${route}`,
    routeSep: '—',
    item: (label: string, rest: string) => `${label}：${rest}`,
    leadsText: (list: string) => `主导产业为${list}`,
    strengthsText: (list: string) => `优势产业为${list}`,
    coopText: (list: string) => `论文提出的与呼和浩特的合作机会为${list}`,
    partnerText: (city: string, list: string) => `论文提出的与${city}的合作机会为${list}`,
    sentenceSep: '；',
    end: '。',
    /** After a full stop, before the next sentence: none in Chinese. */
    gap: '',
    hubNote: '（示意）',
  },
  en: {
    title: 'The Hohhot–Baotou–Ordos–Ulanqab region: a schematic map',
    intro: 'Where Hohhot, Baotou, Ordos and Ulanqab lie relative to one another, the transport links the paper names, and the directions of wider cooperation. Select a city to see its industries and areas of cooperation.',
    schematic: 'Schematic: cities are placed by their real coordinates (general geographic knowledge, not data from the paper); lines show which cities are linked, not the actual alignment; arrows show directions, not routes. No boundaries are drawn.',
    mapLabel: 'Schematic map of the Hohhot–Baotou–Ordos–Ulanqab region. Tab to the cities, move between them with the arrow keys, select with Enter or Space.',
    citiesGroup: 'Cities',
    compass: { n: 'north', ne: 'north-east', e: 'east', se: 'south-east', s: 'south', sw: 'south-west', w: 'west', nw: 'north-west' } as Record<Compass, string>,
    relative: (dir: string) => `${dir} of Hohhot`,
    capital: 'capital of Inner Mongolia, the hub between North China and Northwest China',
    legend: 'Legend',
    legendCapital: 'Regional capital (hub)',
    legendCity: 'City',
    legendDirection: 'Direction of cooperation (not a route)',
    status: { 'in-service': 'in service', 'speed-up': 'the paper calls for speeding up construction' },
    mode: { rail: 'high-speed rail', road: 'expressways' },
    hint: 'Select a city on the map to see its strengths or leading industries, the opportunities for cooperation with Hohhot the paper proposes, and the cooperation mechanisms it takes part in.',
    selected: (name: string) => `Selected: ${name}`,
    industries: 'Leading industries',
    strengths: 'Strengths',
    withHohhot: 'Opportunities for cooperation with Hohhot (proposed by the paper)',
    withPartners: 'Opportunities for cooperation with neighbouring cities (proposed by the paper)',
    mechanisms: 'Cooperation mechanisms and results',
    none: 'Not named in the paper.',
    textTitle: 'The map in words',
    textCities: 'Cities',
    textLinks: 'Transport links',
    textDirections: 'Directions of wider cooperation',
    textHub: 'Hub',
    linkLine: (status: string, mode: string, route: string) => `${mode} (${status}), linking ${route}`,
    routeSep: '–',
    item: (label: string, rest: string) => `${label}: ${rest}`,
    leadsText: (list: string) => `leading industries: ${list}`,
    strengthsText: (list: string) => `strengths: ${list}`,
    coopText: (list: string) => `opportunities for cooperation with Hohhot the paper proposes: ${list}`,
    partnerText: (city: string, list: string) => `opportunities for cooperation with ${city} the paper proposes: ${list}`,
    sentenceSep: '; ',
    end: '.',
    gap: ' ',
    hubNote: ' (shown schematically)',
  },
} satisfies Record<Lang, unknown>;

// ---- Geometry ---------------------------------------------------------------

/** Widest and narrowest drawing, in CSS px (1 SVG unit = 1 px in between). */
const MIN_WIDTH = 280;
const MAX_WIDTH = 880;
/** Largest scale, px per projected degree, so a wide map does not grow too tall. */
const MAX_SCALE = 230;
const PAD = 8;
const ARROW_OUT = 24;
const ARROW_IN = 8;
const LINE = 15;
const CITY_FONT = 14;
const SMALL_FONT = 12;
const TOP_INNER = 42;
const BOTTOM_INNER = 34;
/** Label side per city, chosen so no line crosses a label: links leave Baotou east and south, Ordos north. */
const LABEL_BELOW: ReadonlySet<CityId> = new Set(['ordos']);

/** Estimated width of a text in px: CJK characters are 1 em, others at most 0.6 em (an overestimate). */
function textWidth(text: string, size: number, bold = false): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]/.test(ch) ? size : size * (bold ? 0.64 : 0.6);
  return w;
}

/** Breaks a label into lines no wider than `max`: at spaces, after dashes, and between CJK characters. */
function wrap(text: string, size: number, max: number): string[] {
  const tokens = text.match(/[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]|[^\s\u2e80-\u9fff\u3000-\u303f\uff00-\uffef–-]+[–-]?|[–-]|\s+/g) ?? [text];
  const lines: string[] = [];
  let line = '';
  for (const t of tokens) {
    const next = line + t;
    if (line.trim() && textWidth(next.trimEnd(), size) > max) {
      lines.push(line.trim());
      line = t.trim() ? t : '';
    } else {
      line = next;
    }
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}

interface Pt {
  x: number;
  y: number;
}
interface Label {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  lines: string[];
}
interface CityShape {
  city: City;
  at: Pt;
  label: Label;
  capital: boolean;
  compass: Compass | null;
}
interface LinkShape {
  link: Link;
  route: City[];
  segments: [Pt, Pt][];
}
interface DirectionShape {
  direction: Direction;
  shaft: [Pt, Pt];
  head: Pt[];
  label: Label;
  compass: Compass;
}
interface MapModel {
  width: number;
  height: number;
  frame: { x0: number; y0: number; x1: number; y1: number };
  cities: CityShape[];
  links: LinkShape[];
  directions: DirectionShape[];
  hub: { y: number; x0: number; x1: number; at: Pt; west: Label; east: Label; label: Label; heads: Pt[][] };
}

const lat0 = Object.values(geography.cities).reduce((a, c) => a + c.lat, 0) / CITY_IDS.length;
const k = Math.cos((lat0 * Math.PI) / 180);
/** Equirectangular projection with cos(latitude) scaling: east is +u, north is −v (screen y grows down). */
const project = (p: LatLon) => ({ u: p.lon * k, v: -p.lat });
const projected = Object.fromEntries(CITY_IDS.map((id) => [id, project(geography.cities[id])])) as Record<CityId, { u: number; v: number }>;
const uMin = Math.min(...CITY_IDS.map((id) => projected[id].u));
const uMax = Math.max(...CITY_IDS.map((id) => projected[id].u));
const vMin = Math.min(...CITY_IDS.map((id) => projected[id].v));
const vMax = Math.max(...CITY_IDS.map((id) => projected[id].v));

/** Eight-point compass word for a screen vector (y down). */
function compassOf(dx: number, dy: number): Compass {
  const bearing = (Math.atan2(dx, -dy) * 180) / Math.PI;
  return COMPASS[Math.round(((bearing + 360) % 360) / 45) % 8]!;
}

function arrowHead(tip: Pt, dir: Pt, size = 9): Pt[] {
  const n = { x: -dir.y, y: dir.x };
  const back = { x: tip.x - dir.x * size, y: tip.y - dir.y * size };
  return [tip, { x: back.x + n.x * size * 0.55, y: back.y + n.y * size * 0.55 }, { x: back.x - n.x * size * 0.55, y: back.y - n.y * size * 0.55 }];
}

/**
 * Lays the map out for a width in px: cities by projection, labels on chosen
 * sides, direction arrows where their ray from Hohhot leaves the frame, with
 * their labels outside the frame (top) or beside the arrow (sides).
 */
function layout(width: number, data: CitiesDataset, lang: Lang): MapModel {
  const W = Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width)));
  const present = data.cities;
  const half = (c: City) => textWidth(pick(c.name, lang), CITY_FONT, true) / 2 + 6;
  const fx0 = PAD;
  const fx1 = W - PAD - ARROW_OUT;
  // Margins so that every label stays inside the frame: solve for the scale twice.
  let left = 30;
  let right = 30;
  let s = 100;
  for (let i = 0; i < 3; i++) {
    const avail = fx1 - fx0 - left - right;
    s = Math.min(MAX_SCALE, avail / (uMax - uMin));
    left = Math.max(16, ...present.map((c) => half(c) - s * (projected[c.id].u - uMin)));
    right = Math.max(16, ...present.map((c) => half(c) - s * (uMax - projected[c.id].u)));
  }
  const avail = fx1 - fx0 - left - right;
  const x0 = fx0 + left + (avail - s * (uMax - uMin)) / 2;
  const X = (u: number) => x0 + s * (u - uMin);
  // Vertical positions relative to the frame top; the top band is added once known.
  const Yrel = (v: number) => TOP_INNER + s * (v - vMin);
  const frameH = TOP_INNER + s * (vMax - vMin) + BOTTOM_INNER;
  const hohhot = { x: X(projected.hohhot.u), y: Yrel(projected.hohhot.v) };

  // Directions: the ray from Hohhot to the frame edge.
  type Pending = { direction: Direction; dir: Pt; exit: Pt; side: 'top' | 'right' | 'left' | 'bottom' };
  const pending: Pending[] = geography.directions.map((direction) => {
    let dir: Pt;
    if (direction.target) {
      const t = project(direction.target);
      dir = { x: t.u - projected.hohhot.u, y: t.v - projected.hohhot.v };
    } else {
      const b = ((direction.bearing ?? 0) * Math.PI) / 180;
      dir = { x: Math.sin(b), y: -Math.cos(b) };
    }
    const len = Math.hypot(dir.x, dir.y);
    dir = { x: dir.x / len, y: dir.y / len };
    const cands: { t: number; side: Pending['side'] }[] = [];
    if (dir.y < -1e-9) cands.push({ t: (0 - hohhot.y) / dir.y, side: 'top' });
    if (dir.y > 1e-9) cands.push({ t: (frameH - hohhot.y) / dir.y, side: 'bottom' });
    if (dir.x > 1e-9) cands.push({ t: (fx1 - hohhot.x) / dir.x, side: 'right' });
    if (dir.x < -1e-9) cands.push({ t: (fx0 - hohhot.x) / dir.x, side: 'left' });
    const best = cands.sort((a, b) => a.t - b.t)[0]!;
    return { direction, dir, side: best.side, exit: { x: hohhot.x + dir.x * best.t, y: hohhot.y + dir.y * best.t } };
  });
  // Labels of arrows leaving through the top sit in a band above the frame.
  const topLabels = pending.filter((p) => p.side === 'top').map((p) => {
    const tip = { x: p.exit.x + p.dir.x * ARROW_OUT, y: p.exit.y + p.dir.y * ARROW_OUT };
    const toRight = p.dir.x >= -1e-9;
    const x = toRight ? tip.x + 7 : tip.x - 5;
    const max = toRight ? W - PAD - x : x - PAD;
    return { p, tip, x, anchor: toRight ? ('start' as const) : ('end' as const), lines: wrap(pick(p.direction.label, lang), SMALL_FONT, max) };
  });
  const band = Math.max(ARROW_OUT + 4, ...topLabels.map((l) => l.lines.length * LINE + 6)) + PAD;
  const fy0 = band;
  const fy1 = band + frameH;
  const Y = (v: number) => fy0 + Yrel(v);

  // City labels on their chosen side; a label that would touch one placed
  // before it (long names, narrow maps) goes to the other side of its dot.
  const placed: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const boxOf = (at: Pt, below: boolean, name: string) => {
    const w = textWidth(name, CITY_FONT, true) / 2 + 3;
    const y = below ? at.y + 27 : at.y - 15;
    return { y, box: { x0: at.x - w, x1: at.x + w, y0: y - CITY_FONT - 2, y1: y + 4 } };
  };
  const clash = (b: (typeof placed)[number]) => placed.some((p) => b.x0 < p.x1 && p.x0 < b.x1 && b.y0 < p.y1 && p.y0 < b.y1);
  const cities: CityShape[] = present.map((city) => {
    const at = { x: X(projected[city.id].u), y: Y(projected[city.id].v) };
    const name = pick(city.name, lang);
    let label = boxOf(at, LABEL_BELOW.has(city.id), name);
    if (clash(label.box)) label = boxOf(at, !LABEL_BELOW.has(city.id), name);
    placed.push(label.box);
    const dx = at.x - hohhot.x;
    const dy = at.y - (fy0 + hohhot.y);
    return {
      city,
      at,
      capital: city.id === 'hohhot',
      compass: city.id === 'hohhot' ? null : compassOf(dx, dy),
      label: { x: at.x, y: label.y, anchor: 'middle', lines: [name] },
    };
  });
  const byId = new Map(cities.map((c) => [c.city.id, c]));

  // Links: the segments between consecutive cities of the link that are shown,
  // drawn side by side where several links join the same two cities.
  const offsetOf = (l: Link) => (l.status === 'in-service' ? 0 : l.mode === 'rail' ? -5 : 5);
  const links: LinkShape[] = [];
  for (const link of geography.links) {
    const segments: [Pt, Pt][] = [];
    const route: City[] = [];
    for (let i = 0; i + 1 < link.cities.length; i++) {
      const a = byId.get(link.cities[i]!);
      const b = byId.get(link.cities[i + 1]!);
      if (!a || !b) continue;
      const d = { x: b.at.x - a.at.x, y: b.at.y - a.at.y };
      const len = Math.hypot(d.x, d.y);
      const o = offsetOf(link);
      const n = { x: (-d.y / len) * o, y: (d.x / len) * o };
      segments.push([{ x: a.at.x + n.x, y: a.at.y + n.y }, { x: b.at.x + n.x, y: b.at.y + n.y }]);
      if (!route.includes(a.city)) route.push(a.city);
      route.push(b.city);
    }
    if (segments.length) links.push({ link, route, segments });
  }

  const directions: DirectionShape[] = pending.map((p) => {
    const exit = { x: p.exit.x, y: p.exit.y + fy0 };
    const from = { x: exit.x - p.dir.x * ARROW_IN, y: exit.y - p.dir.y * ARROW_IN };
    const tip = { x: exit.x + p.dir.x * ARROW_OUT, y: exit.y + p.dir.y * ARROW_OUT };
    const top = topLabels.find((t) => t.p === p);
    let label: Label;
    if (top) {
      label = { x: top.x, y: PAD + 10, anchor: top.anchor, lines: top.lines };
    } else {
      // Side exits: the label inside the frame, below the arrow, against the edge.
      const atRight = p.side === 'right';
      const x = atRight ? fx1 - 4 : fx0 + 4;
      label = {
        x,
        y: exit.y + (p.dir.y >= 0 ? 20 : -10),
        anchor: atRight ? 'end' : 'start',
        lines: wrap(pick(p.direction.label, lang), SMALL_FONT, (fx1 - fx0) / 3),
      };
    }
    return { direction: p.direction, shaft: [from, tip], head: arrowHead(tip, p.dir), label, compass: compassOf(p.dir.x, p.dir.y) };
  });

  // The hub band below the frame: Northwest China ← Hohhot → North China.
  const hubY = fy1 + 30;
  const hx = hohhot.x;
  const hubText = pick(geography.hub.label, lang);
  const hubW = textWidth(hubText, SMALL_FONT);
  const hubX = Math.min(W - PAD - hubW / 2, Math.max(PAD + hubW / 2, hx));
  return {
    width: W,
    height: hubY + 26,
    frame: { x0: fx0, y0: fy0, x1: fx1, y1: fy1 },
    cities,
    links,
    directions,
    hub: {
      y: hubY,
      x0: fx0,
      x1: fx1,
      at: { x: hx, y: hubY },
      west: { x: fx0 + 2, y: hubY - 8, anchor: 'start', lines: [pick(geography.hub.west, lang)] },
      east: { x: fx1 - 2, y: hubY - 8, anchor: 'end', lines: [pick(geography.hub.east, lang)] },
      label: { x: hubX, y: hubY + 19, anchor: 'middle', lines: [hubText] },
      heads: [arrowHead({ x: fx0, y: hubY }, { x: -1, y: 0 }, 7), arrowHead({ x: fx1, y: hubY }, { x: 1, y: 0 }, 7)],
    },
  };
}

const points = (ps: Pt[]) => ps.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');

function svgText(label: Label, cls: string): SVGTemplateResult {
  return svg`<text class=${cls} x=${label.x.toFixed(1)} y=${label.y.toFixed(1)} text-anchor=${label.anchor}>${label.lines.map(
    (line, i) => svg`<tspan x=${label.x.toFixed(1)} dy=${i ? LINE : 0}>${line}</tspan>`,
  )}</text>`;
}

const mapStyles = css`
  .map {
    width: 100%;
    margin: 0.5rem 0;
  }
  svg.region {
    display: block;
    width: 100%;
    max-width: ${MAX_WIDTH}px;
    height: auto;
    margin-inline: auto;
    overflow: visible;
  }
  .frame {
    fill: var(--_hw-surface);
    stroke: var(--_hw-border);
    stroke-width: 1;
  }
  .link {
    fill: none;
    stroke-linecap: round;
  }
  .link.rail {
    stroke: var(--_hw-series-1);
  }
  .link.road {
    stroke: var(--_hw-series-2);
  }
  .link.in-service {
    stroke-width: 4;
  }
  .link.speed-up.rail {
    stroke-width: 2.5;
    stroke-dasharray: 9 6;
    stroke-linecap: butt;
  }
  .link.speed-up.road {
    stroke-width: 3;
    stroke-dasharray: 0.1 6;
  }
  .arrow,
  .hub-line {
    stroke: var(--_hw-muted);
    stroke-width: 2;
    fill: none;
  }
  .arrow-head {
    fill: var(--_hw-muted);
  }
  .label,
  .small {
    fill: var(--_hw-text);
    paint-order: stroke;
    stroke: var(--_hw-surface);
    stroke-width: 4px;
    stroke-linejoin: round;
  }
  .label {
    font-size: ${CITY_FONT}px;
    font-weight: 700;
  }
  .small {
    font-size: ${SMALL_FONT}px;
  }
  .outside {
    stroke: var(--_hw-bg);
  }
  .city {
    cursor: pointer;
    outline: none;
  }
  .city .hit {
    fill: transparent;
  }
  .city .dot,
  .swatch-city .dot {
    fill: var(--_hw-bg);
    stroke: var(--_hw-text);
    stroke-width: 2.5;
  }
  .city.capital .dot,
  .swatch-city.capital .dot {
    fill: var(--_hw-text);
  }
  .city .ring {
    fill: none;
    stroke: transparent;
    stroke-width: 3;
  }
  .city[aria-pressed='true'] .dot {
    fill: var(--_hw-accent);
    stroke: var(--_hw-accent);
  }
  .city[aria-pressed='true'] .ring {
    stroke: var(--_hw-accent);
    stroke-width: 2;
  }
  .city:focus-visible .ring {
    stroke: var(--_hw-focus);
    stroke-width: 3;
  }
  .city:hover .dot {
    stroke-width: 3.5;
  }
  .legend {
    margin: 0.25rem 0 0.75rem;
  }
  .legend svg {
    flex: none;
  }
  .details {
    border-top: 1px solid var(--_hw-border);
    padding-top: 0.75rem;
  }
  .details ul {
    margin: 0 0 0.75rem;
    padding-inline-start: 1.25rem;
  }
  h4 {
    font-size: 1rem;
    margin: 0.5rem 0 0.25rem;
  }
  .text-alt ul {
    padding-inline-start: 1.25rem;
  }
  @media print {
    .details,
    .hint {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .frame {
      fill: Canvas;
      stroke: CanvasText;
    }
    .link,
    .arrow,
    .hub-line {
      stroke: CanvasText;
    }
    .arrow-head {
      fill: CanvasText;
    }
    .label,
    .small {
      fill: CanvasText;
      stroke: Canvas;
    }
    .city .dot,
    .swatch-city .dot {
      stroke: CanvasText;
      fill: Canvas;
    }
    .city.capital .dot,
    .swatch-city.capital .dot {
      fill: CanvasText;
    }
    .city[aria-pressed='true'] .dot,
    .city[aria-pressed='true'] .ring {
      fill: Highlight;
      stroke: Highlight;
    }
    .city:focus-visible .ring {
      stroke: Highlight;
    }
  }
`;

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
 * @cssprop --hw-accent - The selected city and links.
 * @cssprop --hw-focus - Focus ring colour.
 * @cssprop --hw-series-1 - Railways.
 * @cssprop --hw-series-2 - Expressways.
 * @cssprop --hw-radius - Corner radius.
 * @tag hohhot-region-map
 */
export class HohhotRegionMap extends HwElement<CitiesDataset> {
  static override styles = [...HwElement.styles, mapStyles];

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
  @state() private announcement = '';

  protected readonly defaultData = bundledCities;
  protected readonly validator = lazyValidator('validateCitiesDataset');

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
      this.layoutCache = { ...key, model: layout(key.width, key.data, key.lang) };
    }
    return this.layoutCache!.model;
  }

  private select(id: CityId): void {
    this.selected = id;
    this.active = id;
    const city = this.data.cities.find((c) => c.id === id);
    if (city) this.announcement = strings[this.locale].selected(pick(city.name, this.locale));
    emit(this, 'hw-select', { city: id });
  }

  /** The next city in a direction: the nearest within 67.5° of it, distance weighted by angle. */
  private neighbour(from: CityShape, key: string, all: CityShape[]): CityShape | undefined {
    const dirs: Record<string, Pt> = { ArrowRight: { x: 1, y: 0 }, ArrowLeft: { x: -1, y: 0 }, ArrowUp: { x: 0, y: -1 }, ArrowDown: { x: 0, y: 1 } };
    const d = dirs[key]!;
    let best: CityShape | undefined;
    let bestScore = Infinity;
    for (const c of all) {
      if (c === from) continue;
      const v = { x: c.at.x - from.at.x, y: c.at.y - from.at.y };
      const dist = Math.hypot(v.x, v.y);
      const cos = (v.x * d.x + v.y * d.y) / dist;
      if (cos < 0.38) continue;
      const score = dist * (2 - cos);
      if (score < bestScore) {
        bestScore = score;
        best = c;
      }
    }
    return best;
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
        next = this.neighbour(shape, e.key, all);
        break;
      default:
        return;
    }
    e.preventDefault();
    if (!next) return;
    this.active = next.city.id;
    void this.updateComplete.then(() => this.renderRoot.querySelector<SVGElement>(`.city[data-city="${next!.city.id}"]`)?.focus());
  }

  private sections(ps: Provenance[]) {
    return inlineSource(ps, this.locale);
  }

  /** The same, without links: for the text alternative, hidden on screen (no invisible tab stops). */
  private hiddenSections(ps: Provenance[]) {
    return inlineSource(ps, this.locale, { links: false });
  }

  private industryName(data: CitiesDataset, id: string): Text {
    return data.industries.find((i) => i.id === id)?.label ?? { zh: id, en: id };
  }

  /** Industries a partner city cooperates with Hohhot in, each with where the paper says so. */
  private cooperation(data: CitiesDataset, partner: CityId): { industry: Text; at: Provenance[] }[] {
    const out = new Map<string, Provenance[]>();
    for (const o of data.opportunities.filter((x) => x.city === partner)) {
      out.set(o.industry, [...(out.get(o.industry) ?? []), o]);
    }
    return [...out].map(([id, at]) => ({ industry: this.industryName(data, id), at }));
  }

  private involved(id: string, city: CityId): boolean {
    return (geography.participants[id] ?? []).includes(city);
  }

  private renderDetails(data: CitiesDataset) {
    const lang = this.locale;
    const s = strings[lang];
    const c = coreStrings[lang];
    const city = data.cities.find((c) => c.id === this.selected);
    if (!city) return html`<p class="note hint">${s.hint}</p>`;
    const leads = city.leads.map((id) => this.industryName(data, id));
    const partners = city.id === 'hohhot' ? data.cities.filter((c) => c.id !== 'hohhot') : [];
    const own = city.id === 'hohhot' ? [] : this.cooperation(data, city.id);
    const mechs = mechanisms.mechanisms.filter((m) => this.involved(m.id, city.id));
    const results = mechanisms.results.filter((r) => this.involved(r.id, city.id));
    return html`<section class="details" part="details" aria-labelledby="details-title">
      <h3 id="details-title">${pick(city.name, lang)}</h3>
      <p>${pick(city.statement, lang)}${this.sections([city])}</p>
      <h4>${city.id === 'hohhot' ? s.strengths : s.industries}</h4>
      ${leads.length ? html`<ul>${leads.map((t) => html`<li>${pick(t, lang)}</li>`)}</ul>` : html`<p>${s.none}</p>`}
      <h4>${city.id === 'hohhot' ? s.withPartners : s.withHohhot}</h4>
      ${city.id === 'hohhot'
        ? html`<ul>
            ${partners.map((p) => {
              const items = this.cooperation(data, p.id);
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
          const examples = r.examples.filter((e) => this.involved(e.id, city.id));
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

  private cityText(data: CitiesDataset, shape: CityShape): string {
    const lang = this.locale;
    const s = strings[lang];
    const name = pick(shape.city.name, lang);
    const where = shape.compass ? s.relative(s.compass[shape.compass]) : s.capital;
    const { listSep } = coreStrings[lang];
    const leads = shape.city.leads.map((id) => pick(this.industryName(data, id), lang)).join(listSep);
    const parts = [where, ...(leads ? [shape.city.id === 'hohhot' ? s.strengthsText(leads) : s.leadsText(leads)] : [])];
    if (shape.city.id === 'hohhot') {
      for (const p of data.cities.filter((c) => c.id !== 'hohhot')) {
        const items = this.cooperation(data, p.id).map((c) => pick(c.industry, lang));
        if (items.length) parts.push(s.partnerText(pick(p.name, lang), items.join(listSep)));
      }
    } else {
      const items = this.cooperation(data, shape.city.id).map((c) => pick(c.industry, lang));
      if (items.length) parts.push(s.coopText(items.join(listSep)));
    }
    return s.item(name, parts.join(s.sentenceSep)) + s.end;
  }

  private renderTextAlternative(data: CitiesDataset, model: MapModel) {
    const lang = this.locale;
    const s = strings[lang];
    return html`<div class="text-alt print-visible" part="text-alternative">
      <h3>${s.textTitle}</h3>
      <h4>${s.textCities}</h4>
      <ul>
        ${model.cities.map((c) => html`<li data-city=${c.city.id}>${this.cityText(data, c)}${this.hiddenSections([c.city])}</li>`)}
      </ul>
      <h4>${s.textLinks}</h4>
      <ul>
        ${model.links.map(
          (l) => html`<li data-link=${l.link.id}>
            ${s.item(
              pick(l.link.label, lang),
              s.linkLine(s.status[l.link.status], s.mode[l.link.mode], l.route.map((c) => pick(c.name, lang)).join(s.routeSep)),
            )}${s.end}${s.gap}${pick(l.link.description, lang)}${this.hiddenSections([l.link])}
          </li>`,
        )}
      </ul>
      <h4>${s.textDirections}</h4>
      <ul>
        ${model.directions.map(
          (d) => html`<li data-direction=${d.direction.id}>
            ${s.item(pick(d.direction.label, lang), pick(d.direction.toward, lang))}${s.end}${s.gap}${pick(d.direction.description, lang)}${this.hiddenSections([...(d.direction.alsoAt ?? []), d.direction])}
          </li>`,
        )}
      </ul>
      <h4>${s.textHub}</h4>
      <p data-hub>
        ${s.item(pick(geography.hub.label, lang), [geography.hub.west, geography.hub.east].map((t) => pick(t, lang)).join(coreStrings[lang].listSep))}${s.end}${s.gap}${pick(geography.hub.description, lang)}${s.hubNote}${this.hiddenSections([geography.hub])}
      </p>
    </div>`;
  }

  private renderMap(model: MapModel) {
    const lang = this.locale;
    const s = strings[lang];
    const f = model.frame;
    const tabbable = this.active ?? this.selected ?? model.cities[0]?.city.id;
    return html`<div class="map">
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
        <g role="group" aria-label=${s.citiesGroup}>
          ${model.cities.map(
            (c) => svg`<g
              class="city ${c.capital ? 'capital' : ''}"
              data-city=${c.city.id}
              role="button"
              tabindex=${c.city.id === tabbable ? 0 : -1}
              aria-pressed=${this.selected === c.city.id ? 'true' : 'false'}
              aria-label=${pick(c.city.name, lang)}
              @click=${() => this.select(c.city.id)}
              @keydown=${(e: KeyboardEvent) => this.onKey(e, c, model.cities)}
              @focus=${() => (this.active = c.city.id)}
            >
              <circle class="hit" cx=${c.at.x.toFixed(1)} cy=${c.at.y.toFixed(1)} r="16"></circle>
              <circle class="ring" cx=${c.at.x.toFixed(1)} cy=${c.at.y.toFixed(1)} r="12"></circle>
              <circle class="dot" cx=${c.at.x.toFixed(1)} cy=${c.at.y.toFixed(1)} r=${c.capital ? 7 : 6}></circle>
              ${svgText(c.label, 'label')}
            </g>`,
          )}
        </g>
      </svg>
    </div>`;
  }

  private renderLegend() {
    const s = strings[this.locale];
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
    const s = strings[lang];
    const model = this.model;
    return html`<h2>${s.title}</h2>
      <p>${s.intro}</p>
      ${this.renderMap(model)} ${this.renderLegend()}
      <p class="note">${s.schematic}</p>
      <p class="visually-hidden" aria-live="polite">${this.announcement}</p>
      ${this.renderDetails(data)} ${this.renderTextAlternative(data, model)}`;
  }

  protected provenance(data: CitiesDataset): Provenance[] {
    return [geography.hub, ...data.cities, ...geography.links, ...mechanisms.mechanisms, ...geography.directions.flatMap((d) => [d, ...(d.alsoAt ?? [])])];
  }
}
