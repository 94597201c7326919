/**
 * The check of a quiz dataset given through `data` or `src`: fetched with
 * valibot and the library's validators only when a page gives one.
 */
import * as v from 'valibot';
import {
  type Validator, describeValue, validateChallengesDataset, validateCitiesDataset, validateEcommerceDataset,
  validateInvestmentDataset, validateMechanismsDataset, validateStrategiesDataset, validateTradeDataset,
} from '../../data/validate.js';
import { QUIZ_DATASET_KEYS, quizDataset, type QuizDataset } from './dataset.js';

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
