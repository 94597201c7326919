/**
 * The SCORM runtime of the packages that `scripts/scorm.mjs` makes: it links
 * the one widget of a package's launch page to the LMS. SCORM 1.2 and SCORM
 * 2004 (4th edition) alike:
 *
 * - finds the LMS's API object as SCORM specifies: `API` (1.2) or
 *   `API_1484_11` (2004) on this window or one of its parents (up to
 *   `MAX_PARENTS` levels), then on `window.opener` and its parents;
 * - initialises the session and restores the widget from `cmi.suspend_data`
 *   (JSON: the quiz's `state`, the checklist's `value` and `noteValues`);
 * - on each `hw-xapi` statement of the widget (and `hw-note` and `hw-reset` of the
 *   checklist) writes the score, the status, the suspend data, the quiz's
 *   answers as interactions (`cmi.interactions.n`), and commits;
 * - on `pagehide` writes the session time and the exit (`suspend` while
 *   unfinished), commits and terminates.
 *
 * Without an API the page stays a plain page: nothing is called, nothing is
 * thrown. The launch page says which version and widget it is for in two
 * `<meta>` tags (`SCORM_VERSION_META`, `SCORM_WIDGET_META`). No eval, no
 * inline script: it runs under the page's strict Content-Security-Policy.
 */
import type { XapiStatement } from '../core/util/xapi.js';

/** `<meta name="hohhot-widgets:scorm-version" content="1.2 | 2004">` */
export const SCORM_VERSION_META = 'hohhot-widgets:scorm-version';
/** `<meta name="hohhot-widgets:scorm-widget" content="<tag>">` */
export const SCORM_WIDGET_META = 'hohhot-widgets:scorm-widget';
/** How many parent windows the API search climbs, as ADL's reference code. */
export const MAX_PARENTS = 500;
/** The most characters `cmi.suspend_data` may hold: SCORM 1.2 says 4096; 2004 4th edition 64000. */
export const SUSPEND_DATA_LIMIT = { '1.2': 4096, '2004': 64000 } as const;

export type ScormVersion = '1.2' | '2004';

/** The SCORM 1.2 API (`window.API`). Every value is a string, `'true'` or `'false'` for success. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
}

/** The SCORM 2004 API (`window.API_1484_11`). */
export interface Scorm2004Api {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
  GetLastError(): string;
}

const API_NAME = { '1.2': 'API', '2004': 'API_1484_11' } as const;

/** `win[name]` when that is an object, else null; a window of another origin (a SecurityError) counts as none. */
function apiOn(win: Window, name: string): object | null {
  try {
    const api = (win as unknown as Record<string, unknown>)[name];
    return typeof api === 'object' && api !== null ? api : null;
  } catch {
    return null;
  }
}

/** `win.parent` when it is another window, else null. */
function parentOf(win: Window): Window | null {
  try {
    return win.parent && win.parent !== win ? win.parent : null;
  } catch {
    return null;
  }
}

/** The API on `win` or its parents, at most `MAX_PARENTS` levels up. */
function searchUp(win: Window, name: string): object | null {
  let current: Window | null = win;
  for (let level = 0; current && level <= MAX_PARENTS; level++) {
    const api = apiOn(current, name);
    if (api) return api;
    current = parentOf(current);
  }
  return null;
}

/**
 * The LMS's API for `version`, found as SCORM specifies: this window and its
 * parents, then the window that opened this one and its parents. Null when none has it.
 */
export function findApi(version: '1.2', win?: Window): Scorm12Api | null;
export function findApi(version: '2004', win?: Window): Scorm2004Api | null;
export function findApi(version: ScormVersion, win?: Window): Scorm12Api | Scorm2004Api | null;
export function findApi(version: ScormVersion, win: Window = window): Scorm12Api | Scorm2004Api | null {
  const name = API_NAME[version];
  let api = searchUp(win, name);
  if (!api) {
    let opener: Window | null = null;
    try {
      opener = (win.opener as Window | null) ?? null;
    } catch {
      opener = null;
    }
    if (opener) api = searchUp(opener, name);
  }
  return api as Scorm12Api | Scorm2004Api | null;
}

/** The few calls the runtime makes, with the data model's names of one version. */
interface Session {
  version: ScormVersion;
  initialize(): boolean;
  get(element: string): string;
  set(element: string, value: string): void;
  commit(): void;
  terminate(): void;
}

