import { expect } from '@open-wc/testing';
import { ecommerce, investment2024, trade2024 } from '../src/data/index.js';
import type { Lang } from '../src/core/controllers/lang.js';
import { TINTS, type ChartModel } from '../src/core/controllers/chart.js';
import { mixColour } from '../src/core/util/colour.js';
import { plotValue } from '../src/core/i18n/format.js';
import { coreStrings } from '../src/core/i18n/strings.js';
import { messages as breakdownMessages } from '../src/components/trade-breakdown/trade-breakdown.strings.js';
import { breakdownModel, breakdownNote, flowGroups, flowLegend } from '../src/components/trade-breakdown/model.js';
import { messages as partnersMessages } from '../src/components/trade-partners/trade-partners.strings.js';
import { beltAndRoadFigures, beltAndRoadModel, countriesModel, partnersModel, rankedPartners } from '../src/components/trade-partners/model.js';
import { messages as investmentMessages } from '../src/components/investment-projects/investment-projects.strings.js';
import {
  allProjects,
  bandsModel,
  cumulativePairs,
  horingerText,
  keyFigures,
  projectsLegend,
  projectsModel,
  sortedThresholds,
  thresholdsModel,
} from '../src/components/investment-projects/model.js';
import { ecommerceCardCaptions, messages as ecommerceMessages } from '../src/components/cross-border-ecommerce/cross-border-ecommerce.strings.js';
import { ecommerceCards } from '../src/components/cross-border-ecommerce/model.js';

const LANGS: Lang[] = ['zh-CN', 'en'];
const values = (model: ChartModel) => model.points.map((p) => p.value);
const cells = (model: ChartModel, column: number) => model.table.rows.map((r) => r[column]!.text);
/** A chart's values in 亿元, whatever the language plots (billions in English). */
const inYi = (model: ChartModel, lang: Lang) => values(model).map((v) => Number((v / plotValue(1, 'yi-yuan', lang)).toFixed(2)));

