/**
 * The SCORM packages of `npm run build` (scripts/scorm.mjs), launched from
 * inside their zips (`/scorm/<name>/…`, web-test-runner.config.mjs) in an
 * iframe of this page, which plays the LMS: it holds a real SCORM runtime
 * (scorm-again) as `window.API` (1.2) or `window.API_1484_11` (2004).
 */
import { expect } from '@open-wc/testing';
import { unzipSync } from 'fflate';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { buildQuiz } from '../src/components/quiz/questions.js';
import { quizDataset } from '../src/components/quiz/dataset.js';
import type { QuizState } from '../src/components/quiz/record.js';
import { MAX_PARENTS, SUSPEND_DATA_LIMIT, checklistSuspendData, findApi, iso8601Duration, quizSuspendData, readSuspendData, scorm12Duration } from '../src/scorm/runtime.js';
import { captureWarnings, until } from './helpers.js';

type Lms = Window & { API?: unknown; API_1484_11?: unknown };
type QuizEl = HTMLElement & { state: QuizState; updateComplete: Promise<boolean> };
type ChecklistEl = HTMLElement & { value: string[]; noteValues: Record<string, string>; notes: boolean; updateComplete: Promise<boolean> };

const ADLCP_12 = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
const ADLCP_2004 = 'http://www.adlnet.org/xsd/adlcp_v1p3';

/** Every SetValue the package made, with whether the LMS accepted it. */
interface SetCall {
  element: string;
  value: string;
  ok: boolean;
}

/** A SCORM 1.2 runtime on this window, which records the package's SetValue calls. */
function lms12(json?: Record<string, unknown>): { api: Scorm12API; sets: SetCall[] } {
  const api = new Scorm12API({ logLevel: 5 });
  if (json) api.loadFromJSON(json);
  const sets: SetCall[] = [];
  const set = api.LMSSetValue.bind(api);
  api.LMSSetValue = (element: string, value: unknown) => {
    const result = set(element, value);
    sets.push({ element, value: String(value), ok: result === 'true' });
    return result;
  };
  (window as Lms).API = api;
  return { api, sets };
}

/** A SCORM 2004 runtime on this window, which records the package's SetValue calls. */
function lms2004(json?: Record<string, unknown>): { api: Scorm2004API; sets: SetCall[] } {
  const api = new Scorm2004API({ logLevel: 5 });
  if (json) api.loadFromJSON(json);
  const sets: SetCall[] = [];
  const set = api.SetValue.bind(api);
  api.SetValue = (element: string, value: unknown) => {
    const result = set(element, value);
    sets.push({ element, value: String(value), ok: result === 'true' });
    return result;
  };
  (window as Lms).API_1484_11 = api;
  return { api, sets };
}

/** The SetValue calls the LMS refused: none, in a package that keeps to the data model. */
function refused(sets: SetCall[]): string[] {
  return sets.filter((s) => !s.ok).map((s) => `${s.element}=${s.value}`);
}

/** The last value the package set for `element`, as the LMS recorded it (write-only elements such as cmi.core.exit cannot be read back). */
function lastSet(sets: SetCall[], element: string): string | undefined {
  return sets.filter((s) => s.element === element).at(-1)?.value;
}

/** Launches a package's launch page in an iframe; resolves once its widget is defined and rendered. */
async function launch<T extends HTMLElement & { updateComplete: Promise<boolean> }>(name: string, tag: string) {
  const frame = document.createElement('iframe');
  frame.width = '800';
  frame.height = '1200';
  const errors: string[] = [];
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = `/scorm/${name}/index.html`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  win.addEventListener('error', (e) => errors.push(e.message));
  await win.customElements.whenDefined(tag);
  const el = frame.contentDocument!.querySelector<T>(tag)!;
  await el.updateComplete;
  return {
    frame,
    win,
    doc: frame.contentDocument!,
    el,
    errors,
    /** Leaves the page (its `pagehide`, where the package ends the session) and removes the frame. */
    async leave() {
      const blank = new Promise((r) => frame.addEventListener('load', r, { once: true }));
      frame.src = 'about:blank';
      await blank;
      frame.remove();
    },
  };
}

