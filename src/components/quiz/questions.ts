/**
 * The quiz's questions, built from the paper's datasets by pure functions:
 * every number and name in a question comes from the data through the
 * library's formatters, so a dataset given through `data` or `src` changes
 * the questions with it. Wrong options ("distractors") for a number are other
 * figures of the paper in the same unit, or plainly derived variations that
 * the question's note says are not the paper's figures.
 */
import { formatBare, formatFigure, formatValue } from '../../core/i18n/format.js';
import { type Lang, joinList, lowerFirst, pick } from '../../core/controllers/lang.js';
import { regionTradeGrowth } from '../../data/derive.js';
import type { Bound, Figure, Item, Provenance, Text, Unit } from '../../data/schema.js';
import type { QuizDataset } from './dataset.js';
import { type Random, mulberry32, shuffle } from './random.js';

/** What a quiz can be about: one part of the paper, or `all` of them. */
export const QUIZ_TOPICS = ['trade', 'investment', 'ecommerce', 'cooperation', 'strategies', 'all'] as const;
export type QuizTopic = (typeof QUIZ_TOPICS)[number];
/** The topic of one question. */
export type QuestionTopic = Exclude<QuizTopic, 'all'>;

export interface QuizOption {
  /** Stable within its question. */
  id: string;
  text: Text;
}

/** One multiple-choice question, in both languages. */
export interface QuizQuestion {
  /** Stable across languages and seeds, e.g. `trade-total`. */
  id: string;
  topic: QuestionTopic;
  prompt: Text;
  options: QuizOption[];
  /** The id of the correct option. */
  answer: string;
  /** A short explanation of the answer, from the paper. */
  explanation: Text;
  /** True when the correct answer is computed from the paper's figures, not stated by it. */
  derived?: boolean;
  /** Says which options are derived from the paper's figures rather than stated by it. */
  note?: Text;
  /** Where the answer stands in the paper (section, references, who compiled it). */
  provenance: Provenance[];
}

/** A text built the same way for each language. */
function both(fn: (lang: Lang) => string): Text {
  return { zh: fn('zh-CN'), en: fn('en') };
}

const F = (f: Figure, lang: Lang) => formatFigure(f, lang);

/** Quotes a text in its language; inside Chinese quotes, inner “” become ‘’. */
function quote(s: string, lang: Lang): string {
  return lang === 'zh-CN' ? `“${s.replace(/“/g, '‘').replace(/”/g, '’')}”` : `“${s}”`;
}

function provenanceOf(p: Provenance): Provenance {
  return { section: p.section, refs: [...p.refs], ...(p.origin ? { origin: p.origin } : {}) };
}

function decimals(n: number): number {
  const s = String(n);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}
const round = (value: number, ...like: number[]) => Number(value.toFixed(Math.max(0, ...like.map(decimals))));

/** Every figure the paper states in the datasets (no derived ones): the pool of number distractors. */
export function statedFigures(d: QuizDataset): Figure[] {
  const t = d.trade;
  const i = d.investment;
  const e = d.ecommerce;
  return [
    t.total, t.growth, t.growthAboveRegion, t.shareOfRegion, ...t.imports, ...t.exports,
    t.beltAndRoad.value, t.beltAndRoad.growth, t.beltAndRoad.share, ...t.partners,
    ...i.thresholds.map((th) => th.count), i.agreedInvestment, i.fundsInPlaceRate, i.horinger2025.projects, i.horinger2025.investment,
    e.trade, e.enterprisesInZone, e.platformEnterprises,
  ].filter((f) => !f.derived);
}

const valueOption = (value: number, unit: Unit, bound: Bound = 'exact'): QuizOption => ({
  id: `v${value}`,
  text: both((lang) => formatValue(value, unit, lang, bound)),
});

const distance = (a: number, b: number) => Math.abs(Math.log(Math.abs(a) + 1e-9) - Math.log(Math.abs(b) + 1e-9));

/**
 * A question whose answer is a stated figure. Distractors: the three stated
 * figures of the same unit closest in size; when the paper has too few, the
 * sums and differences of the figure with the others, said so in the note.
 * No question when fewer than two distractors can be found.
 */
