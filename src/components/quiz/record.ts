/**
 * The quiz as a learning record: its xAPI activities and the state an LMS
 * keeps between launches. Pure functions, no DOM.
 */
import { type Lang, pick } from '../../core/controllers/lang.js';
import { XAPI_ACTIVITY_TYPES, type XapiActivity, partIri } from '../../core/util/xapi.js';
import type { QuizQuestion } from './questions.js';

/**
 * Where a reader stands in a quiz, as `state` gives and takes it: the seed of
 * the round and, for each of its questions in order, the id of the option
 * checked, or `null` while unanswered. JSON-serialisable (an LMS's suspend data).
 */
export interface QuizState {
  seed: number;
  answers: (string | null)[];
}

/** The quiz as an xAPI activity: an assessment named by its title. */
export function quizActivity(id: string, title: string, lang: Lang): XapiActivity {
  return { objectType: 'Activity', id, definition: { type: XAPI_ACTIVITY_TYPES.assessment, name: { [lang]: title } } };
}

/** A question as an xAPI activity: a choice interaction with its options and correct answer. */
export function questionActivity(q: QuizQuestion, quiz: XapiActivity, lang: Lang): XapiActivity {
  return {
    objectType: 'Activity',
    id: partIri(quiz.id, 'questions', q.id),
    definition: {
      type: XAPI_ACTIVITY_TYPES.interaction,
      interactionType: 'choice',
      name: { [lang]: pick(q.prompt, lang) },
      choices: q.options.map((o) => ({ id: o.id, description: { [lang]: pick(o.text, lang) } })),
      correctResponsesPattern: [q.answer],
    },
  };
}

/**
 * A kept state with the round it stands for (drawn by `draw` from its seed),
 * or null when it does not fit: not `{ seed, answers }`, a seed that is not a
 * whole number, not one answer per question, or an id that is not an option.
 */
export function fitState(
  value: unknown,
  draw: (seed: number) => QuizQuestion[],
): { seed: number; round: QuizQuestion[]; answers: (string | null)[] } | null {
  if (typeof value !== 'object' || value === null) return null;
  const { seed, answers } = value as Partial<Record<keyof QuizState, unknown>>;
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed) || !Array.isArray(answers)) return null;
  const round = draw(seed);
  if (round.length === 0 || answers.length !== round.length) return null;
  const fits = answers.every((a: unknown, i) => a === null || (typeof a === 'string' && round[i]!.options.some((o) => o.id === a)));
  return fits ? { seed, round, answers: answers as (string | null)[] } : null;
}
