import { geography, type Direction, type LatLon, type Link } from '../../data/geography.js';
import { CITY_IDS, type CityId } from '../../data/ids.js';
import type { CitiesDataset, City, Text } from '../../data/schema.js';

/**
 * The geometry of `<hohhot-region-map>`, as pure functions of a width, the
 * cities dataset and the text of the reader's language: no DOM, no Lit.
 */

/** The eight points of the compass, clockwise from north. */
export type Compass = 'n' | 'ne' | 'e' | 'se' | 's' | 'sw' | 'w' | 'nw';
export const COMPASS: readonly Compass[] = ['n', 'ne', 'e', 'se', 's', 'sw', 'w', 'nw'];

/** The text of the reader's language for a bilingual text of the data (`pick(t, lang)`). */
export type PickText = (text: Text) => string;

/** Widest and narrowest drawing, in CSS px (1 SVG unit = 1 px in between). */
export const MIN_WIDTH = 280;
export const MAX_WIDTH = 880;
/** Largest scale, px per projected degree, so a wide map does not grow too tall. */
const MAX_SCALE = 230;
export const PAD = 8;
const ARROW_OUT = 24;
const ARROW_IN = 8;
export const LINE = 15;
export const CITY_FONT = 14;
export const SMALL_FONT = 12;
const TOP_INNER = 42;
const BOTTOM_INNER = 34;
/** Label side per city, chosen so no line crosses a label: links leave Baotou east and south, Ordos north. */
const LABEL_BELOW: ReadonlySet<CityId> = new Set(['ordos']);

/** Estimated width of a text in px: CJK characters are 1 em, others at most 0.6 em (an overestimate). */
export function textWidth(text: string, size: number, bold = false): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]/.test(ch) ? size : size * (bold ? 0.64 : 0.6);
  return w;
}

/** Breaks a label into lines no wider than `max`: at spaces, after dashes, and between CJK characters. */
export function wrap(text: string, size: number, max: number): string[] {
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

/** A point in the map's SVG units (1 unit = 1 CSS px at the drawn width). */
export interface Pt {
  x: number;
  y: number;
}
/** A text of the map: its anchor point and its lines (a `<text>` of `<tspan>`s, `LINE` apart). */
export interface Label {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  lines: string[];
}
/** A city: its dot, its label, and where it lies from Hohhot (`null` for Hohhot). */
export interface CityShape {
  city: City;
  at: Pt;
  label: Label;
  capital: boolean;
  compass: Compass | null;
}
/** A transport link: the cities it joins that are shown, and the segments between them. */
export interface LinkShape {
  link: Link;
  route: City[];
  segments: [Pt, Pt][];
}
/** A direction of wider cooperation: an arrow from the frame's edge outwards, and its label. */
export interface DirectionShape {
  direction: Direction;
  shaft: [Pt, Pt];
  head: Pt[];
  label: Label;
  compass: Compass;
}
/** The whole map, laid out for one width. */
export interface MapModel {
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
export function compassOf(dx: number, dy: number): Compass {
  const bearing = (Math.atan2(dx, -dy) * 180) / Math.PI;
  return COMPASS[Math.round(((bearing + 360) % 360) / 45) % 8]!;
}

export function arrowHead(tip: Pt, dir: Pt, size = 9): Pt[] {
  const n = { x: -dir.y, y: dir.x };
  const back = { x: tip.x - dir.x * size, y: tip.y - dir.y * size };
  return [tip, { x: back.x + n.x * size * 0.55, y: back.y + n.y * size * 0.55 }, { x: back.x - n.x * size * 0.55, y: back.y - n.y * size * 0.55 }];
}

/**
 * Lays the map out for a width in px: cities by projection, labels on chosen
 * sides, direction arrows where their ray from Hohhot leaves the frame, with
 * their labels outside the frame (top) or beside the arrow (sides).
 */
export function layout(width: number, data: CitiesDataset, text: PickText): MapModel {
  const W = Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width)));
  const present = data.cities;
  const half = (c: City) => textWidth(text(c.name), CITY_FONT, true) / 2 + 6;
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
    return { p, tip, x, anchor: toRight ? ('start' as const) : ('end' as const), lines: wrap(text(p.direction.label), SMALL_FONT, max) };
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
    const name = text(city.name);
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
        lines: wrap(text(p.direction.label), SMALL_FONT, (fx1 - fx0) / 3),
      };
    }
    return { direction: p.direction, shaft: [from, tip], head: arrowHead(tip, p.dir), label, compass: compassOf(p.dir.x, p.dir.y) };
  });

  // The hub band below the frame: Northwest China ← Hohhot → North China.
  const hubY = fy1 + 30;
  const hx = hohhot.x;
  const hubText = text(geography.hub.label);
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
      west: { x: fx0 + 2, y: hubY - 8, anchor: 'start', lines: [text(geography.hub.west)] },
      east: { x: fx1 - 2, y: hubY - 8, anchor: 'end', lines: [text(geography.hub.east)] },
      label: { x: hubX, y: hubY + 19, anchor: 'middle', lines: [hubText] },
      heads: [arrowHead({ x: fx0, y: hubY }, { x: -1, y: 0 }, 7), arrowHead({ x: fx1, y: hubY }, { x: 1, y: 0 }, 7)],
    },
  };
}

export const points = (ps: Pt[]) => ps.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');

/** The arrow keys, as unit vectors on screen (y down). */
const KEY_DIRECTIONS: Readonly<Record<string, Pt>> = {
  ArrowRight: { x: 1, y: 0 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
};

/**
 * The city an arrow key moves to from `from`: the nearest within 67.5° of the
 * key's direction, distance weighted by angle; `undefined` when there is none
 * (or `key` is not an arrow key).
 */
export function neighbour<C extends { at: Pt }>(from: C, key: string, all: readonly C[]): C | undefined {
  const d = KEY_DIRECTIONS[key];
  if (!d) return undefined;
  let best: C | undefined;
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