function session12(api: Scorm12Api): Session {
  return {
    version: '1.2',
    initialize: () => String(api.LMSInitialize('')) === 'true',
    get: (element) => String(api.LMSGetValue(element) ?? ''),
    set: (element, value) => void api.LMSSetValue(element, value),
    commit: () => void api.LMSCommit(''),
    terminate: () => void api.LMSFinish(''),
  };
}

function session2004(api: Scorm2004Api): Session {
  return {
    version: '2004',
    initialize: () => String(api.Initialize('')) === 'true',
    get: (element) => String(api.GetValue(element) ?? ''),
    set: (element, value) => void api.SetValue(element, value),
    commit: () => void api.Commit(''),
    terminate: () => void api.Terminate(''),
  };
}

/** A session length as SCORM 1.2 writes it: `HHHH:MM:SS.SS`. */
export function scorm12Duration(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const s = (cs % 6000) / 100;
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(h, 4)}:${pad(m, 2)}:${s.toFixed(2).padStart(5, '0')}`;
}

/** A session length as SCORM 2004 writes it: an ISO 8601 duration, `PT1H2M3.45S`. */
export function iso8601Duration(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const s = (cs % 6000) / 100;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${Number(s.toFixed(2))}S`;
}

/** What the suspend data keeps: `{ "v": 1, "state": QuizState }` or `{ "v": 1, "value": string[], "notes"?: { [id]: text } }`. */
interface Suspended {
  v: 1;
  state?: unknown;
  value?: unknown;
  notes?: unknown;
}

/** The suspend data as JSON, or null when it is empty or not ours (with a warning for the latter). */
export function readSuspendData(text: string): Suspended | null {
  if (!text) return null;
  try {
    const data = JSON.parse(text) as unknown;
    if (typeof data === 'object' && data !== null && (data as Suspended).v === 1) return data as Suspended;
  } catch {
    // reported below
  }
  console.warn('hohhot-widgets: cmi.suspend_data is not the JSON this package writes; starting afresh.');
  return null;
}

/**
 * The suspend data of a checklist's ticks and notes within `limit`
 * characters: when they do not all fit, the last notes are left out first,
 * then the last ticks (with a warning), so that the rest is kept rather than nothing.
 */
export function checklistSuspendData(ids: readonly string[], notes: Readonly<Record<string, string>>, limit: number): string {
  const allNotes = Object.entries(notes).filter(([, text]) => typeof text === 'string' && text !== '');
  let keptNotes = allNotes;
  let kept = [...ids];
  const encode = () => JSON.stringify(keptNotes.length ? { v: 1, value: kept, notes: Object.fromEntries(keptNotes) } : { v: 1, value: kept });
  let text = encode();
  while (text.length > limit && keptNotes.length) {
    keptNotes = keptNotes.slice(0, -1);
    text = encode();
  }
  while (text.length > limit && kept.length) {
    kept = kept.slice(0, -1);
    text = encode();
  }
  const notesLost = allNotes.length - keptNotes.length;
  const ticksLost = ids.length - kept.length;
  const lost = [
    ...(notesLost ? [`${notesLost} ${notesLost === 1 ? 'note' : 'notes'}`] : []),
    ...(ticksLost ? [`${ticksLost} ticked ${ticksLost === 1 ? 'measure' : 'measures'}`] : []),
  ];
  if (lost.length) {
    const one = notesLost + ticksLost === 1;
    console.warn(`hohhot-widgets: cmi.suspend_data holds at most ${limit} characters; ${lost.join(' and ')} ${one ? 'is' : 'are'} not kept.`);
  }
  return text;
}

/** The quiz's `state` as suspend data, or null (with a warning) when it is longer than `limit`. */
export function quizSuspendData(state: unknown, limit: number): string | null {
  const text = JSON.stringify({ v: 1, state });
  if (text.length <= limit) return text;
  console.warn(`hohhot-widgets: the quiz's state is ${text.length} characters, more than cmi.suspend_data's ${limit}; it is not kept.`);
  return null;
}

/** The elements the runtime reads and writes. */
type QuizElement = HTMLElement & { state: unknown };
type ChecklistElement = HTMLElement & { value: string[]; noteValues: Record<string, string> };

/** The running link between a widget and the LMS. */
export interface ScormRun {
  version: ScormVersion;
  /** Whether the learner has finished (quiz: answered every question; checklist: ticked every measure). */
  readonly finished: boolean;
  /** Ends the session now, as leaving the page does (at most once). */
  terminate(): void;
}

/** Reads the launch page's `<meta>` tags. */
function pageConfig(doc: Document): { version: ScormVersion; tag: string } | null {
  const version = doc.querySelector<HTMLMetaElement>(`meta[name="${SCORM_VERSION_META}"]`)?.content;
  const tag = doc.querySelector<HTMLMetaElement>(`meta[name="${SCORM_WIDGET_META}"]`)?.content;
  if ((version !== '1.2' && version !== '2004') || !tag) return null;
  return { version, tag };
}

