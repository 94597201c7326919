/**
 * xAPI (Experience API 1.0.3) statements, as the quiz and the checklist fire
 * them in `hw-xapi` events. A statement here has no `actor`: who the learner
 * is is known only to the host (an LMS, a course page), which adds it before
 * sending the statement to its learning record store. Pure functions, no DOM.
 */

/** A language map: text by language tag, e.g. `{ en: 'Quiz' }`. */
export type XapiLanguageMap = Record<string, string>;

/** A verb of the ADL vocabulary. */
export interface XapiVerb {
  id: string;
  display: XapiLanguageMap;
}

/** An activity: the quiz, one of its questions, the checklist or one of its measures. */
export interface XapiActivity {
  objectType: 'Activity';
  /** An IRI: the widget's `activity-id`, or that IRI with a path for a part of it. */
  id: string;
  definition?: {
    name?: XapiLanguageMap;
    description?: XapiLanguageMap;
    type?: string;
    /** For a question: `choice`. */
    interactionType?: 'choice';
    /** For a question: the option ids, with their text. */
    choices?: { id: string; description: XapiLanguageMap }[];
    /** For a question: the id of the correct option. */
    correctResponsesPattern?: string[];
  };
}

/** The result of a statement. */
export interface XapiResult {
  /** For an answer: the chosen option's id. */
  response?: string;
  success?: boolean;
  completion?: boolean;
  score?: { raw: number; min: number; max: number; scaled: number };
  extensions?: Record<string, number>;
}

/** A statement without `actor`: the host adds who the learner is. */
export interface XapiStatement {
  verb: XapiVerb;
  object: XapiActivity;
  result?: XapiResult;
  context: {
    /** The language the learner saw (the widget's). */
    language: string;
    contextActivities?: { parent?: XapiActivity[]; other?: XapiActivity[] };
  };
  /** When it happened, ISO 8601. */
  timestamp: string;
}

const ADL = 'http://adlnet.gov/expapi/verbs/';
/** The ADL verbs the widgets use. */
export const XAPI_VERBS = {
  answered: { id: `${ADL}answered`, display: { 'en-US': 'answered' } },
  completed: { id: `${ADL}completed`, display: { 'en-US': 'completed' } },
  progressed: { id: `${ADL}progressed`, display: { 'en-US': 'progressed' } },
} as const satisfies Record<string, XapiVerb>;

/** Activity types of the ADL vocabulary. */
export const XAPI_ACTIVITY_TYPES = {
  assessment: 'http://adlnet.gov/expapi/activities/assessment',
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
} as const;

/** cmi5's progress extension (a percentage, 0–100), which LMSs read for "progressed". */
export const XAPI_PROGRESS_EXTENSION = 'https://w3id.org/xapi/cmi5/result/extensions/progress';

/** The `activity-id`s already warned about, by tag. */
const warned = new Set<string>();

/** The default activity IRI of a widget: `urn:hohhot-widgets:<tag>`. */
export function defaultActivityId(tag: string): string {
  return `urn:hohhot-widgets:${tag}`;
}

/**
 * The widget's activity IRI: its `activity-id` when that is an absolute IRI
 * (a scheme, a colon and more, with no spaces), else the default with one warning.
 */
export function activityIri(given: string | null | undefined, tag: string): string {
  const value = given?.trim();
  if (!value) return defaultActivityId(tag);
  if (/^[a-z][a-z0-9+.-]*:[^\s]+$/i.test(value)) return value;
  if (warned.has(`${tag} ${value}`)) return defaultActivityId(tag);
  warned.add(`${tag} ${value}`);
  console.warn(`hohhot-widgets: <${tag}> activity-id="${String(given)}" is not an IRI (such as https://example.org/course/quiz-1); using ${defaultActivityId(tag)}.`);
  return defaultActivityId(tag);
}

/** The IRI of a part of an activity: `<activity>/<kind>/<id>`, the id percent-encoded. */
export function partIri(activity: string, kind: string, id: string): string {
  return `${activity.replace(/\/+$/, '')}/${kind}/${encodeURIComponent(id)}`;
}

/** A statement of `verb` on `object`, stamped now. */
export function statement(
  verb: XapiVerb,
  object: XapiActivity,
  language: string,
  extra: { result?: XapiResult; parent?: XapiActivity; other?: XapiActivity } = {},
): XapiStatement {
  const contextActivities =
    extra.parent || extra.other
      ? { ...(extra.parent ? { parent: [extra.parent] } : {}), ...(extra.other ? { other: [extra.other] } : {}) }
      : undefined;
  return {
    verb,
    object,
    ...(extra.result ? { result: extra.result } : {}),
    context: { language, ...(contextActivities ? { contextActivities } : {}) },
    timestamp: new Date().toISOString(),
  };
}

/** A score as xAPI gives it: raw, min 0, max and scaled (raw / max, 0 when there is nothing to score). */
export function xapiScore(raw: number, max: number): XapiResult['score'] {
  return { raw, min: 0, max, scaled: max > 0 ? Math.round((raw / max) * 10000) / 10000 : 0 };
}
