import { CITY_IDS, type CityId } from '../../data/ids.js';
import type { CitiesDataset, City, Item, Provenance, Text } from '../../data/schema.js';

/**
 * The model of `<city-complementarity-matrix>`, as pure functions of the
 * cities dataset: its rows, columns and marks, and where the keyboard moves
 * in its grid. No DOM, no Lit.
 */

/** Values of the `highlight` attribute: a city of the paper, or `none`. */
export const MATRIX_HIGHLIGHTS = ['none', ...CITY_IDS] as const;
export type MatrixHighlight = (typeof MATRIX_HIGHLIGHTS)[number];

/**
 * What a mark of the matrix says, each backed by a sentence of the paper:
 * - `lead`: the paper names the industry as one of the city's own (一(一));
 * - `complement`: the paper says the city's industries complement this
 *   industry of Hohhot (一(一));
 * - `opportunity`: the paper names this industry as a field of cooperation
 *   between Hohhot and the city (一(一), 三(一)).
 */
export const MATRIX_MARKS = ['lead', 'complement', 'opportunity'] as const;
export type MatrixMark = (typeof MATRIX_MARKS)[number];

/** One sentence of the paper behind a mark, with where it stands. */
export interface MatrixStatement extends Provenance {
  text: Text;
}

/** The glyph of each mark, in the grid, the key and the details. */
export const MARK_SYMBOLS: Record<MatrixMark, string> = { lead: '●', complement: '◆', opportunity: '★' };

/** A cell of the matrix: an industry of a city's row, its marks and the sentences behind them. */
export interface MatrixCell {
  industry: Item;
  marks: MatrixMark[];
  statements: MatrixStatement[];
}
/** A city's row: a cell per column, and every sentence of the paper about the city. */
export interface MatrixRow {
  city: City;
  cells: MatrixCell[];
  statements: MatrixStatement[];
}
/** The matrix: the industries with at least one mark (columns) and the cities (rows). */
export interface MatrixModel {
  columns: Item[];
  rows: MatrixRow[];
}

/** The sentence of the paper behind an item of the dataset, with where it stands. */
function statementOf(x: { statement: Text } & Provenance): MatrixStatement {
  return { text: x.statement, section: x.section, refs: [...x.refs], ...(x.origin ? { origin: x.origin } : {}) };
}

/** The statements without repeats (the same sentence of the paper behind two marks), in order. */
function uniqueStatements(list: MatrixStatement[]): MatrixStatement[] {
  const seen = new Set<string>();
  return list.filter((s) => (seen.has(s.text.zh) ? false : (seen.add(s.text.zh), true)));
}

/**
 * The matrix as the paper supports it: a column for every industry that
 * carries at least one mark, and for every mark the sentences behind it.
 */
export function complementarityModel(data: CitiesDataset): MatrixModel {
  const marksOf = (city: City, id: string): { marks: MatrixMark[]; statements: MatrixStatement[] } => {
    const marks: MatrixMark[] = [];
    const statements: MatrixStatement[] = [];
    if (city.leads.includes(id)) marks.push('lead');
    if (city.complements?.includes(id)) marks.push('complement');
    if (marks.length) statements.push(statementOf(city));
    const opps = data.opportunities.filter((o) => o.city === city.id && o.industry === id);
    if (opps.length) {
      marks.push('opportunity');
      statements.push(...opps.map(statementOf));
    }
    return { marks, statements: uniqueStatements(statements) };
  };
  const columns = data.industries.filter((ind) => data.cities.some((c) => marksOf(c, ind.id).marks.length > 0));
  const rows = data.cities.map((city) => ({
    city,
    cells: columns.map((industry) => ({ industry, ...marksOf(city, industry.id) })),
    statements: uniqueStatements([statementOf(city), ...data.opportunities.filter((o) => o.city === city.id).map(statementOf)]),
  }));
  return { columns, rows };
}

/** A selected city (`industry: null`) or cell of the matrix. */
export interface MatrixSelection {
  city: CityId;
  industry: string | null;
}

/**
 * Values of the `layout` attribute: `industries-as-columns` (cities down the
 * side), `cities-as-columns` (industries down the side), or `auto`.
 */
export const MATRIX_LAYOUTS = ['auto', 'industries-as-columns', 'cities-as-columns'] as const;
export type MatrixLayout = (typeof MATRIX_LAYOUTS)[number];

/**
 * The layout `auto` stands for in a language: the industries along the top
 * where their names stand upright in a vertical header (Chinese), the cities
 * along the top where a vertical header would turn the words on their side
 * (English and any other Latin script).
 */
export function autoLayout(lang: string): Exclude<MatrixLayout, 'auto'> {
  return /^zh\b/i.test(lang) ? 'industries-as-columns' : 'cities-as-columns';
}

/**
 * `gridMove` for the transposed grid, where the cities are the columns: the
 * keys move on screen, so Right and Left go between cities (rows of the
 * model) and Down and Up between industries (its columns); Home and End go
 * to the first and last city of the industry shown on that line.
 */
export function transposedGridMove(
  key: string,
  at: GridPosition,
  size: { rows: number; last: number },
  shown: (r: number, c: number) => boolean,
  ctrl = false,
): GridPosition | null {
  const next = gridMove(key, { r: at.c, c: at.r }, { rows: size.last + 1, last: size.rows - 1 }, (r, c) => shown(c, r), ctrl);
  return next && { r: next.c, c: next.r };
}

/** A position in the grid: row (city) and column (0 = the city's header, 1… the industries). */
export interface GridPosition {
  r: number;
  c: number;
}

/** The shown cell of row `r` nearest to column `c`, looking left first (the row header, column 0, is always shown). */
export function nearestShown(r: number, c: number, last: number, shown: (r: number, c: number) => boolean): number {
  for (let d = 0; d <= last; d++) {
    if (c - d >= 0 && shown(r, c - d)) return c - d;
    if (c + d <= last && shown(r, c + d)) return c + d;
  }
  return 0;
}

/**
 * Where a key moves the grid's focus from `at`: arrows to the next shown cell
 * (staying put at an edge), Home and End to the start and end of the row
 * (with Ctrl, of the grid). `null` for any other key. `rows` is the number of
 * rows, `last` the last column; `shown` tells which cells the layout shows
 * (the narrow layout hides cells without marks).
 */
export function gridMove(
  key: string,
  at: GridPosition,
  size: { rows: number; last: number },
  shown: (r: number, c: number) => boolean,
  ctrl = false,
): GridPosition | null {
  const { r, c } = at;
  const { rows, last } = size;
  switch (key) {
    case 'ArrowRight':
      for (let x = c + 1; x <= last; x++) if (shown(r, x)) return { r, c: x };
      return { r, c };
    case 'ArrowLeft':
      for (let x = c - 1; x >= 0; x--) if (shown(r, x)) return { r, c: x };
      return { r, c };
    case 'ArrowDown':
      return r + 1 < rows ? { r: r + 1, c: nearestShown(r + 1, c, last, shown) } : { r, c };
    case 'ArrowUp':
      return r > 0 ? { r: r - 1, c: nearestShown(r - 1, c, last, shown) } : { r, c };
    case 'Home':
      return ctrl ? { r: 0, c: 0 } : { r, c: 0 };
    case 'End': {
      const row = ctrl ? rows - 1 : r;
      return { r: row, c: nearestShown(row, last, last, shown) };
    }
    default:
      return null;
  }
}
