import { expect } from '@open-wc/testing';
import {
  MARK_SYMBOLS,
  MATRIX_LAYOUTS,
  MATRIX_MARKS,
  autoLayout,
  complementarityModel,
  gridMove,
  transposedGridMove,
  nearestShown,
  type GridPosition,
  type MatrixModel,
} from '../src/components/city-complementarity-matrix/model.js';
import { cities } from '../src/data/cities.js';
import type { CitiesDataset } from '../src/data/schema.js';

/** The pure model of <city-complementarity-matrix>: rows, columns, marks and the keyboard, against the paper's data. */

const cell = (model: MatrixModel, city: string, industry: string) =>
  model.rows.find((r) => r.city.id === city)!.cells.find((c) => c.industry.id === industry)!;

describe('complementarity matrix: complementarityModel()', () => {
  const model = complementarityModel(cities);

  it('has a row per city of the data, in its order, and a cell per column in each', () => {
    expect(model.rows.map((r) => r.city.id)).to.deep.equal(['hohhot', 'baotou', 'ordos', 'ulanqab']);
    for (const row of model.rows) {
      expect(row.cells.map((c) => c.industry.id)).to.deep.equal(model.columns.map((c) => c.id));
    }
  });

  it('has a column for every industry the paper marks for some city: all sixteen, in the data’s order', () => {
    expect(model.columns.map((c) => c.id)).to.deep.equal(cities.industries.map((i) => i.id));
    expect(model.columns).to.have.length(16);
  });

  it('marks exactly what the data says: leads, complements, opportunities', () => {
    for (const row of model.rows) {
      const city = cities.cities.find((c) => c.id === row.city.id)!;
      for (const c of row.cells) {
        const expected = [
          ...(city.leads.includes(c.industry.id) ? ['lead'] : []),
          ...(city.complements?.includes(c.industry.id) ? ['complement'] : []),
          ...(cities.opportunities.some((o) => o.city === city.id && o.industry === c.industry.id) ? ['opportunity'] : []),
        ];
        expect(c.marks, `${city.id} × ${c.industry.id}`).to.deep.equal(expected);
        expect(c.statements.length > 0, `${city.id} × ${c.industry.id} has sentences iff it has marks`).to.equal(c.marks.length > 0);
      }
    }
  });

  it('counts the marks of the paper: 11 leads, 6 complements, 9 opportunities', () => {
    const count = (m: string) => model.rows.flatMap((r) => r.cells).filter((c) => c.marks.includes(m as never)).length;
    expect(MATRIX_MARKS.map(count)).to.deep.equal([11, 6, 9]);
  });

  it('gives Hohhot its strengths, and no cooperation with itself', () => {
    const hohhot = model.rows[0]!;
    expect(hohhot.cells.filter((c) => c.marks.length).map((c) => c.industry.id)).to.deep.equal([
      'food-processing',
      'electronic-information',
      'new-materials',
      'modern-equipment-manufacturing',
    ]);
    expect(hohhot.cells.every((c) => !c.marks.includes('opportunity') && !c.marks.includes('complement'))).to.equal(true);
    expect(hohhot.statements.map((s) => s.text)).to.deep.equal([cities.cities[0]!.statement]);
  });

  it('backs each mark with the paper’s sentences, once each, with their sections and references', () => {
    const steel = cell(model, 'baotou', 'steel');
    expect(steel.marks).to.deep.equal(['lead', 'opportunity']);
    expect(steel.statements.map((s) => [s.section, s.refs])).to.deep.equal([
      ['1.1', [1]],
      ['3.1', [6]],
    ]);
    expect(steel.statements[0]!.text).to.deep.equal(cities.cities[1]!.statement);

    const newEnergy = cell(model, 'baotou', 'new-energy');
    expect(newEnergy.marks).to.deep.equal(['opportunity']);
    expect(newEnergy.statements.map((s) => s.section)).to.deep.equal(['1.1', '3.1']);

    const newMaterials = cell(model, 'ordos', 'new-materials');
    expect(newMaterials.marks).to.deep.equal(['complement', 'opportunity']);
    expect(newMaterials.statements).to.have.length(2);

    const food = cell(model, 'ulanqab', 'food-processing');
    expect(food.marks).to.deep.equal(['complement']);
    expect(food.statements.map((s) => s.text)).to.deep.equal([cities.cities[3]!.statement]);

    expect(cell(model, 'hohhot', 'steel').marks).to.deep.equal([]);
    expect(cell(model, 'hohhot', 'steel').statements).to.deep.equal([]);
  });

  it('gives each city’s row every sentence about it, without repeats', () => {
    // The sentence on the industrial chain with Baotou and Ordos backs four
    // opportunities; the sentences on Ordos and Ulanqab back two each.
    expect(model.rows.map((r) => r.statements.length)).to.deep.equal([1, 4, 3, 2]);
    for (const row of model.rows) {
      const zh = row.statements.map((s) => s.text.zh);
      expect(new Set(zh).size).to.equal(zh.length);
      expect(row.statements[0]!.text).to.deep.equal(row.city.statement);
      for (const o of cities.opportunities.filter((x) => x.city === row.city.id)) expect(zh).to.include(o.statement.zh);
    }
  });

  it('copies the references: changing a statement leaves the data alone', () => {
    const fresh = complementarityModel(cities);
    fresh.rows[1]!.statements[0]!.refs.push(99);
    expect(cities.cities[1]!.refs).to.deep.equal([1]);
    expect(complementarityModel(cities).rows[1]!.statements[0]!.refs).to.deep.equal([1]);
  });

  it('leaves out an industry no city is marked in, and follows the data’s cities', () => {
    const data: CitiesDataset = {
      ...cities,
      industries: [...cities.industries, { id: 'tourism', label: { zh: '旅游', en: 'Tourism' }, section: '1.1', refs: [] }],
      cities: cities.cities.filter((c) => c.id !== 'ulanqab'),
      opportunities: cities.opportunities.filter((o) => o.city !== 'ulanqab'),
    };
    const m = complementarityModel(data);
    expect(m.columns.map((c) => c.id)).to.not.include('tourism');
    expect(m.rows.map((r) => r.city.id)).to.deep.equal(['hohhot', 'baotou', 'ordos']);
    // Ulanqab's own industries go with it; Hohhot's commerce and logistics was marked by Ulanqab only.
    for (const id of ['agri-livestock-production', 'commerce-logistics', 'agri-livestock-processing', 'logistics-transport']) {
      expect(m.columns.map((c) => c.id)).to.not.include(id);
    }
    expect(m.columns).to.have.length(12);
  });

  it('has a symbol for every mark', () => {
    expect(Object.keys(MARK_SYMBOLS)).to.deep.equal([...MATRIX_MARKS]);
    expect(new Set(Object.values(MARK_SYMBOLS)).size).to.equal(MATRIX_MARKS.length);
  });
});