describe('trade-breakdown model: the main commodities of section 二(一)', () => {
  const zh = breakdownMessages['zh-CN'];
  const en = breakdownMessages.en;

  it('groups imports then exports as the paper lists them, or one flow', () => {
    expect(flowGroups(trade2024, 'both').map((g) => g.flow)).to.deep.equal(['imports', 'exports']);
    expect(flowGroups(trade2024, 'both').map((g) => g.items.map((f) => f.value))).to.deep.equal([
      [35.1, 24.7, 16.2],
      [30.7, 19, 16.6],
    ]);
    expect(flowGroups(trade2024, 'exports').map((g) => g.flow)).to.deep.equal(['exports']);
    expect(flowGroups(trade2024, 'imports')[0]!.items.map((f) => f.id)).to.deep.equal(['refined-oil', 'agricultural-products', 'food']);
  });

  it('plots the paper’s values: 亿元 in Chinese, billions in English, the same amounts', () => {
    const zhModel = breakdownModel(trade2024, 'both', 'bar', 'zh-CN', zh);
    const enModel = breakdownModel(trade2024, 'both', 'bar', 'en', en);
    expect(values(zhModel)).to.deep.equal([35.1, 24.7, 16.2, 30.7, 19, 16.6]);
    expect(inYi(enModel, 'en')).to.deep.equal(values(zhModel));
    expect(zhModel.points.map((p) => p.label)).to.deep.equal(['成品油', '农产品', '食品', '机电产品', '高新技术产品', '中药材及药品']);
    expect(zhModel.points.map((p) => p.text)).to.deep.equal(['35.1亿元', '24.7亿元', '16.2亿元', '30.7亿元', '19亿元', '16.6亿元']);
    expect(enModel.points[0]!.text).to.equal('CNY 3.51 billion');
    expect(zhModel.points.map((p) => p.series)).to.deep.equal([1, 1, 1, 2, 2, 2]);
    expect(zhModel.points.map((p) => p.note)).to.deep.equal(['进口', '进口', '进口', '出口', '出口', '出口']);
    expect(enModel.points.map((p) => p.note)).to.deep.equal(['Imports', 'Imports', 'Imports', 'Exports', 'Exports', 'Exports']);
  });

  it('builds the table with a flow column only when both flows are shown', () => {
    const both = breakdownModel(trade2024, 'both', 'bar', 'zh-CN', zh);
    expect(both.table.caption).to.equal('2024年呼和浩特主要进出口商品（论文所列）');
    expect(both.table.head).to.deep.equal(['商品', '类别', '金额（亿元）']);
    expect(cells(both, 2)).to.deep.equal(['35.1', '24.7', '16.2', '30.7', '19', '16.6']);
    const exportsEn = breakdownModel(trade2024, 'exports', 'bar', 'en', en);
    expect(exportsEn.table.caption).to.equal("Hohhot's main exports by commodity, 2024 (as named in the paper)");
    expect(exportsEn.table.head).to.deep.equal(['Commodity', 'Value (CNY billion)']);
    expect(cells(exportsEn, 0)).to.deep.equal(['Mechanical and electrical products', 'High-tech products', 'Chinese medicinal materials and medicines']);
    expect(cells(exportsEn, 1)).to.deep.equal(['3.07', '1.9', '1.66']);
    expect(exportsEn.points.every((p) => p.note === undefined)).to.equal(true);
    expect(exportsEn.filename).to.equal('hohhot-trade-exports-2024');
    expect(breakdownModel(trade2024, 'imports', 'bar', 'en', en).table.caption).to.equal("Hohhot's main imports by commodity, 2024 (as named in the paper)");
  });

  it('summarises each flow in the language’s grammar, joined with the core’s separators', () => {
    expect(breakdownModel(trade2024, 'both', 'bar', 'zh-CN', zh).summary).to.equal(
      '条形图：主要进口商品为成品油 35.1亿元、农产品 24.7亿元、食品 16.2亿元；主要出口商品为机电产品 30.7亿元、高新技术产品 19亿元、中药材及药品 16.6亿元。论文未给出进口或出口总额。',
    );
    expect(breakdownModel(trade2024, 'imports', 'doughnut', 'en', en).summary).to.equal(
      'Doughnut chart: main imports: refined oil products CNY 3.51 billion, agricultural products CNY 2.47 billion, food CNY 1.62 billion. The paper gives no import or export totals.',
    );
  });

  it('gives each flow one colour in both charts, the doughnut telling segments apart by tints of it', () => {
    for (const lang of LANGS) {
      const doughnut = breakdownModel(trade2024, 'both', 'doughnut', lang, breakdownMessages[lang]);
      expect(doughnut.kind).to.equal('doughnut');
      expect(doughnut.points.map((p) => [p.series, p.tint])).to.deep.equal([[1, undefined], [1, 1], [1, 2], [2, undefined], [2, 1], [2, 2]]);
      const bars = breakdownModel(trade2024, 'both', 'bar', lang, breakdownMessages[lang]);
      expect(bars.points.map((p) => [p.series, p.tint])).to.deep.equal([[1, undefined], [1, undefined], [1, undefined], [2, undefined], [2, undefined], [2, undefined]]);
    }
    // Tints go towards the background, and leave a colour they cannot read as it is.
    expect(mixColour('#0072b2', '#ffffff', 0)).to.equal('#0072b2');
    expect(mixColour('#0072b2', '#fff', 0.5)).to.equal('rgb(128, 185, 217)');
    expect(mixColour('rgb(0, 114, 178)', 'rgb(0, 0, 0)', TINTS[2])).to.equal('rgb(0, 46, 71)');
    expect(mixColour('Highlight', '#fff', 0.35)).to.equal('Highlight');
    expect(flowLegend(trade2024, 'both', en)).to.deep.equal([
      { label: 'Imports', series: 1 },
      { label: 'Exports', series: 2 },
    ]);
    expect(flowLegend(trade2024, 'exports', zh)).to.deep.equal([{ label: '出口', series: 2 }]);
  });

  it('says the items are not the whole of the trade, and for a doughnut not shares of it', () => {
    expect(breakdownNote(trade2024, 'bar', zh)).to.equal('论文只列出进口、出口各三类主要商品，未给出进口总额或出口总额：下列各项并非呼和浩特的全部贸易。');
    expect(breakdownNote(trade2024, 'doughnut', zh)).to.equal(`${zh.notWhole(3, 3)}${zh.doughnutNote}`);
    expect(breakdownNote(trade2024, 'doughnut', en)).to.equal(
      'The paper names three main commodities each for imports and exports and gives no import or export totals: these items are not the whole of Hohhot’s trade. The doughnut compares the named commodities with one another only; it does not show their share of all imports or exports.',
    );
    const uneven = { ...trade2024, exports: trade2024.exports.slice(0, 2) };
    expect(breakdownNote(uneven, 'bar', zh)).to.contain('进口三类、出口两类');
    expect(breakdownNote(uneven, 'bar', en)).to.contain('three main commodities for imports and two for exports');
  });
});

