import * as v from 'valibot';
import {
  ChallengesDatasetSchema, CitiesDatasetSchema, EcommerceDatasetSchema, InvestmentDatasetSchema,
  MechanismsDatasetSchema, PaperDatasetSchema, StrategiesDatasetSchema, TradeDatasetSchema,
} from './schema.js';

/** Why a field failed, for a message in the reader's language. */
export type ProblemReason =
  | 'missing' | 'type' | 'one-of' | 'too-short' | 'too-long' | 'too-small' | 'too-large' | 'negative'
  | 'integer' | 'finite' | 'part-above-whole' | 'unreadable' | 'unknown-key' | 'no-keys' | 'other';

/** What is wrong with a dataset: the first failing field and what it should have been. */
export interface DataProblem {
  /** Dotted path of the field, e.g. `imports.0.value`; empty for the whole dataset. */
  path: string;
  /** What was expected there, in valibot's terms, e.g. `number` or `"exact" | "more-than"`. */
  expected: string;
  /** What was found, in valibot's terms, e.g. `"35.1"` or `undefined`. */
  received: string;
  /** Why the field failed; the messages are built from it. */
  reason?: ProblemReason;
  /** For `type`: the expected kind of value (`number`, `string`, `object`, `array`, `boolean`). */
  expectedType?: string;
  /** For `one-of`, `unknown-key`, `no-keys`: the accepted values or keys. */
  options?: string[];
  /** For lengths and bounds: the limit; for `part-above-whole`: the whole's value. */
  limit?: number;
  /** For lengths: what is counted. */
  counted?: 'items' | 'characters';
  /** For `part-above-whole`: the path of the whole. */
  whole?: string;
  /** The value found (a number, a length), or a short description of it. */
  found?: FoundValue;
}

/** A value found where another was expected, reduced to what a message can say. */
export type FoundValue =
  | { kind: 'nothing' | 'null' | 'list' | 'object' | 'other' }
  | { kind: 'number' | 'count'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'boolean'; value: boolean };

export type Validation<T> = { ok: true; data: T } | { ok: false; problem: DataProblem };

/** A function that checks unknown input against one dataset shape. */
export type Validator<T> = (input: unknown) => Validation<T>;

/** What a dataset that throws when read (a throwing getter, a Proxy trap) is reported as. */
export const UNREADABLE: DataProblem = {
  path: '',
  expected: 'plain data',
  received: 'a value that cannot be read',
  reason: 'unreadable',
};

/** Describes a value for a message, never copying more than a few characters of a long text. */
export function describeValue(x: unknown): FoundValue {
  if (x === undefined) return { kind: 'nothing' };
  if (x === null) return { kind: 'null' };
  if (typeof x === 'number') return { kind: 'number', value: x };
  if (typeof x === 'boolean') return { kind: 'boolean', value: x };
  if (typeof x === 'string') return { kind: 'text', value: x.length > 40 ? `${x.slice(0, 40)}…` : x };
  if (Array.isArray(x)) return { kind: 'list' };
  if (typeof x === 'object') return { kind: 'object' };
  return { kind: 'other' };
}

const TYPES = new Set(['number', 'string', 'object', 'array', 'boolean', 'strict_object', 'loose_object', 'record']);

/** The reader-facing parts of a valibot issue. */
function explain(issue: v.BaseIssue<unknown>): Omit<DataProblem, 'path' | 'expected' | 'received'> {
  const input = issue.input;
  const length = (x: unknown) => (typeof x === 'string' || Array.isArray(x) ? x.length : 0);
  const counted = Array.isArray(input) ? 'items' : 'characters';
  const requirement = (issue as { requirement?: unknown }).requirement;
  const limit = typeof requirement === 'number' ? requirement : undefined;
  if (issue.message.startsWith('{')) {
    try {
      return JSON.parse(issue.message) as Omit<DataProblem, 'path' | 'expected' | 'received'>;
    } catch {
      // Not one of ours.
    }
  }
  if (issue.kind === 'schema' && input === undefined) return { reason: 'missing' };
  if (TYPES.has(issue.type)) {
    const type = issue.type.endsWith('object') || issue.type === 'record' ? 'object' : issue.type;
    return { reason: 'type', expectedType: type, found: describeValue(input) };
  }
  switch (issue.type) {
    case 'picklist':
    case 'literal':
    case 'enum':
    case 'union':
    case 'variant':
      return {
        reason: 'one-of',
        options: (issue.expected ?? '').split(' | ').filter(Boolean),
        found: describeValue(input),
      };
    case 'min_length':
      return { reason: 'too-short', limit, counted, found: { kind: 'count', value: length(input) } };
    case 'max_length':
      return { reason: 'too-long', limit, counted, found: { kind: 'count', value: length(input) } };
    case 'min_value':
      return { reason: limit === 0 ? 'negative' : 'too-small', limit, found: describeValue(input) };
    case 'max_value':
      return { reason: 'too-large', limit, found: describeValue(input) };
    case 'integer':
      return { reason: 'integer', found: describeValue(input) };
    case 'finite':
      return { reason: 'finite', found: describeValue(input) };
  }
  return { reason: 'other', found: describeValue(input) };
}

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
        ...explain(issue),
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