describe('complementarity matrix: the keyboard in the grid', () => {
  const model = complementarityModel(cities);
  const size = { rows: model.rows.length, last: model.columns.length };
  const all = (_r: number, _c: number) => true;
  /** The narrow layout: the row header and the cells with marks. */
  const marked = (r: number, c: number) => c === 0 || model.rows[r]!.cells[c - 1]!.marks.length > 0;
  const move = (key: string, at: GridPosition, shown = all, ctrl = false) => gridMove(key, at, size, shown, ctrl);

  it('moves one cell with the arrows and stays put at the edges', () => {
    expect(move('ArrowRight', { r: 0, c: 0 })).to.deep.equal({ r: 0, c: 1 });
    expect(move('ArrowLeft', { r: 0, c: 3 })).to.deep.equal({ r: 0, c: 2 });
    expect(move('ArrowDown', { r: 0, c: 5 })).to.deep.equal({ r: 1, c: 5 });
    expect(move('ArrowUp', { r: 2, c: 5 })).to.deep.equal({ r: 1, c: 5 });
    expect(move('ArrowLeft', { r: 1, c: 0 })).to.deep.equal({ r: 1, c: 0 });
    expect(move('ArrowRight', { r: 1, c: 16 })).to.deep.equal({ r: 1, c: 16 });
    expect(move('ArrowUp', { r: 0, c: 4 })).to.deep.equal({ r: 0, c: 4 });
    expect(move('ArrowDown', { r: 3, c: 4 })).to.deep.equal({ r: 3, c: 4 });
  });

  it('jumps with Home and End to the row’s ends, with Ctrl to the grid’s', () => {
    expect(move('Home', { r: 2, c: 7 })).to.deep.equal({ r: 2, c: 0 });
    expect(move('End', { r: 2, c: 7 })).to.deep.equal({ r: 2, c: 16 });
    expect(move('Home', { r: 2, c: 7 }, all, true)).to.deep.equal({ r: 0, c: 0 });
    expect(move('End', { r: 0, c: 7 }, all, true)).to.deep.equal({ r: 3, c: 16 });
  });

  it('ignores other keys (Enter and Space select: the element’s business)', () => {
    for (const key of ['Enter', ' ', 'Tab', 'a', 'PageDown']) expect(move(key, { r: 1, c: 1 })).to.equal(null);
  });

  it('skips the cells the narrow layout hides', () => {
    // Hohhot's row shows its four strengths, columns 1 to 4.
    expect(move('ArrowRight', { r: 0, c: 4 }, marked)).to.deep.equal({ r: 0, c: 4 });
    expect(move('End', { r: 0, c: 0 }, marked)).to.deep.equal({ r: 0, c: 4 });
    // Baotou: food processing (1), electronic information (2), equipment (5), steel (7), aluminium (8), new energy (13).
    expect(move('ArrowRight', { r: 1, c: 2 }, marked)).to.deep.equal({ r: 1, c: 5 });
    expect(move('ArrowLeft', { r: 1, c: 13 }, marked)).to.deep.equal({ r: 1, c: 8 });
    expect(move('End', { r: 1, c: 0 }, marked)).to.deep.equal({ r: 1, c: 13 });
  });

  it('moving up or down, lands on the nearest shown cell, the nearer left one first', () => {
    // From Baotou's steel (7) up to Hohhot: nothing shown right of 4.
    expect(move('ArrowUp', { r: 1, c: 7 }, marked)).to.deep.equal({ r: 0, c: 4 });
    // From Hohhot's new materials (3) down to Baotou: 2 and 5 are equally near; left wins.
    expect(move('ArrowDown', { r: 0, c: 3 }, marked)).to.deep.equal({ r: 1, c: 2 });
    expect(nearestShown(1, 3, 16, marked)).to.equal(2);
    expect(nearestShown(1, 6, 16, marked)).to.equal(5);
    expect(nearestShown(0, 16, 16, marked)).to.equal(4);
    expect(nearestShown(0, 9, 16, () => false)).to.equal(0);
  });
});