function figureQuestion(
  id: string, topic: QuestionTopic, fig: Figure, pool: Figure[], prompt: Text, explanation: Text,
): QuizQuestion | null {
  const seen = new Set([fig.value]);
  const others: number[] = [];
  for (const f of pool.filter((p) => p.unit === fig.unit).sort((a, b) => distance(a.value, fig.value) - distance(b.value, fig.value))) {
    if (seen.has(f.value)) continue;
    seen.add(f.value);
    others.push(f.value);
  }
  const chosen = others.slice(0, 3);
  const derivedValues: number[] = [];
  for (const b of others) {
    for (const v of [round(fig.value + b, fig.value, b), round(Math.abs(fig.value - b), fig.value, b)]) {
      if (chosen.length + derivedValues.length >= 3) break;
      if (v > 0 && !seen.has(v)) {
        seen.add(v);
        derivedValues.push(v);
      }
    }
  }
  if (chosen.length + derivedValues.length < 2) return null;
  // A bound ("超过12亿元") leaves larger bounds possibly true, so "more than" options
  // would not be clearly wrong: the prompt asks for the bound the paper gives and
  // the options are the bare amounts.
  const options = [fig.value, ...chosen, ...derivedValues].map((v) => valueOption(v, fig.unit, 'exact'));
  const note = derivedValues.length
    ? both((lang) => {
        const shown = joinList(derivedValues.map((v) => formatValue(v, fig.unit, lang)), lang);
        return lang === 'zh-CN'
          ? `选项${shown}由论文数字相加或相减得出，并非论文给出的数值。`
          : `The option${derivedValues.length > 1 ? 's' : ''} ${shown} ${derivedValues.length > 1 ? 'are sums or differences' : 'is a sum or difference'} of the paper's figures, not ${derivedValues.length > 1 ? 'figures' : 'a figure'} it states.`;
      })
    : undefined;
  return { id, topic, prompt, options, answer: options[0]!.id, explanation, ...(note ? { note } : {}), provenance: [provenanceOf(fig)] };
}

/** A question whose answer is one of several named things. */
function choiceQuestion(
  id: string, topic: QuestionTopic, correct: QuizOption, wrong: QuizOption[], prompt: Text, explanation: Text, provenance: Provenance[],
): QuizQuestion | null {
  const texts = new Set([correct.text.zh]);
  const distractors = wrong.filter((o) => !texts.has(o.text.zh) && texts.add(o.text.zh)).slice(0, 3);
  if (distractors.length < 2) return null;
  return { id, topic, prompt, options: [correct, ...distractors], answer: correct.id, explanation, provenance };
}

const labelOption = (prefix: string, it: { id: string; label: Text }): QuizOption => ({ id: `${prefix}${it.id}`, text: it.label });

function mergeProvenance(items: Provenance[]): Provenance[] {
  const out: Provenance[] = [];
  for (const p of items) {
    const same = out.find((o) => o.section === p.section && pick(o.origin ?? { zh: '-', en: '-' }, 'en') === pick(p.origin ?? { zh: '-', en: '-' }, 'en'));
    if (same) same.refs = [...new Set([...same.refs, ...p.refs])].sort((a, b) => a - b);
    else out.push(provenanceOf(p));
  }
  return out;
}

