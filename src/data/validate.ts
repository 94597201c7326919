import * as v from 'valibot';
import {
  ChallengesDatasetSchema, CitiesDatasetSchema, EcommerceDatasetSchema, InvestmentDatasetSchema,
  MechanismsDatasetSchema, PaperDatasetSchema, StrategiesDatasetSchema, TradeDatasetSchema,
} from './schema.js';

/** What is wrong with a dataset: the first failing field and what it should have been. */
export interface DataProblem {
  /** Dotted path of the field, e.g. `imports.0.value`; empty for the whole dataset. */
  path: string;
  /** What was expected there, e.g. `number` or `"exact" | "more-than" | "at-least"`. */
  expected: string;
  /** What was found, e.g. `"35.1"` or `undefined`. */
  received: string;
}

export type Validation<T> = { ok: true; data: T } | { ok: false; problem: DataProblem };

/** A function that checks unknown input against one dataset shape. */
export type Validator<T> = (input: unknown) => Validation<T>;

/** What a dataset that throws when read (a throwing getter, a Proxy trap) is reported as. */
export const UNREADABLE: DataProblem = { path: '', expected: 'plain data', received: 'a value that cannot be read' };

function validator<S extends v.GenericSchema>(schema: S): Validator<v.InferOutput<S>> {
  return (input) => {
    let result;
    try {
      result = v.safeParse(schema, input, { abortEarly: true });
    } catch {
      // A getter that throws, a Proxy trap that throws: not data.
      return { ok: false, problem: UNREADABLE };
    }
    if (result.success) return { ok: true, data: result.output };
    const issue = result.issues[0];
    return {
      ok: false,
      problem: {
        path: v.getDotPath(issue) ?? '',
        expected: issue.expected ?? issue.type,
        received: issue.received,
      },
    };
  };
}

export const validateTradeDataset = validator(TradeDatasetSchema);
export const validateInvestmentDataset = validator(InvestmentDatasetSchema);
export const validateEcommerceDataset = validator(EcommerceDatasetSchema);
export const validateCitiesDataset = validator(CitiesDatasetSchema);
export const validateMechanismsDataset = validator(MechanismsDatasetSchema);
export const validateChallengesDataset = validator(ChallengesDatasetSchema);
export const validateStrategiesDataset = validator(StrategiesDatasetSchema);
export const validatePaperDataset = validator(PaperDatasetSchema);