describe('complementarity matrix: the transposed layout', () => {
  it('offers auto and the two layouts; auto keeps vertical headers for Chinese only', () => {
    expect(MATRIX_LAYOUTS).to.deep.equal(['auto', 'industries-as-columns', 'cities-as-columns']);
    for (const lang of ['zh-CN', 'zh', 'zh-Hans', 'zh-TW']) expect(autoLayout(lang), lang).to.equal('industries-as-columns');
    for (const lang of ['en', 'en-GB', 'fr', 'mn', '']) expect(autoLayout(lang), lang).to.equal('cities-as-columns');
  });

  it('moves on screen: Right and Left between cities, Down and Up between industries, Home and End along the line', () => {
    // 4 cities (rows of the model), columns 0 (the city) to 15 (industries).
    const size = { rows: 4, last: 15 };
    const all = () => true;
    const move = (key: string, at: GridPosition, ctrl = false) => transposedGridMove(key, at, size, all, ctrl);
    expect(move('ArrowRight', { r: 0, c: 3 })).to.deep.equal({ r: 1, c: 3 });
    expect(move('ArrowRight', { r: 3, c: 3 })).to.deep.equal({ r: 3, c: 3 });
    expect(move('ArrowLeft', { r: 2, c: 3 })).to.deep.equal({ r: 1, c: 3 });
    expect(move('ArrowLeft', { r: 0, c: 3 })).to.deep.equal({ r: 0, c: 3 });
    expect(move('ArrowDown', { r: 2, c: 3 })).to.deep.equal({ r: 2, c: 4 });
    expect(move('ArrowDown', { r: 2, c: 15 })).to.deep.equal({ r: 2, c: 15 });
    expect(move('ArrowUp', { r: 2, c: 0 })).to.deep.equal({ r: 2, c: 0 });
    expect(move('Home', { r: 2, c: 7 })).to.deep.equal({ r: 0, c: 7 });
    expect(move('End', { r: 1, c: 7 })).to.deep.equal({ r: 3, c: 7 });
    expect(move('Home', { r: 2, c: 7 }, true)).to.deep.equal({ r: 0, c: 0 });
    expect(move('End', { r: 1, c: 7 }, true)).to.deep.equal({ r: 3, c: 15 });
    expect(move('PageDown', { r: 1, c: 7 })).to.equal(null);
  });

  it('asks which cells are shown with the model’s row and column', () => {
    const asked: string[] = [];
    transposedGridMove('ArrowRight', { r: 0, c: 5 }, { rows: 4, last: 15 }, (r, c) => (asked.push(`${r}/${c}`), r !== 1), false);
    expect(asked).to.deep.equal(['1/5', '2/5']);
  });
});