/** Section 二(一): foreign trade. */
export function tradeQuestions(d: QuizDataset): QuizQuestion[] {
  const t = d.trade;
  const pool = statedFigures(d);
  const origin = (lang: Lang) => pick(t.origin, lang);
  const y = t.year;
  const bri = t.beltAndRoad;
  const briExplanation = both((lang) =>
    lang === 'zh-CN'
      ? `${y}年呼和浩特市与共建“一带一路”国家的进出口贸易值为${F(bri.value, lang)}，同比增长${F(bri.growth, lang)}，占全市进出口贸易值的${F(bri.share, lang)}。`
      : `In ${y} Hohhot's trade with Belt and Road partner countries reached ${F(bri.value, lang)}, up ${F(bri.growth, lang)} year on year: ${F(bri.share, lang)} of the city's imports and exports.`,
  );
  const ranked = (figs: Figure[]) => [...figs].sort((a, b) => b.value - a.value);
  const valueList = (figs: Figure[], lang: Lang) =>
    figs.map((f) => `${pick(f.label, lang)}${lang === 'zh-CN' ? '' : ' '}${F(f, lang)}`).join(lang === 'zh-CN' ? '，' : '; ');
  const topImport = ranked(t.imports)[0]!;
  const topExport = ranked(t.exports)[0]!;
  const region = regionTradeGrowth(t);
  const g = t.growth.value;
  const gap = t.growthAboveRegion.value;

  const questions: (QuizQuestion | null)[] = [
    figureQuestion('trade-total', 'trade', t.total, pool,
      both((lang) => lang === 'zh-CN'
        ? `据${origin(lang)}统计，${y}年呼和浩特市进出口贸易值是多少？`
        : `According to ${origin(lang)}, what was the value of Hohhot's imports and exports in ${y}?`),
      both((lang) => lang === 'zh-CN'
        ? `${y}年呼和浩特市进出口贸易值为${F(t.total, lang)}，同比增长${F(t.growth, lang)}。`
        : `Hohhot's imports and exports reached ${F(t.total, lang)} in ${y}, up ${F(t.growth, lang)} year on year.`)),
    figureQuestion('trade-growth', 'trade', t.growth, pool,
      both((lang) => lang === 'zh-CN'
        ? `${y}年呼和浩特市进出口贸易值同比增长了多少？`
        : `By how much did Hohhot's imports and exports grow year on year in ${y}?`),
      both((lang) => lang === 'zh-CN'
        ? `${y}年呼和浩特市进出口贸易值同比增长${F(t.growth, lang)}，增速高于内蒙古自治区${F(t.growthAboveRegion, lang)}。`
        : `They grew ${F(t.growth, lang)}, ${F(t.growthAboveRegion, lang)} faster than the imports and exports of Inner Mongolia as a whole.`)),
    figureQuestion('trade-share-of-region', 'trade', t.shareOfRegion, pool,
      both((lang) => lang === 'zh-CN'
        ? `${y}年呼和浩特市进出口贸易值占内蒙古自治区进出口贸易值的比重是多少？`
        : `What share of Inner Mongolia's imports and exports did Hohhot account for in ${y}?`),
      both((lang) => lang === 'zh-CN'
        ? `呼和浩特市进出口贸易值${F(t.total, lang)}，占全区进出口贸易值的${F(t.shareOfRegion, lang)}。`
        : `Hohhot's ${F(t.total, lang)} was ${F(t.shareOfRegion, lang)} of the region's imports and exports.`)),
    regionGrowthQuestion(),
    choiceQuestion('trade-top-import', 'trade', labelOption('import:', topImport),
      [...ranked(t.imports).slice(1).map((f) => labelOption('import:', f)), labelOption('export:', topExport)],
      both((lang) => lang === 'zh-CN'
        ? `论文列出的${y}年呼和浩特市主要进口商品中，哪一类进口值最高？`
        : `Of the main imports the paper names for Hohhot in ${y}, which had the highest value?`),
      both((lang) => lang === 'zh-CN'
        ? `主要进口商品的进口值：${valueList(t.imports, lang)}。${quote(pick(topExport.label, lang), lang)}是主要出口商品。`
        : `Import values: ${valueList(t.imports, lang)}. ${quote(pick(topExport.label, lang), lang)} are among the main exports.`),
      mergeProvenance([...t.imports, topExport])),
    choiceQuestion('trade-top-export', 'trade', labelOption('export:', topExport),
      [...ranked(t.exports).slice(1).map((f) => labelOption('export:', f)), labelOption('import:', topImport)],
      both((lang) => lang === 'zh-CN'
        ? `论文列出的${y}年呼和浩特市主要出口商品中，哪一类出口值最高？`
        : `Of the main exports the paper names for Hohhot in ${y}, which had the highest value?`),
      both((lang) => lang === 'zh-CN'
        ? `主要出口商品的出口值：${valueList(t.exports, lang)}。${quote(pick(topImport.label, lang), lang)}是主要进口商品。`
        : `Export values: ${valueList(t.exports, lang)}. ${quote(pick(topImport.label, lang), lang)} are one of the main imports.`),
      mergeProvenance([...t.exports, topImport])),
    choiceQuestion('trade-top-partner', 'trade', labelOption('partner:', ranked(t.partners)[0]!),
      ranked(t.partners).slice(1).map((f) => labelOption('partner:', f)),
      both((lang) => lang === 'zh-CN'
        ? `论文列出的主要贸易国家中，${y}年与呼和浩特市进出口贸易值最高的是哪一个？`
        : `Of the main trading partners the paper names, which traded most with Hohhot in ${y}?`),
      both((lang) => lang === 'zh-CN'
        ? `进出口贸易值：${valueList(t.partners, lang)}。`
        : `Trade values: ${valueList(t.partners, lang)}.`),
      mergeProvenance(t.partners)),
    figureQuestion('trade-belt-and-road-share', 'trade', bri.share, pool,
      both((lang) => lang === 'zh-CN'
        ? `${y}年呼和浩特市与共建“一带一路”国家的进出口贸易值占全市进出口贸易值的比重是多少？`
        : `What share of Hohhot's imports and exports in ${y} was with Belt and Road partner countries?`),
      briExplanation),
    figureQuestion('trade-belt-and-road-value', 'trade', bri.value, pool,
      both((lang) => lang === 'zh-CN'
        ? `${y}年呼和浩特市与共建“一带一路”国家的进出口贸易值是多少？`
        : `What was the value of Hohhot's trade with Belt and Road partner countries in ${y}?`),
      briExplanation),
    figureQuestion('trade-belt-and-road-growth', 'trade', bri.growth, pool,
      both((lang) => lang === 'zh-CN'
        ? `${y}年呼和浩特市与共建“一带一路”国家的进出口贸易值同比增长多少？`
        : `By how much did Hohhot's trade with Belt and Road partner countries grow in ${y}?`),
      briExplanation),
  ];
  return questions.filter((q): q is QuizQuestion => q !== null);

  /**
   * Percentage points, not percent: the region's growth is the derived
   * difference; the wrong options are the usual misreadings of a gap in
   * points (adding it, taking the gap itself, or reading it as a relative cut).
   */
  function regionGrowthQuestion(): QuizQuestion | null {
    const values = [region.value, round(g + gap, g, gap), gap, round(g * (1 - gap / 100), g, gap)];
    const unique = values.filter((v, i) => v > 0 && values.indexOf(v) === i);
    if (unique[0] !== region.value || unique.length < 3) return null;
    const options = unique.map((v) => valueOption(v, 'percent', 'exact'));
    return {
      id: 'trade-region-growth',
      topic: 'trade',
      prompt: both((lang) => lang === 'zh-CN'
        ? `${y}年呼和浩特市进出口贸易值同比增长${F(t.growth, lang)}，增速高于内蒙古自治区${F(t.growthAboveRegion, lang)}。内蒙古自治区进出口贸易值同比增长多少？`
        : `In ${y} Hohhot's imports and exports grew ${F(t.growth, lang)}, ${F(t.growthAboveRegion, lang)} faster than Inner Mongolia's. How fast did Inner Mongolia's grow?`),
      options,
      answer: options[0]!.id,
      explanation: both((lang) => lang === 'zh-CN'
        ? `百分点表示两个百分比之差，应直接相减：${F(t.growth, lang)} − ${F(t.growthAboveRegion, lang)} = ${F(region, lang)}。论文未直接给出这一增速。`
        : `Percentage points are the difference between two rates, so subtract: ${F(t.growth, lang)} − ${F(t.growthAboveRegion, lang)} = ${F(region, lang)}. The paper does not state this rate itself.`),
      derived: true,
      note: both((lang) => lang === 'zh-CN'
        ? '各选项都由论文数字计算得出（相减、相加、把百分点当作百分比），都不是论文给出的数值。'
        : "Every option is calculated from the paper's figures (subtracting, adding, or reading the points as a percentage); none is a figure the paper states."),
      provenance: [provenanceOf(t.growth)],
    };
  }
}