/** The questions of the quiz's current round (drawn again from its seed, as the widget does). */
function roundOf(el: QuizEl) {
  const { seed, answers } = el.state;
  return buildQuiz(quizDataset, { topic: 'all', count: answers.length, seed });
}

/** The correct option of each question of the quiz's current round. */
function answersOf(el: QuizEl): string[] {
  return roundOf(el).map((q) => q.answer);
}

/** Answers the current question through the UI: clicks the option, then the check button, then "next". */
async function answer(el: QuizEl, correct: boolean): Promise<void> {
  const root = el.shadowRoot!;
  const index = el.state.answers.indexOf(null);
  const right = answersOf(el)[index]!;
  const radios = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  expect(radios.length, 'the options of the question').to.be.greaterThan(1);
  const radio = radios.find((r) => (r.value === right) === correct)!;
  radio.click();
  await el.updateComplete;
  root.querySelector<HTMLButtonElement>('button[data-action="check"]')!.click();
  await el.updateComplete;
  const next = root.querySelector<HTMLButtonElement>('.feedback .actions button');
  expect(next, 'the feedback after checking').to.exist;
  next!.click();
  await el.updateComplete;
}

/** Reads a package's zip as the test server serves it from dist/. */
async function zipEntries(name: string): Promise<Record<string, Uint8Array>> {
  const res = await fetch(`/dist/scorm/${name}.zip`);
  expect(res.status, `dist/scorm/${name}.zip (npm run build)`).to.equal(200);
  return unzipSync(new Uint8Array(await res.arrayBuffer()));
}

