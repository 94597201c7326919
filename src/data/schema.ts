/**
 * Shapes of the paper's datasets, written once as valibot schemas: the
 * TypeScript types are inferred from them, and the same schemas validate the
 * `data` property and the `src` attribute at run time.
 */
import * as v from 'valibot';
import { BOUNDS, CITY_IDS, MAX_ITEMS, MAX_TEXT_LENGTH, SECTION_IDS, UNITS } from './ids.js';

export * from './ids.js';


/** A string of at most `MAX_TEXT_LENGTH` characters (at least one unless `empty`). */
export function textField(empty = false) {
  return empty
    ? v.pipe(v.string(), v.maxLength(MAX_TEXT_LENGTH))
    : v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_TEXT_LENGTH));
}

/** Text in both languages of the library. */
export const TextSchema = v.object({
  zh: textField(),
  en: textField(),
});
export type Text = v.InferOutput<typeof TextSchema>;

/** Sections of the paper, in its own numbering (一(一) is "1.1"). */

/**
 * Units: one canonical unit per figure.
 * - `yi-yuan`: 亿元, 10^8 yuan (CNY 100 million)
 * - `percent`: a share or a growth rate
 * - `pp`: percentage points, the difference of two rates
 * - `projects`, `enterprises`: counts
 */

/**
 * How the paper states a value: `exact`, `more-than` ("超过12亿元"), or
 * `at-least` ("…以上").
 */

/** Where a fact stands in the paper. */
export const ProvenanceSchema = v.object({
  section: v.picklist(SECTION_IDS),
  /** Reference numbers ([1]–[10]) the paper cites at that place; empty when it cites none. */
  refs: v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10))),
  /** Who compiled the figure, where the paper names it (e.g. Saihan Customs). */
  origin: v.optional(TextSchema),
});
export type Provenance = v.InferOutput<typeof ProvenanceSchema>;

export const FigureSchema = v.object({
  id: textField(),
  label: TextSchema,
  value: v.pipe(v.number(), v.finite()),
  unit: v.picklist(UNITS),
  bound: v.picklist(BOUNDS),
  /** True when computed in code from stated figures, never typed from the paper. */
  derived: v.optional(v.boolean()),
  ...ProvenanceSchema.entries,
});
/** One number of the paper with its unit, bound and provenance. */
export type Figure = v.InferOutput<typeof FigureSchema>;

/** A named item (a field, a policy, an example) with its provenance. */
export const ItemSchema = v.object({
  id: textField(),
  label: TextSchema,
  description: v.optional(TextSchema),
  ...ProvenanceSchema.entries,
});
export type Item = v.InferOutput<typeof ItemSchema>;


/** A figure that counts or sums something (money, projects, enterprises): never negative. */
export const AmountSchema = v.object({ ...FigureSchema.entries, value: v.pipe(v.number(), v.finite(), v.minValue(0)) });
/** A share of a whole, in per cent: 0 to 100. */
const ShareSchema = v.object({ ...FigureSchema.entries, value: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100)) });
const amounts = v.pipe(v.array(AmountSchema), v.minLength(1), v.maxLength(MAX_ITEMS));

type PathKey = string | number;
const at = (x: unknown, path: readonly PathKey[]): unknown =>
  path.reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<PathKey, unknown>)[k] : undefined), x);

/**
 * A part (the Belt and Road trade, one partner's, one product's) cannot be
 * larger than the whole it belongs to (the city's total trade).
 */
function partsWithinTotal(parts: (d: TradeDatasetShape) => (readonly PathKey[])[]) {
  return v.rawCheck<TradeDatasetShape>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const d = dataset.value;
    const whole = d.total.value;
    for (const path of parts(d)) {
      const value = at(d, path) as number;
      if (value <= whole) continue;
      let input: unknown = d;
      addIssue({
        message: JSON.stringify({ reason: 'part-above-whole', whole: 'total.value', limit: whole, found: { kind: 'number', value } }),
        input: value,
        path: path.map((key) => {
          const item = { type: 'unknown' as const, origin: 'value' as const, input, key, value: at(input, [key]) };
          input = item.value;
          return item;
        }) as unknown as [v.IssuePathItem, ...v.IssuePathItem[]],
      });
      return;
    }
  });
}

/** Section 二(一): Hohhot's foreign trade in 2024. */
const TradeShape = v.object({
  year: v.pipe(v.number(), v.integer()),
  origin: TextSchema,
  total: AmountSchema,
  growth: FigureSchema,
  growthAboveRegion: FigureSchema,
  shareOfRegion: ShareSchema,
  imports: amounts,
  exports: amounts,
  beltAndRoad: v.object({
    value: AmountSchema,
    growth: FigureSchema,
    share: ShareSchema,
  }),
  partners: amounts,
});
type TradeDatasetShape = v.InferOutput<typeof TradeShape>;

export const TradeDatasetSchema = v.pipe(
  TradeShape,
  partsWithinTotal((d) => [
    ['beltAndRoad', 'value', 'value'],
    ...d.partners.map((_, i) => ['partners', i, 'value']),
    ...d.imports.map((_, i) => ['imports', i, 'value']),
    ...d.exports.map((_, i) => ['exports', i, 'value']),
  ]),
);
export type TradeDataset = v.InferOutput<typeof TradeDatasetSchema>;

export const ThresholdSchema = v.object({
  /** Lower bound of project size in 亿元: "亿元以上" is 1, "10亿元以上" is 10. */
  atLeastYiYuan: v.pipe(v.number(), v.minValue(0)),
  count: AmountSchema,
});
export type Threshold = v.InferOutput<typeof ThresholdSchema>;