/** Section 二(二): attracting investment. */
export function investmentQuestions(d: QuizDataset): QuizQuestion[] {
  const inv = d.investment;
  const pool = statedFigures(d);
  const y = inv.year;
  const h = inv.horinger2025;
  const classes = (lang: Lang) =>
    joinList(inv.thresholds.map((th) => lang === 'zh-CN'
      ? `${pick(th.count.label, lang)}${F(th.count, lang)}`
      : `${formatBare(th.count.value, th.count.unit, lang)} ${lowerFirst(pick(th.count.label, lang))}`), lang);
  const thresholdExplanation = both((lang) => lang === 'zh-CN'
    ? `${y}年呼和浩特市新引进${classes(lang)}；每一档都包含规模更大的项目。`
    : `In ${y} Hohhot attracted ${classes(lang)}; each class includes the larger projects.`);
  const industryNames = new Set(inv.fields.map((f) => f.label.zh));
  const otherIndustries = d.cities.cities
    .filter((c) => c.id !== 'hohhot')
    .map((c) => c.leads.map((id) => d.cities.industries.find((i) => i.id === id)).find((i): i is Item => !!i && !industryNames.has(i.label.zh)))
    .filter((i): i is Item => !!i);
  const field = inv.fields[0];

  const questions: (QuizQuestion | null)[] = [
    ...inv.thresholds.map((th) =>
      figureQuestion(`investment-projects-${th.atLeastYiYuan}`, 'investment', th.count, pool,
        both((lang) => lang === 'zh-CN'
          ? `${y}年呼和浩特市新引进${pick(th.count.label, lang)}多少个？`
          : `How many new ${lowerFirst(pick(th.count.label, lang))} did Hohhot attract in ${y}?`),
        thresholdExplanation)),
    figureQuestion('investment-agreed', 'investment', inv.agreedInvestment, pool,
      both((lang) => lang === 'zh-CN'
        ? `${y}年呼和浩特市新引进项目的协议投资额是多少？`
        : `What was the agreed investment of the projects Hohhot attracted in ${y}?`),
      both((lang) => lang === 'zh-CN'
        ? `${y}年呼和浩特市新引进项目协议投资额达到${F(inv.agreedInvestment, lang)}。`
        : `The projects Hohhot attracted in ${y} had an agreed investment of ${F(inv.agreedInvestment, lang)}.`)),
    figureQuestion('investment-funds-in-place', 'investment', inv.fundsInPlaceRate, pool,
      both((lang) => lang === 'zh-CN'
        ? `${y}年呼和浩特市已开工招商引资项目的资金到位率是多少？`
        : `What was the funds-in-place rate of the ${y} investment projects already under construction in Hohhot?`),
      both((lang) => lang === 'zh-CN'
        ? `已开工项目资金到位率${F(inv.fundsInPlaceRate, lang)}。`
        : `The funds-in-place rate of projects under construction was ${F(inv.fundsInPlaceRate, lang)}.`)),
    figureQuestion('investment-horinger', 'investment', h.investment, pool,
      both((lang) => lang === 'zh-CN'
        ? `${pick(h.projects.label, lang)}：${F(h.projects, lang)}。这些项目的协议投资金额是多少？`
        : `${pick(h.projects.label, lang)}: ${F(h.projects, lang)}. What was their agreed investment?`),
      both((lang) => lang === 'zh-CN'
        ? `和林格尔新区签约${joinList(h.examples.map((e) => pick(e.label, lang)), lang)}等${F(h.projects, lang)}项目，协议投资金额达${F(h.investment, lang)}。`
        : `Horinger New Area's ${F(h.projects, lang)}, among them the ${joinList(h.examples.map((e) => pick(e.label, lang)), lang)}, came to ${F(h.investment, lang)} in agreed investment.`)),
    field
      ? choiceQuestion('investment-field', 'investment', labelOption('field:', field), otherIndustries.map((i) => labelOption('industry:', i)),
          both((lang) => lang === 'zh-CN'
            ? `论文列举的${y}年招商引资项目所涵盖的领域中，有下列哪一项？`
            : `Which of these does the paper name among the fields covered by the projects Hohhot attracted in ${y}?`),
          both((lang) => lang === 'zh-CN'
            ? `论文列举的领域有${joinList(inv.fields.map((f) => pick(f.label, lang)), lang)}等；其他选项是论文所说的周边城市的主导产业。`
            : `The paper names ${joinList(inv.fields.map((f) => lowerFirst(pick(f.label, lang))), lang)}, among others; the other options are leading industries the paper gives for neighbouring cities.`),
          mergeProvenance([field, ...otherIndustries]))
      : null,
  ];
  return questions.filter((q): q is QuizQuestion => q !== null);
}