describe('trade-partners model: the partner countries and the Belt and Road share', () => {
  const zh = partnersMessages['zh-CN'];
  const en = partnersMessages.en;

  it('ranks the named countries by trade, largest first', () => {
    expect(rankedPartners(trade2024).map((f) => [f.id, f.value])).to.deep.equal([
      ['malaysia', 36.8],
      ['united-states', 30.9],
      ['mongolia', 23.1],
      ['russia', 17.5],
    ]);
    const shuffled = { ...trade2024, partners: [...trade2024.partners].reverse() };
    expect(rankedPartners(shuffled).map((f) => f.id)).to.deep.equal(['malaysia', 'united-states', 'mongolia', 'russia']);
  });

  it('draws the countries as bars with the same amounts in both languages', () => {
    const zhModel = countriesModel(trade2024, 'zh-CN', zh);
    const enModel = countriesModel(trade2024, 'en', en);
    expect(zhModel.kind).to.equal('bar');
    expect(values(zhModel)).to.deep.equal([36.8, 30.9, 23.1, 17.5]);
    expect(inYi(enModel, 'en')).to.deep.equal(values(zhModel));
    expect(cells(zhModel, 0)).to.deep.equal(['马来西亚', '美国', '蒙古', '俄罗斯']);
    expect(cells(enModel, 1)).to.deep.equal(['1', '2', '3', '4']);
    expect(cells(enModel, 2)).to.deep.equal(['3.68', '3.09', '2.31', '1.75']);
    expect(zhModel.table.head).to.deep.equal(['国家', '排名', '进出口贸易值（亿元）']);
    expect(enModel.summary).to.equal(
      "Bar chart, ranked by trade: Malaysia CNY 3.68 billion, United States CNY 3.09 billion, Mongolia CNY 2.31 billion, Russia CNY 1.75 billion. These are the main partners the paper names, not all of Hohhot's trade; total trade was CNY 22.67 billion.",
    );
    expect(zhModel.summary).to.contain('马来西亚 36.8亿元、美国 30.9亿元、蒙古 23.1亿元、俄罗斯 17.5亿元');
    expect(partnersModel(trade2024, 'countries', 'en', en)).to.deep.equal(enModel);
  });

  it('splits total trade into Belt and Road trade and the derived rest, which add up', () => {
    for (const lang of LANGS) {
      const model = beltAndRoadModel(trade2024, lang, partnersMessages[lang]);
      expect(model.kind).to.equal('doughnut');
      const [bri, other] = inYi(model, lang);
      expect(bri).to.equal(141.9);
      expect(other).to.equal(84.8);
      expect(Number((bri! + other!).toFixed(1))).to.equal(trade2024.total.value);
      expect(model.points[1]!.note).to.equal(coreStrings[lang].derived);
      expect(model.filename).to.equal('hohhot-trade-belt-and-road-2024');
    }
    const zhModel = beltAndRoadModel(trade2024, 'zh-CN', zh);
    expect(zhModel.table.rows.map((r) => r.map((c) => c.text))).to.deep.equal([
      ['共建“一带一路”国家', '141.9', '62.6', '34'],
      ['其他贸易伙伴（推算）', '84.8', '37.4', '未给出'],
      ['全市合计', '226.7', '100', '17.3'],
    ]);
    const enModel = beltAndRoadModel(trade2024, 'en', en);
    expect(enModel.table.rows.map((r) => r[0]!.text)).to.deep.equal(['Belt and Road partner countries', 'Other partners (derived)', 'Total trade']);
    expect(enModel.table.rows.map((r) => r[1]!.text)).to.deep.equal(['14.19', '8.48', '22.67']);
    expect(zhModel.points.map((p) => p.text)).to.deep.equal(['141.9亿元，占62.6%', '84.8亿元，占37.4%']);
    expect(zhModel.summary).to.equal(
      '圆环图：全市进出口贸易值226.7亿元中，与共建“一带一路”国家141.9亿元，占62.6%，同比增长34%；其他贸易伙伴（推算）84.8亿元，占37.4%。',
    );
    expect(partnersModel(trade2024, 'belt-and-road', 'zh-CN', zh)).to.deep.equal(zhModel);
  });

  it('draws no negative remainder when the Belt and Road value exceeds the total', () => {
    const odd = { ...trade2024, total: { ...trade2024.total, value: 100 } };
    expect(beltAndRoadModel(odd, 'zh-CN', zh).points[1]!.value).to.equal(0);
  });

  it('lists the Belt and Road key figures', () => {
    expect(beltAndRoadFigures(trade2024, 'zh-CN', zh)).to.deep.equal([
      { label: '与共建“一带一路”国家贸易值', value: '141.9亿元' },
      { label: '占全市进出口贸易值', value: '62.6%' },
      { label: '同比增长', value: '34%' },
    ]);
    expect(beltAndRoadFigures(trade2024, 'en', en).map((f) => f.value)).to.deep.equal(['CNY 14.19 billion', '62.6%', '34%']);
  });
});

