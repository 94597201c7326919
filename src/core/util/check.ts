/**
 * Checking data given through `data` or `src`. The validators (valibot and
 * the schemas) and the sentences that say what is wrong are fetched the
 * first time a page gives data: a page that shows the paper's own figures
 * never downloads them.
 */
import type { DataProblem, Validator } from '../../data/problem.js';
import type * as Validators from '../../data/validate.js';
import type { Lang } from '../controllers/lang.js';
import type * as ProblemText from '../i18n/problem-text.js';

type Checks = typeof Validators;
/** The names of the library's dataset validators (`validateTradeDataset`, …). */
export type ValidatorName = { [K in keyof Checks]: K extends `validate${string}Dataset` ? K : never }[keyof Checks];

/** Imports a module once; a failed import is tried again next time. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

let sentences: typeof ProblemText | undefined;
const validators = once(() => import('../../data/validate.js'));
const problemText = once(() => import('../i18n/problem-text.js').then((m) => (sentences = m)));

/** A widget's `validator`: loads one of the library's validators by name. */
export function lazyValidator<K extends ValidatorName>(name: K): () => Promise<Checks[K]> {
  return () => validators().then((m) => m[name]);
}

/** Loads a validator together with the sentences its problems are told in. */
export async function loadCheck<T>(validator: () => Promise<Validator<T>>): Promise<Validator<T>> {
  const [check] = await Promise.all([validator(), problemText()]);
  return check;
}

/** What is wrong with a dataset, in `lang`: available once `loadCheck` has found the problem. */
export function invalidDataText(problem: DataProblem, lang: Lang): string {
  return sentences?.invalidData[lang](problem) ?? problem.path;
}