/** Section 二(三): cross-border e-commerce. */
export function ecommerceQuestions(d: QuizDataset): QuizQuestion[] {
  const e = d.ecommerce;
  const pool = statedFigures(d);
  const explanation = both((lang) => lang === 'zh-CN'
    ? `已有${F(e.enterprisesInZone, lang)}跨境电商企业入驻综试区，线上公共服务平台吸引了${F(e.platformEnterprises, lang)}企业。`
    : `${F(e.enterprisesInZone, lang)} had settled in the pilot zone, and its online public service platform had attracted ${F(e.platformEnterprises, lang)}.`);
  const questions = [
    figureQuestion('ecommerce-enterprises', 'ecommerce', e.enterprisesInZone, pool,
      both((lang) => lang === 'zh-CN'
        ? '据论文，已有多少家跨境电商企业入驻呼和浩特跨境电子商务综合试验区？'
        : "According to the paper, how many cross-border e-commerce enterprises had settled in Hohhot's comprehensive pilot zone?"),
      explanation),
    figureQuestion('ecommerce-platform', 'ecommerce', e.platformEnterprises, pool,
      both((lang) => lang === 'zh-CN'
        ? '呼和浩特跨境电子商务综合试验区的线上公共服务平台吸引了多少家企业？'
        : "How many enterprises had the online public service platform of Hohhot's cross-border e-commerce pilot zone attracted?"),
      explanation),
    figureQuestion('ecommerce-trade', 'ecommerce', e.trade, pool,
      both((lang) => lang === 'zh-CN'
        ? '论文说综试区跨境电商进出口贸易额超过了多少？'
        : "The paper gives only a lower bound for the pilot zone's cross-border e-commerce imports and exports: more than how much?"),
      both((lang) => lang === 'zh-CN'
        ? `综试区跨境电商进出口贸易额${F(e.trade, lang)}。`
        : `Cross-border e-commerce imports and exports came to ${F(e.trade, lang)}.`)),
  ];
  return questions.filter((q): q is QuizQuestion => q !== null);
}