describe('SCORM packages (dist/scorm/*.zip)', () => {
  afterEach(() => {
    delete (window as Lms).API;
    delete (window as Lms).API_1484_11;
    document.querySelectorAll('iframe').forEach((f) => f.remove());
  });

  for (const [name, version] of [
    ['hohhot-quiz', '1.2'],
    ['strategy-checklist', '1.2'],
    ['hohhot-quiz-2004', '2004'],
    ['strategy-checklist-2004', '2004'],
  ] as const) {
    it(`${name}: imsmanifest.xml names one SCO whose files are all in the zip, and every file of the zip`, async () => {
      const entries = await zipEntries(name);
      const xml = new TextDecoder().decode(entries['imsmanifest.xml']);
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      expect(doc.querySelector('parsererror'), 'well-formed XML').to.equal(null);
      const manifest = doc.documentElement;
      expect(manifest.localName).to.equal('manifest');
      expect(manifest.getAttribute('identifier')).to.match(/^[A-Za-z_][\w.-]*$/);
      expect(doc.getElementsByTagName('schema')[0]?.textContent).to.equal('ADL SCORM');
      expect(doc.getElementsByTagName('schemaversion')[0]?.textContent).to.equal(version === '1.2' ? '1.2' : '2004 4th Edition');
      const organizations = doc.getElementsByTagName('organizations')[0]!;
      const org = [...doc.getElementsByTagName('organization')].find((o) => o.getAttribute('identifier') === organizations.getAttribute('default'));
      expect(org, 'the default organization').to.exist;
      const items = org!.getElementsByTagName('item');
      expect(items.length).to.equal(1);
      const resources = [...doc.getElementsByTagName('resource')];
      const sco = resources.find((r) => r.getAttribute('identifier') === items[0]!.getAttribute('identifierref'));
      expect(sco, "the item's resource").to.exist;
      const scormType = version === '1.2' ? sco!.getAttributeNS(ADLCP_12, 'scormtype') : sco!.getAttributeNS(ADLCP_2004, 'scormType');
      expect(scormType).to.equal('sco');
      const href = sco!.getAttribute('href')!;
      expect(entries[href], `the launch page ${href} is in the zip`).to.exist;
      const listed = [...sco!.getElementsByTagName('file')].map((f) => f.getAttribute('href')!);
      const ids = [...doc.querySelectorAll('[identifier]')].map((e) => e.getAttribute('identifier'));
      expect(new Set(ids).size, 'identifiers are unique').to.equal(ids.length);
      expect(listed).to.include(href);
      expect(listed.filter((f) => !entries[f]), 'listed but not in the zip').to.deep.equal([]);
      expect(Object.keys(entries).filter((f) => f !== 'imsmanifest.xml' && !listed.includes(f)), 'in the zip but not listed').to.deep.equal([]);
      // Every module the bundle imports (statically, with import(), by new URL()) is in the zip: nothing 404s.
      const missing: string[] = [];
      for (const [file, bytes] of Object.entries(entries)) {
        if (!file.endsWith('.js')) continue;
        const code = new TextDecoder().decode(bytes);
        for (const m of code.matchAll(/(?:from|import\s*\(|new URL\()\s*["'`]((?:\.{1,2}\/)?[\w./-]+\.js)["'`]/g)) {
          const target = new URL(m[1]!, `http://x/${file}`).pathname.slice(1);
          if (!entries[target]) missing.push(`${file} → ${target}`);
        }
      }
      expect(missing).to.deep.equal([]);
    });
  }

  it('the launch page: language and title of the widget, a strict policy, no inline script', async () => {
    const page = await launch<QuizEl>('hohhot-quiz', 'hohhot-quiz');
    const { doc, el } = page;
    expect(doc.documentElement.lang).to.equal('zh-CN');
    expect(doc.title).to.equal(el.shadowRoot!.querySelector('h2')!.textContent.trim());
    const csp = doc.querySelector<HTMLMetaElement>('meta[http-equiv="Content-Security-Policy"]')?.content ?? '';
    expect(csp).to.contain("script-src 'self'").and.contain("require-trusted-types-for 'script'");
    expect(csp).not.to.contain('unsafe');
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts.length).to.equal(2);
    expect(scripts.every((s) => s.src && !s.textContent.trim())).to.equal(true);
    expect(page.errors).to.deep.equal([]);
    await page.leave();
    // Served from inside the zip only: a file the zip lacks is not found, even one that dist/cdn/ has.
    expect((await fetch('/scorm/hohhot-quiz/hohhot-widgets-all.js')).status).to.equal(404);
    expect((await fetch('/dist/cdn/hohhot-widgets-all.js')).status).to.equal(200);
  });

  it('without an LMS the page still shows the widget, with no error', async () => {
    const quiz = await launch<QuizEl>('hohhot-quiz', 'hohhot-quiz');
    expect(quiz.el.shadowRoot!.querySelectorAll('input[type="radio"]').length).to.be.greaterThan(1);
    await answer(quiz.el, true);
    expect(quiz.el.state.answers[0]).to.be.a('string');
    expect(quiz.errors).to.deep.equal([]);
    await quiz.leave();
    const list = await launch<ChecklistEl>('strategy-checklist-2004', 'strategy-checklist');
    expect(list.el.shadowRoot!.querySelectorAll('input[type="checkbox"]').length).to.be.greaterThan(10);
    expect(list.errors).to.deep.equal([]);
    await list.leave();
  });

  it('SCORM 1.2 quiz: answered through the UI, score and completed status in the LMS', async () => {
    const { api, sets } = lms12();
    const page = await launch<QuizEl>('hohhot-quiz', 'hohhot-quiz');
    expect(api.cmi.core.lesson_status, 'once launched').to.equal('incomplete');
    const total = page.el.state.answers.length;
    expect(total).to.equal(5);
    // 3 of 5 right: 60 per cent.
    for (let i = 0; i < total; i++) await answer(page.el, i < 3);
    expect(page.el.shadowRoot!.querySelector('[part="result"]'), 'the score is shown').to.exist;
    expect(api.cmi.core.score.raw).to.equal('60');
    expect(api.cmi.core.score.min).to.equal('0');
    expect(api.cmi.core.score.max).to.equal('100');
    // No mastery score from the LMS: completed, neither passed nor failed.
    expect(api.cmi.core.lesson_status).to.equal('completed');
    // Each answer an interaction: the question, the option chosen, the correct one, the result.
    const round = roundOf(page.el);
    const chosen = page.el.state.answers;
    for (let i = 0; i < total; i++) {
      const at = `cmi.interactions.${i}`;
      expect(lastSet(sets, `${at}.id`)).to.equal(round[i]!.id);
      expect(lastSet(sets, `${at}.type`)).to.equal('choice');
      expect(lastSet(sets, `${at}.student_response`)).to.equal(chosen[i]);
      expect(lastSet(sets, `${at}.correct_responses.0.pattern`)).to.equal(round[i]!.answer);
      expect(lastSet(sets, `${at}.result`)).to.equal(i < 3 ? 'correct' : 'wrong');
    }
    expect(lastSet(sets, `cmi.interactions.${total}.id`)).to.equal(undefined);
    await page.leave();
    expect(api.isTerminated(), 'LMSFinish on pagehide').to.equal(true);
    expect(lastSet(sets, 'cmi.core.exit')).to.equal('');
    expect(lastSet(sets, 'cmi.core.session_time')).to.match(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    expect(refused(sets)).to.deep.equal([]);
  });

  it('SCORM 1.2 quiz: passed or failed against the mastery score the LMS gives', async () => {
    const high = lms12({ student_data: { mastery_score: '80' } });
    const a = await launch<QuizEl>('hohhot-quiz', 'hohhot-quiz');
    for (let i = 0; i < 5; i++) await answer(a.el, i !== 2);
    await a.leave();
    expect(high.api.cmi.core.score.raw).to.equal('80');
    expect(high.api.cmi.core.lesson_status).to.equal('passed');
    const low = lms12({ student_data: { mastery_score: '80' } });
    const b = await launch<QuizEl>('hohhot-quiz', 'hohhot-quiz');
    for (let i = 0; i < 5; i++) await answer(b.el, i < 2);
    await b.leave();
    expect(low.api.cmi.core.score.raw).to.equal('40');
    expect(low.api.cmi.core.lesson_status).to.equal('failed');
    expect(refused([...high.sets, ...low.sets])).to.deep.equal([]);
  });

  it('SCORM 1.2 quiz: leaving half-way suspends; a relaunch with the suspend data restores the answers', async () => {
    const first = lms12();
    const a = await launch<QuizEl>('hohhot-quiz', 'hohhot-quiz');
    await answer(a.el, true);
    await answer(a.el, false);
    const kept = a.el.state;
    await a.leave();
    expect(lastSet(first.sets, 'cmi.core.exit')).to.equal('suspend');
    expect(first.api.cmi.core.lesson_status).to.equal('incomplete');
    const suspendData = first.api.cmi.suspend_data;
    expect(suspendData.length).to.be.greaterThan(0).and.at.most(4096);
    expect((JSON.parse(suspendData) as { state: QuizState }).state).to.deep.equal(kept);

    const second = lms12({ suspend_data: suspendData, core: { entry: 'resume', lesson_status: 'incomplete' } });
    const b = await launch<QuizEl>('hohhot-quiz', 'hohhot-quiz');
    expect(b.el.state).to.deep.equal(kept);
    // At the third question, the first two answered as before.
    expect(b.el.shadowRoot!.querySelector('legend')!.textContent).to.match(/3/);
    for (let i = 2; i < 5; i++) await answer(b.el, true);
    // 4 of 5 right over both sessions.
    expect(second.api.cmi.core.score.raw).to.equal('80');
    expect(second.api.cmi.core.lesson_status).to.equal('completed');
    await b.leave();
    expect(refused([...first.sets, ...second.sets])).to.deep.equal([]);
  });

  it('SCORM 1.2 quiz in review mode: the recorded answers are shown, the record is left as it is', async () => {
    const first = lms12();
    const a = await launch<QuizEl>('hohhot-quiz', 'hohhot-quiz');
    for (let i = 0; i < 5; i++) await answer(a.el, i < 4);
    const kept = a.el.state;
    await a.leave();
    expect(first.api.cmi.core.lesson_status).to.equal('completed');
    const review = lms12({ suspend_data: first.api.cmi.suspend_data, core: { lesson_mode: 'review', lesson_status: 'completed', score: { raw: '80' } } });
    const b = await launch<QuizEl>('hohhot-quiz', 'hohhot-quiz');
    expect(b.el.state).to.deep.equal(kept);
    expect(b.el.shadowRoot!.querySelector('[part="result"]'), 'the score of the attempt').to.exist;
    await b.leave();
    expect(review.sets.map((s) => s.element)).to.deep.equal(['cmi.core.session_time']);
    expect(review.api.cmi.core.lesson_status).to.equal('completed');
  });

  it('SCORM 1.2 quiz: suspend data it cannot use (not JSON, another quiz) → a fresh start, no error', async () => {
    for (const bad of ['not json {', JSON.stringify({ v: 1, state: { seed: 1, answers: ['x'] } })]) {
      const { api } = lms12({ suspend_data: bad, core: { entry: 'resume' } });
      const page = await launch<QuizEl>('hohhot-quiz', 'hohhot-quiz');
      expect(page.el.state.answers).to.deep.equal([null, null, null, null, null]);
      expect(page.el.shadowRoot!.querySelectorAll('input[type="radio"]:not([disabled])').length).to.be.greaterThan(1);
      await answer(page.el, true);
      expect((JSON.parse(api.cmi.suspend_data) as { state: QuizState }).state.answers[0]).to.be.a('string');
      expect(page.errors).to.deep.equal([]);
      await page.leave();
    }
  });

  it('SCORM 2004 quiz: score, completion and success status, suspend and resume', async () => {
    const first = lms2004({ scaled_passing_score: '0.6' });
    const a = await launch<QuizEl>('hohhot-quiz-2004', 'hohhot-quiz');
    expect(first.api.cmi.completion_status).to.equal('incomplete');
    await answer(a.el, true);
    const kept = a.el.state;
    await a.leave();
    expect(lastSet(first.sets, 'cmi.exit')).to.equal('suspend');
    expect(lastSet(first.sets, 'cmi.session_time')).to.match(/^PT[\d.HMS]+$/);

    const second = lms2004({ scaled_passing_score: '0.6', suspend_data: first.api.cmi.suspend_data, entry: 'resume', completion_status: 'incomplete' });
    const b = await launch<QuizEl>('hohhot-quiz-2004', 'hohhot-quiz');
    expect(b.el.state).to.deep.equal(kept);
    for (let i = 1; i < 5; i++) await answer(b.el, i < 3);
    expect(second.api.cmi.score.raw).to.equal('3');
    expect(second.api.cmi.score.min).to.equal('0');
    expect(second.api.cmi.score.max).to.equal('5');
    expect(Number(second.api.cmi.score.scaled)).to.equal(0.6);
    expect(second.api.cmi.completion_status).to.equal('completed');
    expect(second.api.cmi.success_status).to.equal('passed');
    // The answers of this session as interactions, named by the question's IRI and worded in the widget's language.
    const round = roundOf(b.el);
    expect(lastSet(second.sets, 'cmi.interactions.0.id')).to.equal(`urn:hohhot-widgets:hohhot-quiz/questions/${encodeURIComponent(round[1]!.id)}`);
    expect(lastSet(second.sets, 'cmi.interactions.0.description')).to.match(/^\{lang=zh-CN\}\S/);
    expect(lastSet(second.sets, 'cmi.interactions.0.learner_response')).to.equal(b.el.state.answers[1]);
    expect(lastSet(second.sets, 'cmi.interactions.0.result')).to.equal('correct');
    expect(lastSet(second.sets, 'cmi.interactions.2.result')).to.equal('incorrect');
    expect(second.api.cmi.interactions.childArray.length).to.equal(4);
    await b.leave();
    expect(lastSet(second.sets, 'cmi.exit')).to.equal('normal');
    expect(refused([...first.sets, ...second.sets])).to.deep.equal([]);
  });

  it('SCORM 1.2 checklist: ticks go to the suspend data and survive a relaunch, whatever this browser stored', async () => {
    const first = lms12();
    const a = await launch<ChecklistEl>('strategy-checklist', 'strategy-checklist');
    // Its own key in this browser's storage, apart from the same list on the LMS's other pages.
    expect(a.el.getAttribute('storage-key')).to.match(/^scorm-[0-9a-f]{10}$/);
    const boxes = [...a.el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    boxes[0]!.click();
    boxes[3]!.click();
    await a.el.updateComplete;
    const ticked = a.el.value;
    expect(ticked.length).to.equal(2);
    expect(first.api.cmi.core.lesson_status).to.equal('incomplete');
    await a.leave();
    expect(lastSet(first.sets, 'cmi.core.exit')).to.equal('suspend');
    const suspendData = first.api.cmi.suspend_data;
    expect((JSON.parse(suspendData) as { value: string[] }).value).to.deep.equal(ticked);
    // The LMS's record, not this browser's storage, is what a relaunch shows.
    localStorage.clear();

    const second = lms12({ suspend_data: suspendData, core: { entry: 'resume', lesson_status: 'incomplete' } });
    const b = await launch<ChecklistEl>('strategy-checklist', 'strategy-checklist');
    await until(() => b.el.value.length === 2, 'the restored ticks');
    expect(b.el.value).to.deep.equal(ticked);
    const checked = [...b.el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map((x) => x.checked);
    expect(checked.filter(Boolean).length).to.equal(2);
    expect(checked[0]).to.equal(true);
    expect(checked[3]).to.equal(true);
    await b.leave();

    // A first launch starts empty, even where this browser kept ticks of the list.
    lms12();
    const c = await launch<ChecklistEl>('strategy-checklist', 'strategy-checklist');
    await until(() => c.el.value.length === 0, 'an empty list');
    expect(c.el.shadowRoot!.querySelectorAll('input[type="checkbox"]:checked').length).to.equal(0);
    await c.leave();
    expect(refused([...first.sets, ...second.sets])).to.deep.equal([]);
  });

  it('SCORM 1.2 checklist: notes go to the suspend data, typed or left, and come back at the next launch', async () => {
    const first = lms12();
    const a = await launch<ChecklistEl>('strategy-checklist', 'strategy-checklist');
    a.el.notes = true;
    await a.el.updateComplete;
    const fields = [...a.el.shadowRoot!.querySelectorAll<HTMLTextAreaElement>('textarea')];
    expect(fields.length, 'a note field per measure').to.be.greaterThan(10);
    a.el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')[0]!.click();
    // A note the learner finished (the field lost focus), and one still being typed when the page is left.
    fields[1]!.value = '课堂讨论：中欧班列';
    fields[1]!.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    fields[1]!.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    const committed = (JSON.parse(first.api.cmi.suspend_data) as { notes: Record<string, string> }).notes;
    expect(Object.values(committed)).to.deep.equal(['课堂讨论：中欧班列']);
    expect(committed).to.deep.equal(a.el.noteValues);
    fields[4]!.value = 'Ask about Ulanqab';
    fields[4]!.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const notes = a.el.noteValues;
    expect(Object.keys(notes).length).to.equal(2);
    const ticked = a.el.value;
    await a.leave();
    const suspendData = first.api.cmi.suspend_data;
    expect(suspendData.length).to.be.at.most(4096);
    expect(JSON.parse(suspendData)).to.deep.equal({ v: 1, value: ticked, notes });
    localStorage.clear();

    const second = lms12({ suspend_data: suspendData, core: { entry: 'resume', lesson_status: 'incomplete' } });
    const b = await launch<ChecklistEl>('strategy-checklist', 'strategy-checklist');
    b.el.notes = true;
    await until(() => Object.keys(b.el.noteValues).length === 2, 'the restored notes');
    expect(b.el.noteValues).to.deep.equal(notes);
    expect(b.el.value).to.deep.equal(ticked);
    await b.el.updateComplete;
    const shown = [...b.el.shadowRoot!.querySelectorAll<HTMLTextAreaElement>('textarea')].map((f) => f.value);
    expect(shown[1]).to.equal('课堂讨论：中欧班列');
    expect(shown[4]).to.equal('Ask about Ulanqab');
    expect(shown.filter(Boolean).length).to.equal(2);
    await b.leave();
    expect(refused([...first.sets, ...second.sets])).to.deep.equal([]);
  });

  it('SCORM 1.2 checklist: every measure ticked → completed, all ticks within the 4096 characters of suspend data', async () => {
    const { api, sets } = lms12();
    const page = await launch<ChecklistEl>('strategy-checklist', 'strategy-checklist');
    const boxes = [...page.el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    for (const box of boxes) box.click();
    await page.el.updateComplete;
    expect(api.cmi.core.lesson_status).to.equal('completed');
    const kept = (JSON.parse(api.cmi.suspend_data) as { value: string[] }).value;
    expect(api.cmi.suspend_data.length).to.be.at.most(4096);
    expect(kept.length).to.equal(boxes.length);
    expect(kept).to.deep.equal(page.el.value);
    // Unticking one makes the list incomplete again.
    boxes[1]!.click();
    await page.el.updateComplete;
    expect(api.cmi.core.lesson_status).to.equal('incomplete');
    await page.leave();
    expect(lastSet(sets, 'cmi.core.exit')).to.equal('suspend');
    expect(refused(sets)).to.deep.equal([]);
  });

  it('SCORM 2004 checklist: progress measure, completed once every measure is ticked', async () => {
    const { api, sets } = lms2004();
    const page = await launch<ChecklistEl>('strategy-checklist-2004', 'strategy-checklist');
    const boxes = [...page.el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    boxes[0]!.click();
    await page.el.updateComplete;
    expect(Number(api.cmi.progress_measure)).to.be.closeTo(1 / boxes.length, 0.01);
    expect(api.cmi.completion_status).to.equal('incomplete');
    for (const box of boxes.slice(1)) box.click();
    await page.el.updateComplete;
    expect(page.el.value.length).to.equal(boxes.length);
    expect(api.cmi.completion_status).to.equal('completed');
    expect(Number(api.cmi.progress_measure)).to.equal(1);
    await page.leave();
    expect(lastSet(sets, 'cmi.exit')).to.equal('normal');
    expect(refused(sets)).to.deep.equal([]);
  });
});

describe('SCORM runtime (src/scorm/runtime.ts)', () => {
  /** A chain of window-like objects, `levels` deep below a top one that has `api` as `name`. */
  function chain(levels: number, name: string, api: unknown): Window {
    const top: Record<string, unknown> = { [name]: api };
    top.parent = top;
    let win = top;
    for (let i = 0; i < levels; i++) win = { parent: win };
    return win as unknown as Window;
  }

  it('finds the API up the parents, then up the opener, within the limit', () => {
    const api = { LMSInitialize: () => 'true' };
    expect(findApi('1.2', chain(0, 'API', api))).to.equal(api);
    expect(findApi('1.2', chain(3, 'API', api))).to.equal(api);
    expect(findApi('2004', chain(3, 'API', api)), '2004 looks for API_1484_11').to.equal(null);
    expect(findApi('2004', chain(2, 'API_1484_11', api))).to.equal(api);
    expect(findApi('1.2', chain(MAX_PARENTS + 1, 'API', api)), 'beyond the limit').to.equal(null);
    const popup = { parent: null, opener: chain(2, 'API', api) } as unknown as Window;
    (popup as unknown as { parent: Window }).parent = popup;
    expect(findApi('1.2', popup)).to.equal(api);
  });

  it('a parent of another origin (reading it throws) counts as no API, without an error', () => {
    const foreign = {};
    Object.defineProperty(foreign, 'API', { get: () => { throw new DOMException('Blocked', 'SecurityError'); } });
    Object.defineProperty(foreign, 'parent', { get: () => foreign });
    expect(findApi('1.2', { parent: foreign } as unknown as Window)).to.equal(null);
  });

  it("keeps the checklist's suspend data within SCORM 1.2's 4096 characters, dropping the last ticks", async () => {
    const ids = Array.from({ length: 400 }, (_, i) => `measure-with-a-long-id-${i}`);
    let text = '';
    const warnings = await captureWarnings(() => {
      text = checklistSuspendData(ids, {}, SUSPEND_DATA_LIMIT['1.2']);
    });
    expect(text.length).to.be.at.most(4096);
    const kept = (JSON.parse(text) as { value: string[] }).value;
    expect(kept.length).to.be.greaterThan(100).and.lessThan(400);
    expect(kept).to.deep.equal(ids.slice(0, kept.length));
    expect(warnings.join('\n')).to.contain('4096').and.contain(`${400 - kept.length} ticked measures`);
    expect(checklistSuspendData(ids.slice(0, 3), {}, 4096)).to.equal(JSON.stringify({ v: 1, value: ids.slice(0, 3) }));
    // Notes are left out before ticks: the last ones first.
    const notes = Object.fromEntries(ids.slice(0, 20).map((id) => [id, '备注'.repeat(40)]));
    let withNotes = '';
    const noteWarnings = await captureWarnings(() => {
      withNotes = checklistSuspendData(ids.slice(0, 20), notes, 1000);
    });
    const parsed = JSON.parse(withNotes) as { value: string[]; notes: Record<string, string> };
    expect(withNotes.length).to.be.at.most(1000);
    expect(parsed.value).to.deep.equal(ids.slice(0, 20));
    const keptNotes = Object.keys(parsed.notes);
    expect(keptNotes.length).to.be.greaterThan(0).and.lessThan(20);
    expect(keptNotes).to.deep.equal(ids.slice(0, keptNotes.length));
    expect(noteWarnings.join('\n')).to.contain(`${20 - keptNotes.length} notes are not kept`);
    // Empty notes take no room.
    expect(checklistSuspendData(['a'], { a: '', b: 'x' }, 4096)).to.equal('{"v":1,"value":["a"],"notes":{"b":"x"}}');
    // The quiz's state is kept whole or not at all.
    expect(quizSuspendData({ seed: 1, answers: ['a'] }, 4096)).to.equal('{"v":1,"state":{"seed":1,"answers":["a"]}}');
    const tooLong = await captureWarnings(() => {
      expect(quizSuspendData({ seed: 1, answers: ids }, 4096)).to.equal(null);
    });
    expect(tooLong.join('\n')).to.contain('not kept');
  });

  it('suspend data that is not its JSON is refused with a warning', async () => {
    const warnings = await captureWarnings(() => {
      expect(readSuspendData('')).to.equal(null);
      expect(readSuspendData('{"v":1,"value":["a"]}')).to.deep.equal({ v: 1, value: ['a'] });
      expect(readSuspendData('{"v":2}')).to.equal(null);
      expect(readSuspendData('bookmark=3')).to.equal(null);
    });
    expect(warnings.length).to.equal(2);
    expect(warnings[0]).to.contain('cmi.suspend_data');
  });

  it('writes session times as each version wants them', () => {
    expect(scorm12Duration(0)).to.equal('0000:00:00.00');
    expect(scorm12Duration(3_723_450)).to.equal('0001:02:03.45');
    expect(iso8601Duration(0)).to.equal('PT0S');
    expect(iso8601Duration(3_723_450)).to.equal('PT1H2M3.45S');
  });
});
