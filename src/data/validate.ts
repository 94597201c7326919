import * as v from 'valibot';
import {
  ChallengesDatasetSchema, CitiesDatasetSchema, EcommerceDatasetSchema, InvestmentDatasetSchema,
  MechanismsDatasetSchema, PaperDatasetSchema, StrategiesDatasetSchema, TradeDatasetSchema,
} from './schema.js';
import { describeValue, UNREADABLE, type DataProblem, type Validator } from './problem.js';

export * from './problem.js';

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