/**
 * Links the launch page's widget to the LMS. Returns null, having done
 * nothing, when the page names no widget or no LMS API is found (a plain page).
 */
export function startScorm(win: Window = window): ScormRun | null {
  const doc = win.document;
  const config = pageConfig(doc);
  if (!config) return null;
  const { version, tag } = config;
  const api = findApi(version, win);
  if (!api) return null;
  const lms = version === '1.2' ? session12(api as Scorm12Api) : session2004(api as Scorm2004Api);
  if (!lms.initialize()) {
    console.warn(`hohhot-widgets: the LMS did not initialise the SCORM ${version} session; the page works without it.`);
    return null;
  }
  const v12 = version === '1.2';
  // In review mode the LMS shows an attempt it has recorded: the widget is restored, nothing is written.
  if (lms.get(v12 ? 'cmi.core.lesson_mode' : 'cmi.mode') === 'review') {
    const write = lms.set;
    lms.set = (element, value) => {
      if (element === 'cmi.core.session_time' || element === 'cmi.session_time') write(element, value);
    };
  }
  const limit = SUSPEND_DATA_LIMIT[version];
  const started = Date.now();
  const kind = tag === 'hohhot-quiz' ? 'quiz' : tag === 'strategy-checklist' ? 'checklist' : 'page';
  let finished = false;
  let ended = false;

  // A first launch: the attempt has begun. A widget that records nothing is done once seen.
  const status = lms.get(v12 ? 'cmi.core.lesson_status' : 'cmi.completion_status');
  if (kind === 'page') {
    finished = true;
    lms.set(v12 ? 'cmi.core.lesson_status' : 'cmi.completion_status', 'completed');
  } else if (status === 'not attempted' || status === 'unknown' || status === '') {
    lms.set(v12 ? 'cmi.core.lesson_status' : 'cmi.completion_status', 'incomplete');
  } else if (status === 'completed' || status === 'passed' || status === 'failed') {
    finished = true;
  }
  lms.commit();

  /** The pass mark the LMS gives (1.2: a percentage, 2004: a fraction), or null for none. */
  const passMark = (): number | null => {
    const text = lms.get(v12 ? 'cmi.student_data.mastery_score' : 'cmi.scaled_passing_score');
    const n = text.trim() === '' ? NaN : Number(text);
    return Number.isFinite(n) ? n : null;
  };

  const save = (text: string | null): void => {
    if (text !== null) lms.set('cmi.suspend_data', text);
  };

  const quizScored = (score: NonNullable<NonNullable<XapiStatement['result']>['score']>): void => {
    const mark = passMark();
    if (v12) {
      // SCORM 1.2 compares score.raw with a mastery score in per cent: raw is a percentage.
      const percent = Math.round(score.scaled * 100);
      lms.set('cmi.core.score.min', '0');
      lms.set('cmi.core.score.max', '100');
      lms.set('cmi.core.score.raw', String(percent));
      lms.set('cmi.core.lesson_status', mark === null ? 'completed' : percent >= mark ? 'passed' : 'failed');
    } else {
      lms.set('cmi.score.min', String(score.min));
      lms.set('cmi.score.max', String(score.max));
      lms.set('cmi.score.raw', String(score.raw));
      lms.set('cmi.score.scaled', String(score.scaled));
      lms.set('cmi.completion_status', 'completed');
      lms.set('cmi.success_status', mark === null ? 'unknown' : score.scaled >= mark ? 'passed' : 'failed');
    }
    finished = true;
  };

  /**
   * A checked answer as the next interaction (a journal: a retry adds more):
   * the question, the option chosen, the correct one and the result. 1.2 names
   * the question by its id; 2004 by its IRI, with its wording as the description.
   */
  const recordAnswer = (statement: XapiStatement): void => {
    const response = statement.result?.response;
    const correct = statement.object.definition?.correctResponsesPattern?.[0];
    const n = Number(lms.get('cmi.interactions._count'));
    if (!response || !correct || !Number.isInteger(n) || n < 0) return;
    // An option id with a space or a comma cannot be written as a choice response.
    if (/[\s,]/.test(response + correct)) return;
    const at = `cmi.interactions.${n}`;
    const iri = statement.object.id;
    const success = statement.result?.success === true;
    if (v12) {
      const id = decodeURIComponent(iri.slice(iri.lastIndexOf('/') + 1)).replace(/[^\u0021-\u007E]/g, '_').slice(0, 255);
      lms.set(`${at}.id`, id);
      lms.set(`${at}.type`, 'choice');
      lms.set(`${at}.correct_responses.0.pattern`, correct);
      lms.set(`${at}.student_response`, response);
      lms.set(`${at}.result`, success ? 'correct' : 'wrong');
    } else {
      lms.set(`${at}.id`, iri);
      lms.set(`${at}.type`, 'choice');
      const lang = statement.context.language;
      const wording = statement.object.definition?.name?.[lang];
      if (wording) lms.set(`${at}.description`, `{lang=${lang}}${[...wording].slice(0, 250).join('')}`);
      lms.set(`${at}.correct_responses.0.pattern`, correct);
      lms.set(`${at}.learner_response`, response);
      lms.set(`${at}.result`, success ? 'correct' : 'incorrect');
    }
  };

  /** The checklist's ticks and notes as its suspend data. */
  const saveChecklist = (el: ChecklistElement): void => save(checklistSuspendData(el.value, el.noteValues, limit));

  const checklistProgress = (el: ChecklistElement, completion: boolean, percent: number | undefined): void => {
    saveChecklist(el);
    finished = completion;
    if (v12) {
      lms.set('cmi.core.lesson_status', completion ? 'completed' : 'incomplete');
    } else {
      lms.set('cmi.completion_status', completion ? 'completed' : 'incomplete');
      if (percent !== undefined) lms.set('cmi.progress_measure', String(Math.min(1, Math.max(0, percent / 100))));
    }
  };

  const onXapi = (event: Event): void => {
    if (ended) return;
    const el = event.currentTarget as HTMLElement;
    const statement = (event as CustomEvent<XapiStatement>).detail;
    const verb = statement?.verb?.id ?? '';
    if (kind === 'quiz') {
      if (verb.endsWith('/answered')) recordAnswer(statement);
      save(quizSuspendData((el as QuizElement).state, limit));
      if (verb.endsWith('/completed') && statement.result?.score) quizScored(statement.result.score);
    } else if (kind === 'checklist') {
      const percent = statement?.result?.extensions?.['https://w3id.org/xapi/cmi5/result/extensions/progress'];
      checklistProgress(el as ChecklistElement, statement?.result?.completion === true, percent);
    }
    lms.commit();
  };

  /** A note changed: only the suspend data (the status follows the ticks). */
  const onNote = (event: Event): void => {
    if (ended) return;
    saveChecklist(event.currentTarget as ChecklistElement);
    lms.commit();
  };

  const onReset = (event: Event): void => {
    if (ended) return;
    checklistProgress(event.currentTarget as ChecklistElement, false, 0);
    lms.commit();
  };

  /** The checklist once restored and listened to: leaving keeps a note still being typed. */
  let linkedChecklist: ChecklistElement | undefined;

  const terminate = (): void => {
    if (ended) return;
    ended = true;
    if (linkedChecklist) saveChecklist(linkedChecklist);
    const elapsed = Date.now() - started;
    if (v12) {
      lms.set('cmi.core.session_time', scorm12Duration(elapsed));
      lms.set('cmi.core.exit', finished ? '' : 'suspend');
    } else {
      lms.set('cmi.session_time', iso8601Duration(elapsed));
      lms.set('cmi.exit', finished ? 'normal' : 'suspend');
    }
    lms.commit();
    lms.terminate();
  };
  win.addEventListener('pagehide', terminate);

  const el = doc.querySelector<HTMLElement>(tag);
  if (el && kind !== 'page') {
    const suspended = readSuspendData(lms.get('cmi.suspend_data'));
    void win.customElements.whenDefined(tag).then(() => {
      if (ended) return;
      // The LMS keeps the learner's record: it is what the widget shows, even where this browser kept other ticks.
      if (kind === 'quiz' && suspended?.state !== undefined) (el as QuizElement).state = suspended.state;
      if (kind === 'checklist') {
        const list = el as ChecklistElement;
        list.value = Array.isArray(suspended?.value) ? (suspended.value as string[]) : [];
        const notes = suspended?.notes;
        list.noteValues = typeof notes === 'object' && notes !== null && !Array.isArray(notes) ? (notes as Record<string, string>) : {};
        list.addEventListener('hw-note', onNote);
        list.addEventListener('hw-reset', onReset);
        linkedChecklist = list;
      }
      el.addEventListener('hw-xapi', onXapi);
    });
  }

  return {
    version,
    get finished() {
      return finished;
    },
    terminate,
  };
}
