import { expect } from '@open-wc/testing';
import {
  CITY_FONT,
  LINE,
  MAX_WIDTH,
  MIN_WIDTH,
  PAD,
  SMALL_FONT,
  compassOf,
  layout,
  neighbour,
  textWidth,
  wrap,
  type Label,
  type MapModel,
  type PickText,
} from '../src/components/region-map/layout.js';
import { citySentence, cooperation, industryName, involved } from '../src/components/region-map/model.js';
import { messages } from '../src/components/region-map/region-map.strings.js';
import { coreStrings } from '../src/core/i18n/strings.js';
import { cities } from '../src/data/cities.js';
import { geography } from '../src/data/geography.js';
import type { CitiesDataset } from '../src/data/schema.js';

/** The pure layout of <hohhot-region-map> and what its text alternative says, without a browser page. */

const zh: PickText = (t) => t.zh;
const en: PickText = (t) => t.en;
const TEXTS = { 'zh-CN': zh, en } as const;
const WIDTHS = [MIN_WIDTH, 320, 375, 480, 640, 768, MAX_WIDTH];

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** The estimated box of a label (the estimate the layout itself uses for widths). */
function boxOf(label: Label, size: number, bold = false): Box {
  const w = Math.max(...label.lines.map((l) => textWidth(l, size, bold)));
  const x0 = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2;
  return { x0, x1: x0 + w, y0: label.y - size, y1: label.y + (label.lines.length - 1) * LINE + size * 0.25 };
}

const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function allLabels(model: MapModel): { name: string; box: Box }[] {
  return [
    ...model.cities.map((c) => ({ name: `city ${c.city.id}`, box: boxOf(c.label, CITY_FONT, true) })),
    ...model.directions.map((d) => ({ name: `direction ${d.direction.id}`, box: boxOf(d.label, SMALL_FONT) })),
    { name: 'hub west', box: boxOf(model.hub.west, SMALL_FONT) },
    { name: 'hub east', box: boxOf(model.hub.east, SMALL_FONT) },
    { name: 'hub label', box: boxOf(model.hub.label, SMALL_FONT) },
  ];
}