/** Sections 一(一)–一(三): the cities, cooperation mechanisms and results, challenges. */
export function cooperationQuestions(d: QuizDataset): QuizQuestion[] {
  const { cities, industries } = d.cities;
  const industryLabel = (id: string, lang: Lang) => {
    const it = industries.find((i) => i.id === id);
    return it ? pick(it.label, lang) : id;
  };
  const cityQuestions = cities.map((city, i) =>
    choiceQuestion(`cooperation-city-${city.id}`, 'cooperation', labelOption('city:', { id: city.id, label: city.name }),
      [...cities.slice(i + 1), ...cities.slice(0, i)].map((c) => labelOption('city:', { id: c.id, label: c.name })),
      both((lang) => lang === 'zh-CN'
        ? `论文把${joinList(city.leads.map((id) => industryLabel(id, lang)), lang)}等列为哪座城市的主导或优势产业？`
        : `For which city does the paper name ${joinList(city.leads.map((id) => lowerFirst(industryLabel(id, lang))), lang)} as its leading or strongest industries?`),
      city.statement,
      [provenanceOf(city)]));

  const { mechanisms, results } = d.mechanisms;
  const mechanism = mechanisms[0];
  const mechanismQuestion = mechanism
    ? choiceQuestion('cooperation-mechanism', 'cooperation', labelOption('mechanism:', mechanism), results.map((r) => labelOption('result:', r)),
        both((lang) => lang === 'zh-CN'
          ? '下列哪一项是论文所说的区域合作机制，而不是合作取得的成效？'
          : 'Which of these is a cooperation mechanism the paper names, rather than a result of cooperation?'),
        both((lang) => lang === 'zh-CN'
          ? `论文提到的合作机制有${joinList(mechanisms.map((m) => pick(m.label, lang)), lang)}等；${joinList(results.map((r) => pick(r.label, lang)), lang)}是合作取得的成效。`
          : `The paper names the ${joinList(mechanisms.map((m) => pick(m.label, lang)), lang)}; ${joinList(results.map((r) => lowerFirst(pick(r.label, lang))), lang)} are results of cooperation.`),
        mergeProvenance([mechanism, ...results]))
    : null;

  const firstExamples = results.map((r) => ({ result: r, example: r.examples[0] })).filter((x): x is { result: (typeof results)[number]; example: Item } => !!x.example);
  const exampleQuestions = firstExamples.map(({ result, example }, i) =>
    choiceQuestion(`cooperation-example-${result.id}`, 'cooperation', labelOption('example:', example),
      [...firstExamples.slice(i + 1), ...firstExamples.slice(0, i)].map((x) => labelOption('example:', x.example)),
      both((lang) => lang === 'zh-CN'
        ? `论文以下列哪一项作为${quote(pick(result.label, lang), lang)}的例子？`
        : `Which example does the paper give of ${lowerFirst(pick(result.label, lang))}?`),
      both((lang) => `${pick(example.label, lang)}${lang === 'zh-CN' ? '：' : ': '}${example.description ? pick(example.description, lang) : ''}`),
      [provenanceOf(example)]));

  const challenge = d.challenges.challenges[0]!;
  const challengeQuestion = choiceQuestion('cooperation-challenge', 'cooperation', labelOption('challenge:', challenge), results.map((r) => labelOption('result:', r)),
    both((lang) => lang === 'zh-CN'
      ? '下列哪一项是论文指出的区域互补合作存在的问题？'
      : 'Which of these is a problem of regional cooperation that the paper identifies?'),
    both((lang) => lang === 'zh-CN'
      ? `论文指出的问题与挑战：${joinList(d.challenges.challenges.map((c) => pick(c.label, lang)), lang)}。其他选项是合作取得的成效。`
      : `The paper identifies these problems: ${joinList(d.challenges.challenges.map((c) => lowerFirst(pick(c.label, lang))), lang)}. The other options are results of cooperation.`),
    mergeProvenance([challenge]));

  return [...cityQuestions, mechanismQuestion, ...exampleQuestions, challengeQuestion].filter((q): q is QuizQuestion => q !== null);
}