describe('investment-projects model: projects by size (section 二(二))', () => {
  const zh = investmentMessages['zh-CN'];
  const en = investmentMessages.en;
  const sorted = sortedThresholds(investment2024);

  it('sorts the thresholds, smallest first, whatever order the data gives', () => {
    expect(sorted.map((t) => [t.atLeastYiYuan, t.count.value])).to.deep.equal([
      [1, 430],
      [10, 110],
      [100, 15],
    ]);
    const reversed = { ...investment2024, thresholds: [...investment2024.thresholds].reverse() };
    expect(sortedThresholds(reversed).map((t) => t.atLeastYiYuan)).to.deep.equal([1, 10, 100]);
  });

  it('shows the paper’s cumulative counts, the same in both languages', () => {
    const zhModel = thresholdsModel(investment2024, 'zh-CN', zh);
    const enModel = thresholdsModel(investment2024, 'en', en);
    expect(values(zhModel)).to.deep.equal([430, 110, 15]);
    expect(values(enModel)).to.deep.equal([430, 110, 15]);
    expect(zhModel.points.map((p) => p.label)).to.deep.equal(['亿元以上', '10亿元以上', '100亿元以上']);
    expect(enModel.points.map((p) => p.label)).to.deep.equal(['At least CNY 100 million', 'At least CNY 1 billion', 'At least CNY 10 billion']);
    expect(zhModel.summary).to.equal('条形图，按规模门槛的累计项目数：亿元以上：430个、10亿元以上：110个、100亿元以上：15个。大项目也计入较小门槛，各数不能相加。');
    expect(cells(enModel, 1)).to.deep.equal(['430', '110', '15']);
    expect(zhModel.table.head).to.deep.equal(['项目规模', '项目数（个）']);
    expect(zhModel.filename).to.equal('hohhot-investment-projects-thresholds-2024');
    expect(projectsModel(investment2024, 'thresholds', 'en', en)).to.deep.equal(enModel);
  });

  it('derives disjoint bands that add up to all projects, and marks them derived', () => {
    for (const lang of LANGS) {
      const model = bandsModel(investment2024, lang, investmentMessages[lang]);
      expect(values(model)).to.deep.equal([320, 95, 15]);
      expect(values(model).reduce((a, b) => a + b, 0)).to.equal(430);
      expect(model.points.map((p) => p.series)).to.deep.equal([2, 2, 1]);
    }
    const zhModel = bandsModel(investment2024, 'zh-CN', zh);
    expect(zhModel.points.map((p) => p.label)).to.deep.equal(['1–10亿元', '10–100亿元', '100亿元以上']);
    // One name per band: the axis's, in the table (with the derived mark) and in the summary, with no 、 inside a name.
    expect(cells(zhModel, 0)).to.deep.equal(['1–10亿元（推算）', '10–100亿元（推算）', '100亿元以上']);
    expect(zhModel.summary).to.contain('1–10亿元（推算）：320个、10–100亿元（推算）：95个、100亿元以上：15个');
    expect(zhModel.points.map((p) => p.note)).to.deep.equal(['推算', '推算', undefined]);
    const enModel = bandsModel(investment2024, 'en', en);
    expect(enModel.points.map((p) => p.label)).to.deep.equal(['CNY 100 million to under 1 billion', 'CNY 1 billion to under 10 billion', 'At least CNY 10 billion']);
    expect(cells(enModel, 0)).to.deep.equal([
      'CNY 100 million to under 1 billion (derived)',
      'CNY 1 billion to under 10 billion (derived)',
      'At least CNY 10 billion',
    ]);
    expect(enModel.summary).to.equal(
      'Bar chart of project counts by size band: CNY 100 million to under 1 billion (derived): 320 projects, CNY 1 billion to under 10 billion (derived): 95 projects, at least CNY 10 billion: 15 projects. Together the bands make up the 430 projects of at least CNY 100 million.',
    );
    expect(projectsModel(investment2024, 'bands', 'zh-CN', zh, sorted)).to.deep.equal(zhModel);
  });

  it('gives the bands a legend of stated and derived counts, the thresholds none', () => {
    const bands = bandsModel(investment2024, 'en', en);
    expect(projectsLegend(bands, 'bands', 'en', en)).to.deep.equal([
      { label: 'stated in the paper', series: 1 },
      { label: 'derived', series: 2 },
    ]);
    expect(projectsLegend(thresholdsModel(investment2024, 'zh-CN', zh), 'thresholds', 'zh-CN', zh)).to.deep.equal([]);
  });

  it('words the cumulative pairs, the key figures and the Horinger New Area signing', () => {
    expect(allProjects(sorted, 'zh-CN', zh)).to.equal('亿元以上项目430个');
    expect(allProjects(sorted, 'en', en)).to.equal('430 projects of at least CNY 100 million');
    expect(cumulativePairs(sorted, 'zh-CN', zh)).to.deep.equal(['10亿元以上项目110个已计入亿元以上项目430个之中', '100亿元以上项目15个已计入10亿元以上项目110个之中']);
    expect(cumulativePairs(sorted, 'en', en)[0]).to.equal('the 110 projects of at least CNY 1 billion are among the 430 projects of at least CNY 100 million');
    expect(keyFigures(investment2024, 'zh-CN', zh)).to.deep.equal([
      { label: '2024年新引进亿元以上项目', value: '430个' },
      { label: '协议投资额', value: '8546亿元' },
      { label: '已开工项目资金到位率', value: '46.6%' },
    ]);
    expect(keyFigures(investment2024, 'en', en).map((f) => f.value)).to.deep.equal(['430 projects', 'CNY 854.6 billion', '46.6%']);
    expect(horingerText(investment2024, 'zh-CN', zh)).to.equal('2025年初，和林格尔新区成功签约亿元以上项目10个，协议投资金额85.55亿元。');
    expect(horingerText(investment2024, 'en', en)).to.equal(
      'In early 2025 Horinger New Area signed 10 projects of at least CNY 100 million each, with agreed investment of CNY 8.555 billion.',
    );
  });
});

describe('cross-border-ecommerce model: the pilot zone’s figure cards (section 二(三))', () => {
  it('shows the paper’s three figures, captioned from the widget’s own messages', () => {
    for (const lang of LANGS) {
      const cards = ecommerceCards(ecommerce, ecommerceMessages[lang].cards);
      expect(cards.map((c) => [c.figure.id, c.figure.value, c.figure.bound])).to.deep.equal([
        ['ecommerce-trade', 12, 'more-than'],
        ['enterprises-in-zone', 184, 'exact'],
        ['platform-enterprises', 69, 'exact'],
      ]);
      expect(cards.map((c) => c.caption)).to.deep.equal(Object.values(ecommerceCardCaptions[lang]));
    }
    expect(ecommerceCards(ecommerce, ecommerceMessages['zh-CN'].cards)[0]!.caption).to.equal('综试区跨境电商进出口贸易额');
    expect(ecommerceCards(ecommerce, ecommerceMessages.en.cards)[2]!.caption).to.equal("Enterprises on the zone's online public service platform");
  });
});