describe('region map: layout()', () => {
  for (const [lang, text] of Object.entries(TEXTS)) {
    for (const width of WIDTHS) {
      describe(`${lang}, ${width} px`, () => {
        const model = layout(width, cities, text);

        it('draws at the given width, with the frame inside the viewBox', () => {
          expect(model.width).to.equal(width);
          const f = model.frame;
          expect(f.x0).to.be.at.least(0);
          expect(f.y0).to.be.at.least(0);
          expect(f.x1).to.be.at.most(model.width);
          expect(f.y1).to.be.at.most(model.height);
          expect(f.x1 - f.x0).to.be.greaterThan(width / 2);
        });

        it('places every city of the data inside the frame, in its real relative position', () => {
          expect(model.cities.map((c) => c.city.id)).to.deep.equal(cities.cities.map((c) => c.id));
          const f = model.frame;
          for (const c of model.cities) {
            expect(c.at.x, c.city.id).to.be.within(f.x0, f.x1);
            expect(c.at.y, c.city.id).to.be.within(f.y0, f.y1);
          }
          // East is right and north is up, for every pair of cities.
          for (const a of model.cities) {
            for (const b of model.cities) {
              const ga = geography.cities[a.city.id];
              const gb = geography.cities[b.city.id];
              if (ga.lon < gb.lon) expect(a.at.x, `${a.city.id} west of ${b.city.id}`).to.be.lessThan(b.at.x);
              if (ga.lat > gb.lat) expect(a.at.y, `${a.city.id} north of ${b.city.id}`).to.be.lessThan(b.at.y);
            }
          }
        });

        it('keeps the projection’s proportions: the same scale east–west and north–south', () => {
          const [h, b] = [model.cities[0]!, model.cities.find((c) => c.city.id === 'ordos')!];
          const gh = geography.cities.hohhot;
          const gb = geography.cities.ordos;
          const k = (h.at.x - b.at.x) / (gh.lon - gb.lon);
          const scaleY = (b.at.y - h.at.y) / (gh.lat - gb.lat);
          // x is scaled by cos(latitude): about 0.76 around 40.5° N.
          expect(k / scaleY).to.be.within(0.74, 0.78);
        });

        it('says where each city lies from Hohhot', () => {
          const compass = Object.fromEntries(model.cities.map((c) => [c.city.id, c.compass]));
          expect(compass).to.deep.equal({ hohhot: null, baotou: 'w', ordos: 'sw', ulanqab: 'e' });
          expect(model.cities.filter((c) => c.capital).map((c) => c.city.id)).to.deep.equal(['hohhot']);
        });

        it('keeps every label inside the viewBox, and no two labels overlap', () => {
          const labels = allLabels(model);
          for (const { name, box } of labels) {
            expect(box.x0, `${name} left edge`).to.be.at.least(0);
            expect(box.x1, `${name} right edge`).to.be.at.most(model.width);
            expect(box.y0, `${name} top edge`).to.be.at.least(0);
            expect(box.y1, `${name} bottom edge`).to.be.at.most(model.height);
          }
          for (let i = 0; i < labels.length; i++) {
            for (let j = i + 1; j < labels.length; j++) {
              expect(overlap(labels[i]!.box, labels[j]!.box), `${labels[i]!.name} overlaps ${labels[j]!.name}`).to.equal(false);
            }
          }
        });

        it('puts no city label over a city’s dot, its own included', () => {
          for (const c of model.cities) {
            const box = boxOf(c.label, CITY_FONT, true);
            for (const other of model.cities) {
              const dot = { x0: other.at.x - 7, x1: other.at.x + 7, y0: other.at.y - 7, y1: other.at.y + 7 };
              expect(overlap(box, dot), `${c.city.id}'s label on ${other.city.id}`).to.equal(false);
            }
          }
        });

        it('draws each link between the dots of its cities, parallel links side by side', () => {
          expect(model.links.map((l) => l.link.id)).to.deep.equal(geography.links.map((l) => l.id));
          for (const l of model.links) {
            expect(l.segments.length).to.equal(l.link.cities.length - 1);
            expect(l.route.map((c) => c.id)).to.deep.equal(l.link.cities);
            l.segments.forEach(([a, b], i) => {
              const from = model.cities.find((c) => c.city.id === l.link.cities[i])!.at;
              const to = model.cities.find((c) => c.city.id === l.link.cities[i + 1])!.at;
              expect(Math.hypot(a.x - from.x, a.y - from.y), `${l.link.id} start`).to.be.at.most(5.01);
              expect(Math.hypot(b.x - to.x, b.y - to.y), `${l.link.id} end`).to.be.at.most(5.01);
            });
          }
          // The links between Hohhot and Baotou do not lie on top of one another.
          const starts = model.links.map((l) => l.segments[0]![0]);
          const distinct = new Set(starts.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`));
          expect(distinct.size).to.equal(starts.length);
        });

        it('points each direction arrow outwards from the frame’s edge, within the viewBox', () => {
          expect(model.directions.map((d) => d.direction.id)).to.deep.equal(geography.directions.map((d) => d.id));
          const f = model.frame;
          for (const d of model.directions) {
            const [from, tip] = d.shaft;
            const inside = (p: { x: number; y: number }) => p.x >= f.x0 - 0.01 && p.x <= f.x1 + 0.01 && p.y >= f.y0 - 0.01 && p.y <= f.y1 + 0.01;
            expect(inside(from), `${d.direction.id} starts inside the frame`).to.equal(true);
            expect(inside(tip), `${d.direction.id} ends outside it`).to.equal(false);
            expect(tip.x).to.be.within(0, model.width);
            expect(tip.y).to.be.within(0, model.height);
            expect(d.head[0]).to.deep.equal(tip);
          }
          const compass = Object.fromEntries(model.directions.map((d) => [d.direction.id, d.compass]));
          expect(Object.values(compass)).to.deep.equal(['e', 'n', 'nw']);
        });

        it('wraps no label line wider than the viewBox', () => {
          for (const d of model.directions) {
            expect(d.label.lines.join(' ').replace(/– /g, '–')).to.equal(text(d.direction.label).replace(/– /g, '–'));
          }
          expect(model.cities.every((c) => c.label.lines.length === 1)).to.equal(true);
        });
      });
    }
  }

  it('keeps every direction arrow, head and label inside the viewBox with its margin, at every width from the narrowest to the widest', () => {
    for (const [lang, text] of Object.entries(TEXTS)) {
      for (let width = MIN_WIDTH; width <= MAX_WIDTH; width += 2) {
        const model = layout(width, cities, text);
        for (const d of model.directions) {
          const at = `${lang}, ${width} px, ${d.direction.id}`;
          for (const p of [...d.shaft, ...d.head]) {
            expect(p.x, at).to.be.within(PAD - 0.01, model.width - PAD + 0.01);
            expect(p.y, at).to.be.within(PAD - 0.01, model.height - PAD + 0.01);
          }
          const b = boxOf(d.label, SMALL_FONT);
          expect(b.x0, `${at} label`).to.be.at.least(0);
          expect(b.x1, `${at} label`).to.be.at.most(model.width);
        }
      }
    }
  });

  it('keeps to its narrowest and widest drawing', () => {
    expect(layout(100, cities, en).width).to.equal(MIN_WIDTH);
    expect(layout(2000, cities, en).width).to.equal(MAX_WIDTH);
    expect(layout(500.4, cities, en).width).to.equal(500);
  });

  it('is a function of its inputs: the same layout for the same width, data and language', () => {
    expect(layout(480, cities, zh)).to.deep.equal(layout(480, cities, zh));
    expect(layout(480, cities, zh).cities.map((c) => c.label.lines)).to.not.deep.equal(layout(480, cities, en).cities.map((c) => c.label.lines));
  });

  it('moves a long name to the other side of its dot rather than over another label', () => {
    const long = (id: string, en: string) => cities.cities.map((c) => (c.id === id ? { ...c, name: { ...c.name, en } } : c));
    const data: CitiesDataset = { ...cities, cities: long('baotou', 'Greater Baotou') };
    for (const width of [MIN_WIDTH, 320, 375]) {
      const model = layout(width, data, en);
      const boxes = model.cities.map((c) => boxOf(c.label, CITY_FONT, true));
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!), `${width} px: labels ${i} and ${j}`).to.equal(false);
      }
    }
    // At the narrowest, the long name no longer fits above Baotou's dot, beside Hohhot's label.
    const baotou = layout(MIN_WIDTH, data, en).cities.find((c) => c.city.id === 'baotou')!;
    expect(baotou.label.y).to.be.greaterThan(baotou.at.y);
    // Where there is room, it keeps its chosen side, above.
    const wide = layout(MAX_WIDTH, data, en).cities.find((c) => c.city.id === 'baotou')!;
    expect(wide.label.y).to.be.lessThan(wide.at.y);
  });

  it('leaves out a city the data does not have, and the links through it', () => {
    const data: CitiesDataset = { ...cities, cities: cities.cities.filter((c) => c.id !== 'ulanqab') };
    const model = layout(640, data, en);
    expect(model.cities.map((c) => c.city.id)).to.deep.equal(['hohhot', 'baotou', 'ordos']);
    for (const l of model.links) expect(l.route.map((c) => c.id)).to.not.include('ulanqab');
    const full = layout(640, cities, en);
    const hsr = (m: MapModel) => m.links.find((l) => l.link.id === 'hbou-hsr');
    expect(hsr(model)!.segments).to.have.length(2);
    expect(hsr(full)!.segments).to.have.length(3);
  });
});

describe('region map: text geometry', () => {
  it('measures CJK characters as one em, others at most 0.64 em', () => {
    expect(textWidth('呼和浩特', 14)).to.equal(56);
    expect(textWidth('Hohhot', 10)).to.be.closeTo(36, 1e-9);
    expect(textWidth('Hohhot', 10, true)).to.be.closeTo(38.4, 1e-9);
  });

  it('wraps at spaces, after dashes and between CJK characters, within the width', () => {
    const label = 'China–Mongolia–Russia Economic Corridor';
    for (const max of [60, 120, 200, 400]) {
      const lines = wrap(label, 12, max);
      for (const line of lines) {
        const oneToken = !/\s|–./.test(line);
        if (!oneToken) expect(textWidth(line, 12), `"${line}" within ${max}`).to.be.at.most(max);
      }
      expect(lines.join(' ').replace(/– /g, '–')).to.equal(label);
    }
    expect(wrap(label, 12, 1000)).to.deep.equal([label]);
    expect(wrap('中蒙俄经济走廊', 12, 40)).to.deep.equal(['中蒙俄', '经济走', '廊']);
  });

  it('names the eight points of the compass for screen vectors (y down)', () => {
    expect(compassOf(0, -1)).to.equal('n');
    expect(compassOf(1, -1)).to.equal('ne');
    expect(compassOf(1, 0)).to.equal('e');
    expect(compassOf(1, 1)).to.equal('se');
    expect(compassOf(0, 1)).to.equal('s');
    expect(compassOf(-1, 1)).to.equal('sw');
    expect(compassOf(-1, 0)).to.equal('w');
    expect(compassOf(-1, -1)).to.equal('nw');
    expect(compassOf(1, -0.2)).to.equal('e');
  });
});

describe('region map: the arrow keys move to the neighbouring city', () => {
  const model = layout(640, cities, en);
  const city = (id: string) => model.cities.find((c) => c.city.id === id)!;
  const move = (from: string, key: string) => neighbour(city(from), key, model.cities)?.city.id;

  it('from Hohhot: west to Baotou, east to Ulanqab, down to Ordos', () => {
    expect(move('hohhot', 'ArrowLeft')).to.equal('baotou');
    expect(move('hohhot', 'ArrowRight')).to.equal('ulanqab');
    expect(move('hohhot', 'ArrowDown')).to.equal('ordos');
    expect(move('hohhot', 'ArrowUp')).to.equal(undefined);
  });

  it('from the other cities, and nowhere for other keys', () => {
    expect(move('baotou', 'ArrowRight')).to.equal('hohhot');
    expect(move('baotou', 'ArrowDown')).to.equal('ordos');
    expect(move('ordos', 'ArrowUp')).to.equal('baotou');
    expect(move('ulanqab', 'ArrowLeft')).to.equal('hohhot');
    expect(move('ulanqab', 'ArrowRight')).to.equal(undefined);
    expect(move('hohhot', 'Enter')).to.equal(undefined);
  });
});

describe('region map: what the text alternative says about a city', () => {
  it('lists a partner’s cooperation with Hohhot by industry, with every place the paper says so', () => {
    const baotou = cooperation(cities, 'baotou');
    expect(baotou.map((x) => x.industry.en)).to.deep.equal(['New energy', 'Steel', 'Aluminium']);
    expect(baotou[0]!.at.map((p) => p.section)).to.deep.equal(['1.1', '3.1']);
    expect(cooperation(cities, 'hohhot')).to.deep.equal([]);
    for (const id of ['baotou', 'ordos', 'ulanqab'] as const) {
      const opps = cities.opportunities.filter((o) => o.city === id);
      expect(cooperation(cities, id).flatMap((x) => x.at)).to.have.length(opps.length);
    }
  });

  it('names an industry the data does not list by its id', () => {
    expect(industryName(cities, 'steel')).to.deep.equal({ zh: '钢铁', en: 'Steel' });
    expect(industryName(cities, 'unknown')).to.deep.equal({ zh: 'unknown', en: 'unknown' });
  });

  it('knows which cities take part in a mechanism', () => {
    for (const [id, members] of Object.entries(geography.participants)) {
      for (const c of members) expect(involved(id, c)).to.equal(true);
    }
    expect(involved('no-such-mechanism', 'hohhot')).to.equal(false);
  });

  it('words a partner city in each language', () => {
    const baotou = { city: cities.cities[1]!, compass: 'w' as const };
    expect(citySentence(cities, baotou, messages['zh-CN'], coreStrings['zh-CN'], zh)).to.equal(
      '包头：位于呼和浩特西面；主导产业为钢铁、铝业、装备制造；论文提出的与呼和浩特的合作机会为新能源、钢铁、铝业。',
    );
    expect(citySentence(cities, baotou, messages.en, coreStrings.en, en)).to.equal(
      'Baotou: west of Hohhot; leading industries: Steel, Aluminium, Equipment manufacturing; opportunities for cooperation with Hohhot the paper proposes: New energy, Steel, Aluminium.',
    );
  });

  it('words Hohhot with its strengths and the cooperation of every partner', () => {
    const hohhot = { city: cities.cities[0]!, compass: null };
    const zhText = citySentence(cities, hohhot, messages['zh-CN'], coreStrings['zh-CN'], zh);
    expect(zhText.startsWith('呼和浩特：内蒙古自治区首府')).to.equal(true);
    expect(zhText).to.contain('优势产业为食品加工、电子信息技术、新材料、现代装备制造');
    expect(zhText).to.contain('论文提出的与包头的合作机会为新能源、钢铁、铝业');
    expect(zhText).to.contain('论文提出的与鄂尔多斯的合作机会为');
    expect(zhText).to.contain('论文提出的与乌兰察布的合作机会为农畜产品加工、物流运输');
    expect(zhText.endsWith('。')).to.equal(true);
    const enText = citySentence(cities, hohhot, messages.en, coreStrings.en, en);
    expect(enText.split('; ')).to.have.length(5);
    expect(enText).to.contain('opportunities for cooperation with Ordos the paper proposes: Coal, Chemicals, Modern farming and animal husbandry, New materials');
  });
});
