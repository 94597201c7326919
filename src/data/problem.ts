/**
 * What a failed check of given data reports (which field, why, what was
 * found), with no validation code: the widgets hold these while the
 * validators themselves (validate.ts, with valibot and the schemas) are
 * fetched only when a page gives `data` or `src`.
 */

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
