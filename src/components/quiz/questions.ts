/**
 * The quiz's questions, built from the paper's datasets by pure functions:
 * every number and name in a question comes from the data through the
 * library's formatters, so a dataset given through `data` or `src` changes
 * the questions with it. Wrong options ("distractors") for a number are other
 * figures of the paper in the same unit, or plainly derived variations that
 * the question's note says are not the paper's figures.
 */
import { formatBare, formatFigure, formatValue } from '../../core/i18n/format.js';
import { type Lang, joinList, pick } from '../../core/controllers/lang.js';
import { regionTradeGrowth } from '../../data/derive.js';
import type { Bound, Figure, Item, Provenance, Text, Unit } from '../../data/schema.js';
import type { QuizDataset } from './dataset.js';
import { type Random, mulberry32, shuffle } from './random.js';
import { messages } from './quiz.strings.js';

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

/** The words of the questions in a language, read when the questions are built. */
const Q = (lang: Lang) => messages[lang].questions;

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
        return Q(lang).derivedOptions(shown, derivedValues.length);
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
  const briExplanation = both((lang) => Q(lang).beltAndRoadExplanation(y, F(bri.value, lang), F(bri.growth, lang), F(bri.share, lang)));
  const ranked = (figs: Figure[]) => [...figs].sort((a, b) => b.value - a.value);
  const valueList = (figs: Figure[], lang: Lang) =>
    Q(lang).valueList(figs.map((f) => Q(lang).labelValue(pick(f.label, lang), F(f, lang))));
  const topImport = ranked(t.imports)[0]!;
  const topExport = ranked(t.exports)[0]!;
  const region = regionTradeGrowth(t);
  const g = t.growth.value;
  const gap = t.growthAboveRegion.value;

  const questions: (QuizQuestion | null)[] = [
    figureQuestion('trade-total', 'trade', t.total, pool,
      both((lang) => Q(lang).tradeTotalPrompt(origin(lang), y)),
      both((lang) => Q(lang).tradeTotalExplanation(y, F(t.total, lang), F(t.growth, lang)))),
    figureQuestion('trade-growth', 'trade', t.growth, pool,
      both((lang) => Q(lang).tradeGrowthPrompt(y)),
      both((lang) => Q(lang).tradeGrowthExplanation(y, F(t.growth, lang), F(t.growthAboveRegion, lang)))),
    figureQuestion('trade-share-of-region', 'trade', t.shareOfRegion, pool,
      both((lang) => Q(lang).tradeSharePrompt(y)),
      both((lang) => Q(lang).tradeShareExplanation(F(t.total, lang), F(t.shareOfRegion, lang)))),
    regionGrowthQuestion(),
    choiceQuestion('trade-top-import', 'trade', labelOption('import:', topImport),
      [...ranked(t.imports).slice(1).map((f) => labelOption('import:', f)), labelOption('export:', topExport)],
      both((lang) => Q(lang).topImportPrompt(y)),
      both((lang) => Q(lang).topImportExplanation(valueList(t.imports, lang), Q(lang).quote(pick(topExport.label, lang)))),
      mergeProvenance([...t.imports, topExport])),
    choiceQuestion('trade-top-export', 'trade', labelOption('export:', topExport),
      [...ranked(t.exports).slice(1).map((f) => labelOption('export:', f)), labelOption('import:', topImport)],
      both((lang) => Q(lang).topExportPrompt(y)),
      both((lang) => Q(lang).topExportExplanation(valueList(t.exports, lang), Q(lang).quote(pick(topImport.label, lang)))),
      mergeProvenance([...t.exports, topImport])),
    choiceQuestion('trade-top-partner', 'trade', labelOption('partner:', ranked(t.partners)[0]!),
      ranked(t.partners).slice(1).map((f) => labelOption('partner:', f)),
      both((lang) => Q(lang).topPartnerPrompt(y)),
      both((lang) => Q(lang).topPartnerExplanation(valueList(t.partners, lang))),
      mergeProvenance(t.partners)),
    figureQuestion('trade-belt-and-road-share', 'trade', bri.share, pool,
      both((lang) => Q(lang).beltAndRoadSharePrompt(y)),
      briExplanation),
    figureQuestion('trade-belt-and-road-value', 'trade', bri.value, pool,
      both((lang) => Q(lang).beltAndRoadValuePrompt(y)),
      briExplanation),
    figureQuestion('trade-belt-and-road-growth', 'trade', bri.growth, pool,
      both((lang) => Q(lang).beltAndRoadGrowthPrompt(y)),
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
      prompt: both((lang) => Q(lang).regionGrowthPrompt(y, F(t.growth, lang), F(t.growthAboveRegion, lang))),
      options,
      answer: options[0]!.id,
      explanation: both((lang) => Q(lang).regionGrowthExplanation(F(t.growth, lang), F(t.growthAboveRegion, lang), F(region, lang))),
      derived: true,
      note: both((lang) => Q(lang).regionGrowthNote),
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
    joinList(inv.thresholds.map((th) =>
      Q(lang).projectClass(pick(th.count.label, lang), F(th.count, lang), formatBare(th.count.value, th.count.unit, lang))), lang);
  const thresholdExplanation = both((lang) => Q(lang).projectsExplanation(y, classes(lang)));
  const industryNames = new Set(inv.fields.map((f) => f.label.zh));
  const otherIndustries = d.cities.cities
    .filter((c) => c.id !== 'hohhot')
    .map((c) => c.leads.map((id) => d.cities.industries.find((i) => i.id === id)).find((i): i is Item => !!i && !industryNames.has(i.label.zh)))
    .filter((i): i is Item => !!i);
  const field = inv.fields[0];

  const questions: (QuizQuestion | null)[] = [
    ...inv.thresholds.map((th) =>
      figureQuestion(`investment-projects-${th.atLeastYiYuan}`, 'investment', th.count, pool,
        both((lang) => Q(lang).projectsPrompt(y, pick(th.count.label, lang))),
        thresholdExplanation)),
    figureQuestion('investment-agreed', 'investment', inv.agreedInvestment, pool,
      both((lang) => Q(lang).agreedPrompt(y)),
      both((lang) => Q(lang).agreedExplanation(y, F(inv.agreedInvestment, lang)))),
    figureQuestion('investment-funds-in-place', 'investment', inv.fundsInPlaceRate, pool,
      both((lang) => Q(lang).fundsPrompt(y)),
      both((lang) => Q(lang).fundsExplanation(F(inv.fundsInPlaceRate, lang)))),
    figureQuestion('investment-horinger', 'investment', h.investment, pool,
      both((lang) => Q(lang).horingerPrompt(pick(h.projects.label, lang), F(h.projects, lang))),
      both((lang) => Q(lang).horingerExplanation(h.examples.map((e) => pick(e.label, lang)), F(h.projects, lang), F(h.investment, lang)))),
    field
      ? choiceQuestion('investment-field', 'investment', labelOption('field:', field), otherIndustries.map((i) => labelOption('industry:', i)),
          both((lang) => Q(lang).fieldPrompt(y)),
          both((lang) => Q(lang).fieldExplanation(inv.fields.map((f) => pick(f.label, lang)))),
          mergeProvenance([field, ...otherIndustries]))
      : null,
  ];
  return questions.filter((q): q is QuizQuestion => q !== null);
}

/** Section 二(三): cross-border e-commerce. */
export function ecommerceQuestions(d: QuizDataset): QuizQuestion[] {
  const e = d.ecommerce;
  const pool = statedFigures(d);
  const explanation = both((lang) => Q(lang).ecommerceExplanation(F(e.enterprisesInZone, lang), F(e.platformEnterprises, lang)));
  const questions = [
    figureQuestion('ecommerce-enterprises', 'ecommerce', e.enterprisesInZone, pool,
      both((lang) => Q(lang).ecommerceEnterprisesPrompt),
      explanation),
    figureQuestion('ecommerce-platform', 'ecommerce', e.platformEnterprises, pool,
      both((lang) => Q(lang).ecommercePlatformPrompt),
      explanation),
    figureQuestion('ecommerce-trade', 'ecommerce', e.trade, pool,
      both((lang) => Q(lang).ecommerceTradePrompt),
      both((lang) => Q(lang).ecommerceTradeExplanation(F(e.trade, lang)))),
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
      both((lang) => Q(lang).cityPrompt(city.leads.map((id) => industryLabel(id, lang)))),
      city.statement,
      [provenanceOf(city)]));

  const { mechanisms, results } = d.mechanisms;
  const mechanism = mechanisms[0];
  const mechanismQuestion = mechanism
    ? choiceQuestion('cooperation-mechanism', 'cooperation', labelOption('mechanism:', mechanism), results.map((r) => labelOption('result:', r)),
        both((lang) => Q(lang).mechanismPrompt),
        both((lang) => Q(lang).mechanismExplanation(mechanisms.map((m) => pick(m.label, lang)), results.map((r) => pick(r.label, lang)))),
        mergeProvenance([mechanism, ...results]))
    : null;

  const firstExamples = results.map((r) => ({ result: r, example: r.examples[0] })).filter((x): x is { result: (typeof results)[number]; example: Item } => !!x.example);
  const exampleQuestions = firstExamples.map(({ result, example }, i) =>
    choiceQuestion(`cooperation-example-${result.id}`, 'cooperation', labelOption('example:', example),
      [...firstExamples.slice(i + 1), ...firstExamples.slice(0, i)].map((x) => labelOption('example:', x.example)),
      both((lang) => Q(lang).examplePrompt(pick(result.label, lang))),
      both((lang) => Q(lang).exampleExplanation(pick(example.label, lang), example.description ? pick(example.description, lang) : '')),
      [provenanceOf(example)]));

  const challenge = d.challenges.challenges[0]!;
  const challengeQuestion = choiceQuestion('cooperation-challenge', 'cooperation', labelOption('challenge:', challenge), results.map((r) => labelOption('result:', r)),
    both((lang) => Q(lang).challengePrompt),
    both((lang) => Q(lang).challengeExplanation(d.challenges.challenges.map((c) => pick(c.label, lang)))),
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
          both((lang) => Q(lang).strategyPrompt(pick(m.label, lang))),
          both((lang) => Q(lang).strategyExplanation(pick(m.label, lang), pick(strategy.label, lang), m.description ? pick(m.description, lang) : '')),
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