/** Section 二(二): attracting investment. */
export const InvestmentDatasetSchema = v.object({
  year: v.pipe(v.number(), v.integer()),
  /** Cumulative: each class contains the larger ones. Sorted by threshold, ascending. */
  thresholds: v.pipe(v.array(ThresholdSchema), v.minLength(1), v.maxLength(MAX_ITEMS)),
  agreedInvestment: AmountSchema,
  fundsInPlaceRate: FigureSchema,
  fields: v.array(ItemSchema),
  horinger2025: v.object({
    /** When the signings took place, as the paper says it ("2025年初", "early 2025"). */
    period: TextSchema,
    projects: AmountSchema,
    projectThresholdYiYuan: v.pipe(v.number(), v.minValue(0)),
    investment: AmountSchema,
    examples: v.array(ItemSchema),
  }),
});
export type InvestmentDataset = v.InferOutput<typeof InvestmentDatasetSchema>;

/** Section 二(三): the cross-border e-commerce comprehensive pilot zone. */
export const EcommerceDatasetSchema = v.object({
  trade: AmountSchema,
  enterprisesInZone: AmountSchema,
  platformEnterprises: AmountSchema,
  policies: v.array(ItemSchema),
  events: v.array(ItemSchema),
});
export type EcommerceDataset = v.InferOutput<typeof EcommerceDatasetSchema>;


export const CitySchema = v.object({
  id: v.picklist(CITY_IDS),
  name: TextSchema,
  /** Industries the paper names as the city's own, by id into `industries`. */
  leads: v.array(textField(true)),
  /**
   * For a partner city: the industries of Hohhot that the paper says this
   * city's industries complement ("与呼和浩特的食品加工、…等产业形成互补"), by id.
   */
  complements: v.optional(v.array(textField(true))),
  /** The paper's sentence about the city's industries. */
  statement: TextSchema,
  ...ProvenanceSchema.entries,
});
export type City = v.InferOutput<typeof CitySchema>;

export const OpportunitySchema = v.object({
  /** The partner city of Hohhot. */
  city: v.picklist(CITY_IDS),
  industry: textField(true),
  statement: TextSchema,
  ...ProvenanceSchema.entries,
});
export type Opportunity = v.InferOutput<typeof OpportunitySchema>;

/** Sections 一(一) and 三(一): the four cities, their industries, and where they meet. */
export const CitiesDatasetSchema = v.object({
  industries: v.array(ItemSchema),
  cities: v.pipe(v.array(CitySchema), v.minLength(1)),
  opportunities: v.array(OpportunitySchema),
  caveats: v.array(ItemSchema),
});
export type CitiesDataset = v.InferOutput<typeof CitiesDatasetSchema>;

export const MechanismsDatasetSchema = v.object({
  mechanisms: v.array(ItemSchema),
  results: v.array(
    v.object({
      ...ItemSchema.entries,
      examples: v.array(ItemSchema),
    }),
  ),
});
export type MechanismsDataset = v.InferOutput<typeof MechanismsDatasetSchema>;

export const ChallengesDatasetSchema = v.object({
  challenges: v.pipe(v.array(ItemSchema), v.minLength(1)),
});
export type ChallengesDataset = v.InferOutput<typeof ChallengesDatasetSchema>;

export const MeasureSchema = v.object({
  ...ItemSchema.entries,
  /** The paper's examples for the measure ("例如…"). */
  examples: v.optional(TextSchema),
  /** A note on how the paper states it, e.g. a measure it gives without a number. */
  note: v.optional(TextSchema),
  /** True for a measure the paper gives without a number of its own (三(四), after measure 2). */
  unnumbered: v.optional(v.boolean()),
});
export type Measure = v.InferOutput<typeof MeasureSchema>;

/** Section 三: the five strategies and their measures. */
export const StrategiesDatasetSchema = v.object({
  strategies: v.pipe(
    v.array(
      v.object({
        ...ItemSchema.entries,
        measures: v.pipe(v.array(MeasureSchema), v.minLength(1)),
      }),
    ),
    v.minLength(1),
  ),
});
export type StrategiesDataset = v.InferOutput<typeof StrategiesDatasetSchema>;
export type Strategy = StrategiesDataset['strategies'][number];

export const ReferenceSchema = v.object({
  n: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** The entry exactly as the paper's reference list gives it (GB/T 7714). */
  text: textField(),
  /** An English rendering of the title, for readers of the English widgets. */
  titleEn: v.optional(textField(true)),
});
export type Reference = v.InferOutput<typeof ReferenceSchema>;

/** The paper itself: metadata and reference list. */
export const PaperDatasetSchema = v.object({
  title: TextSchema,
  /**
   * The Chinese title romanised in Hanyu Pinyin (no tone marks, sentence case),
   * the library's transliteration: APA 7 sets a non-Latin title in Latin letters.
   */
  titlePinyin: v.optional(v.pipe(v.string(), v.minLength(1))),
  author: TextSchema,
  affiliation: TextSchema,
  keywords: v.array(TextSchema),
  abstract: TextSchema,
  fund: v.object({ name: TextSchema, number: textField(true) }),
  authorNote: TextSchema,
  references: v.array(ReferenceSchema),
  sections: v.record(v.string(), TextSchema),
});
export type PaperDataset = v.InferOutput<typeof PaperDatasetSchema>;