/** Section 三: which strategy each measure belongs to. */
export function strategyQuestions(d: QuizDataset): QuizQuestion[] {
  const all = d.strategies.strategies;
  return all.flatMap((strategy, i) =>
    strategy.measures
      // A measure whose heading the library supplied (it has a note) is not the paper's wording: no question on it.
      .filter((m) => !m.note)
      .map((m) =>
        choiceQuestion(`strategy-${m.id}`, 'strategies', labelOption('strategy:', strategy),
          [...all.slice(i + 1), ...all.slice(0, i)].map((s) => labelOption('strategy:', s)),
          both((lang) => lang === 'zh-CN'
            ? `论文在哪一项策略下提出${quote(pick(m.label, lang), lang)}？`
            : `Under which strategy does the paper propose to ${lowerFirst(pick(m.label, lang))}?`),
          both((lang) => lang === 'zh-CN'
            ? `${quote(pick(m.label, lang), lang)}属于${quote(pick(strategy.label, lang), lang)}：${m.description ? pick(m.description, lang) : ''}`
            : `${quote(pick(m.label, lang), lang)} comes under ${quote(pick(strategy.label, lang), lang)}: ${m.description ? pick(m.description, lang) : ''}`),
          [provenanceOf(m)]),
      )
      .filter((q): q is QuizQuestion => q !== null),
  );
}

const generators: Record<QuestionTopic, (d: QuizDataset) => QuizQuestion[]> = {
  trade: tradeQuestions,
  investment: investmentQuestions,
  ecommerce: ecommerceQuestions,
  cooperation: cooperationQuestions,
  strategies: strategyQuestions,
};

/** Every question the datasets give for a topic (`all`: every topic), options in a fixed order. */
export function questionsFor(d: QuizDataset, topic: QuizTopic): QuizQuestion[] {
  if (topic === 'all') return (Object.keys(generators) as QuestionTopic[]).flatMap((t) => generators[t](d));
  return generators[topic](d);
}

/**
 * One round of the quiz: `count` questions of the topic in an order, each
 * with its options in an order, both drawn from `seed` (the same seed always
 * gives the same round). With `all`, topics take turns so that a short quiz
 * covers several parts of the paper. No two questions of a round share an
 * explanation.
 */
export function buildQuiz(d: QuizDataset, { topic, count, seed }: { topic: QuizTopic; count: number; seed: number }): QuizQuestion[] {
  const random: Random = mulberry32(seed);
  let ordered: QuizQuestion[];
  if (topic === 'all') {
    const pools = shuffle(Object.keys(generators) as QuestionTopic[], random).map((t) => shuffle(generators[t](d), random));
    ordered = [];
    for (let round = 0; pools.some((p) => p.length > round); round++) {
      for (const p of pools) if (p[round]) ordered.push(p[round]!);
    }
  } else {
    ordered = shuffle(questionsFor(d, topic), random);
  }
  // Two questions with one explanation would give the second's answer away in
  // the first's feedback: a round keeps only the first of them.
  const explained = new Set<string>();
  ordered = ordered.filter((q) => {
    const key = `${q.explanation.zh}\u0000${q.explanation.en}`;
    if (explained.has(key)) return false;
    explained.add(key);
    return true;
  });
  return ordered.slice(0, Math.max(1, count)).map((q) => ({ ...q, options: shuffle(q.options, random) }));
}
