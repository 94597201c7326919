import * as v from 'valibot';
import { challenges } from '../../data/challenges.js';
import { cities } from '../../data/cities.js';
import { ecommerce } from '../../data/ecommerce.js';
import { investment2024 } from '../../data/investment.js';
import { mechanisms } from '../../data/mechanisms.js';
import type {
  ChallengesDataset, CitiesDataset, EcommerceDataset, InvestmentDataset, MechanismsDataset,
  StrategiesDataset, TradeDataset,
} from '../../data/schema.js';
import { strategies } from '../../data/strategies.js';
import { trade2024 } from '../../data/trade.js';
import {
  type Validator, describeValue, validateChallengesDataset, validateCitiesDataset, validateEcommerceDataset,
  validateInvestmentDataset, validateMechanismsDataset, validateStrategiesDataset, validateTradeDataset,
} from '../../data/validate.js';

/**
 * What `<hohhot-quiz>` draws its questions from: the paper's datasets, one
 * per key, each of the same shape as the dataset the library exports.
 */
export interface QuizDataset {
  /** Section 二(一): foreign trade in 2024 (`trade2024`). */
  trade: TradeDataset;
  /** Section 二(二): attracting investment (`investment2024`). */
  investment: InvestmentDataset;
  /** Section 二(三): cross-border e-commerce (`ecommerce`). */
  ecommerce: EcommerceDataset;
  /** Sections 一(一) and 三(一): the four cities and their industries (`cities`). */
  cities: CitiesDataset;
  /** Section 一(二): cooperation mechanisms and results (`mechanisms`). */
  mechanisms: MechanismsDataset;
  /** Section 一(三): problems and challenges (`challenges`). */
  challenges: ChallengesDataset;
  /** Section 三: the five strategies (`strategies`). */
  strategies: StrategiesDataset;
}

/** The keys of a quiz dataset, in the paper's order of topics. */
export const QUIZ_DATASET_KEYS = ['trade', 'investment', 'ecommerce', 'cities', 'mechanisms', 'challenges', 'strategies'] as const;

/** The paper's datasets, as the quiz uses them by default. */
export const quizDataset: QuizDataset = {
  trade: trade2024,
  investment: investment2024,
  ecommerce,
  cities,
  mechanisms,
  challenges,
  strategies,
};

const validators: { [K in keyof QuizDataset]: Validator<QuizDataset[K]> } = {
  trade: validateTradeDataset,
  investment: validateInvestmentDataset,
  ecommerce: validateEcommerceDataset,
  cities: validateCitiesDataset,
  mechanisms: validateMechanismsDataset,
  challenges: validateChallengesDataset,
  strategies: validateStrategiesDataset,
};

/**
 * Checks a (partial) quiz dataset: an object with one or more of the keys of
 * `QuizDataset`, each checked by the library's validator for that dataset
 * (a problem's path is prefixed with the key, e.g. `trade.total.value`).
 * Keys left out keep the paper's dataset; an unknown key is an error, so a
 * misspelt key never silently falls back to the paper's figures.
 */
export const validateQuizDataset: Validator<QuizDataset> = (input) => {
  const shape = v.safeParse(v.looseObject({}), input);
  if (!shape.success || Array.isArray(input)) {
    const received = Array.isArray(input) ? 'Array' : shape.success ? 'Object' : shape.issues[0].received;
    return { ok: false, problem: { path: '', expected: 'Object', received, reason: 'type', expectedType: 'object', found: describeValue(input) } };
  }
  const given = input as Record<string, unknown>;
  const keys = Object.keys(given);
  const allowed = QUIZ_DATASET_KEYS.map((k) => `"${k}"`).join(' | ');
  const unknown = keys.find((k) => !(QUIZ_DATASET_KEYS as readonly string[]).includes(k));
  const options = [...QUIZ_DATASET_KEYS];
  if (unknown !== undefined) {
    return { ok: false, problem: { path: unknown, expected: `a key of ${allowed}`, received: `"${unknown}"`, reason: 'unknown-key', options } };
  }
  if (keys.length === 0) {
    return { ok: false, problem: { path: '', expected: `at least one of ${allowed}`, received: '{}', reason: 'no-keys', options } };
  }
  const out: Record<string, unknown> = { ...quizDataset };
  for (const key of QUIZ_DATASET_KEYS) {
    if (!(key in given)) continue;
    const result = validators[key](given[key]);
    if (!result.ok) {
      const { path, ...rest } = result.problem;
      return { ok: false, problem: { ...rest, path: path ? `${key}.${path}` : key } };
    }
    out[key] = result.data;
  }
  return { ok: true, data: out as unknown as QuizDataset };
};
