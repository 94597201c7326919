import { expect, html } from '@open-wc/testing';
import '../src/define/quiz.js';
import '../src/define/strategy-checklist.js';
import type { HohhotQuiz, QuizState } from '../src/components/quiz/quiz.js';
import type { StrategyChecklist } from '../src/components/strategy-checklist/strategy-checklist.js';
import { buildQuiz } from '../src/components/quiz/questions.js';
import { quizDataset } from '../src/components/quiz/dataset.js';
import { seedFrom } from '../src/components/quiz/random.js';
import { strategies } from '../src/data/index.js';
import type { XapiStatement } from '../src/core/util/xapi.js';
import { $, $$, captureWarnings, mount, textOf } from './helpers.js';

const ANSWERED = 'http://adlnet.gov/expapi/verbs/answered';
const COMPLETED = 'http://adlnet.gov/expapi/verbs/completed';
const PROGRESSED = 'http://adlnet.gov/expapi/verbs/progressed';
const PROGRESS = 'https://w3id.org/xapi/cmi5/result/extensions/progress';

/** Collects the `hw-xapi` statements an element fires, as a listener on `document` would see them. */
function record(): { statements: XapiStatement[]; stop: () => void } {
  const statements: XapiStatement[] = [];
  const on = (e: Event) => statements.push((e as CustomEvent<XapiStatement>).detail);
  document.addEventListener('hw-xapi', on);
  return { statements, stop: () => document.removeEventListener('hw-xapi', on) };
}

const round = (seed: string, count = 3) => buildQuiz(quizDataset, { topic: 'all', count, seed: seedFrom(seed) });

/** Chooses the option `id` of the current question, checks it and goes on, through the UI. */
async function answer(el: HohhotQuiz, optionId: string): Promise<void> {
  const radio = ($$(el, 'input[type="radio"]') as HTMLInputElement[]).find((r) => r.value === optionId);
  if (!radio) throw new Error(`no option ${optionId}`);
  radio.click();
  await el.updateComplete;
  ($(el, 'button[data-action="check"]') as HTMLButtonElement).click();
  await el.updateComplete;
  ($(el, '.feedback .actions button') as HTMLButtonElement).click();
  await el.updateComplete;
}

const quizTag = (attrs: { lang?: string; seed?: string; count?: number; activity?: string } = {}) =>
  html`<hohhot-quiz lang=${attrs.lang ?? 'en'} seed=${attrs.seed ?? 'x-1'} count=${attrs.count ?? 3} activity-id=${attrs.activity ?? ''}></hohhot-quiz>`;

describe('xAPI statements and a kept state', () => {
  describe('<hohhot-quiz>', () => {
    it('fires an answered statement per question and a completed one with the score, without an actor', async () => {
      const questions = round('x-1');
      const el = await mount<HohhotQuiz>(quizTag({ activity: 'https://lms.example.edu/course/7/quiz' }));
      // Right, wrong, right.
      const wrong = questions[1]!.options.find((o) => o.id !== questions[1]!.answer)!.id;
      const rec = record();
      try {
        await answer(el, questions[0]!.answer);
        await answer(el, wrong);
        await answer(el, questions[2]!.answer);
      } finally {
        rec.stop();
      }
      const [a1, a2, a3, done, ...rest] = rec.statements;
      expect(rest).to.have.length(0);
      for (const s of [a1, a2, a3]) {
        expect(s!.verb.id).to.equal(ANSWERED);
        expect(s!.context.contextActivities?.parent?.[0]?.id).to.equal('https://lms.example.edu/course/7/quiz');
      }
      expect(a1!.object.id).to.equal(`https://lms.example.edu/course/7/quiz/questions/${questions[0]!.id}`);
      expect(a1!.object.definition?.interactionType).to.equal('choice');
      expect(a1!.object.definition?.correctResponsesPattern).to.deep.equal([questions[0]!.answer]);
      expect(a1!.object.definition?.choices?.map((c) => c.id)).to.deep.equal(questions[0]!.options.map((o) => o.id));
      expect(a1!.object.definition?.name?.en).to.equal(questions[0]!.prompt.en);
      expect(a1!.result).to.deep.equal({ response: questions[0]!.answer, success: true });
      expect(a2!.result).to.deep.equal({ response: wrong, success: false });
      expect(a3!.result?.success).to.equal(true);
      expect(done!.verb.id).to.equal(COMPLETED);
      expect(done!.object.id).to.equal('https://lms.example.edu/course/7/quiz');
      expect(done!.object.definition?.type).to.equal('http://adlnet.gov/expapi/activities/assessment');
      expect(done!.result).to.deep.equal({ score: { raw: 2, min: 0, max: 3, scaled: 0.6667 }, completion: true });
      for (const s of rec.statements) {
        expect(s).not.to.have.property('actor');
        expect(s.context.language).to.equal('en');
        expect(Number.isNaN(Date.parse(s.timestamp))).to.equal(false);
        // What a host forwards with postMessage or sends to an LRS must survive JSON.
        expect(JSON.parse(JSON.stringify(s))).to.deep.equal(s);
      }
    });

    it('names the activities in Chinese on a Chinese quiz and uses the default IRI without activity-id', async () => {
      const questions = round('x-1', 1);
      const el = await mount<HohhotQuiz>(quizTag({ lang: 'zh-CN', count: 1 }));
      const rec = record();
      await answer(el, questions[0]!.answer);
      rec.stop();
      expect(rec.statements.map((s) => s.verb.id)).to.deep.equal([ANSWERED, COMPLETED]);
      expect(rec.statements[0]!.object.id).to.equal(`urn:hohhot-widgets:hohhot-quiz/questions/${questions[0]!.id}`);
      expect(rec.statements[0]!.object.definition?.name).to.deep.equal({ 'zh-CN': questions[0]!.prompt.zh });
      expect(rec.statements[1]!.object.definition?.name?.['zh-CN']).to.equal(textOf($(el, 'h2')!));
      expect(rec.statements[1]!.context.language).to.equal('zh-CN');
    });

    it('warns once about an activity-id that is not an IRI and uses the default', async () => {
      const questions = round('x-1', 1);
      const rec = record();
      const warnings = await captureWarnings(async () => {
        const el = await mount<HohhotQuiz>(quizTag({ count: 1, activity: 'my quiz' }));
        await answer(el, questions[0]!.answer);
      });
      rec.stop();
      expect(warnings.filter((w) => w.includes('activity-id="my quiz"'))).to.have.length(1);
      expect(rec.statements[1]!.object.id).to.equal('urn:hohhot-widgets:hohhot-quiz');
    });

    it('gives its state and shows the same answers again from it, at the next question, firing nothing', async () => {
      const questions = round('x-1');
      const first = await mount<HohhotQuiz>(quizTag());
      await answer(first, questions[0]!.answer);
      const state = first.state;
      expect(state).to.deep.equal({ seed: seedFrom('x-1'), answers: [questions[0]!.answer, null, null] });

      // A relaunch: a new quiz without a seed of its own is given the kept state.
      const rec = record();
      const again = await mount<HohhotQuiz>(html`<hohhot-quiz lang="en" count="3"></hohhot-quiz>`);
      again.state = JSON.parse(JSON.stringify(state)) as QuizState;
      await again.updateComplete;
      rec.stop();
      expect(rec.statements).to.have.length(0);
      expect(textOf($(again, 'legend')!)).to.include(questions[1]!.prompt.en);
      expect(again.state).to.deep.equal(state);
      // Answering on goes on from there, and the score counts the kept answer.
      await answer(again, questions[1]!.answer);
      await answer(again, questions[2]!.answer);
      expect(textOf($(again, '.result h3')!)).to.include('3');
    });

    it('shows the score when the kept state has every answer', async () => {
      const questions = round('x-2');
      const el = await mount<HohhotQuiz>(quizTag({ seed: 'other' }));
      const wrong = questions[0]!.options.find((o) => o.id !== questions[0]!.answer)!.id;
      el.state = { seed: seedFrom('x-2'), answers: [wrong, questions[1]!.answer, questions[2]!.answer] };
      await el.updateComplete;
      expect($(el, '.result')).to.exist;
      expect(textOf($(el, '.result h3')!)).to.match(/\b2\b.*\b3\b/);
      expect($(el, 'input[type="radio"]')).to.equal(null);
    });

    it('ignores, with one warning each, states that do not fit the quiz', async () => {
      const questions = round('x-1');
      const el = await mount<HohhotQuiz>(quizTag());
      await answer(el, questions[0]!.answer);
      const before = el.state;
      const seed = seedFrom('x-1');
      const bad: unknown[] = [
        null,
        'x',
        { seed },
        { seed: 1.5, answers: [null, null, null] },
        { seed, answers: [null, null] },
        { seed, answers: [null, null, null, null] },
        { seed, answers: ['not-an-option', null, null] },
        { seed, answers: [42, null, null] },
      ];
      for (const value of bad) {
        const warnings = await captureWarnings(async () => {
          el.state = value as QuizState;
          await el.updateComplete;
        });
        expect(warnings, JSON.stringify(value)).to.have.length(1);
        expect(warnings[0]).to.include('state does not fit this quiz');
        expect(el.state, JSON.stringify(value)).to.deep.equal(before);
      }
      // Still answering where it was.
      expect(textOf($(el, 'legend')!)).to.include(questions[1]!.prompt.en);
    });
  });

  describe('<strategy-checklist>', () => {
    beforeEach(() => localStorage.clear());

    it('fires a progressed statement per tick and untick, with the measure, the progress and completion', async () => {
      const el = await mount<StrategyChecklist>(
        html`<strategy-checklist lang="en" storage-key="xapi-1" activity-id="https://lms.example.edu/course/7/checklist"></strategy-checklist>`,
      );
      const ids = strategies.strategies.flatMap((s) => s.measures.map((m) => m.id));
      const box = (id: string) => $(el, `li[data-id="${id}"] input[type="checkbox"]`) as HTMLInputElement;
      const rec = record();
      box(ids[0]!).click();
      await el.updateComplete;
      box(ids[0]!).click();
      await el.updateComplete;
      rec.stop();
      expect(rec.statements).to.have.length(2);
      const [tick, untick] = rec.statements;
      expect(tick!.verb.id).to.equal(PROGRESSED);
      expect(tick!.object.id).to.equal('https://lms.example.edu/course/7/checklist');
      expect(tick!.context.contextActivities?.other?.[0]?.id).to.equal(`https://lms.example.edu/course/7/checklist/measures/${ids[0]!}`);
      const measure = strategies.strategies[0]!.measures[0]!;
      expect(tick!.context.contextActivities?.other?.[0]?.definition?.name?.en).to.equal(measure.label.en);
      expect(tick!.result?.extensions?.[PROGRESS]).to.equal(Math.round((1 / ids.length) * 100));
      expect(tick!.result?.completion).to.equal(false);
      expect(untick!.result?.extensions?.[PROGRESS]).to.equal(0);
      expect(tick).not.to.have.property('actor');
    });

    it('says completed when the last measure is ticked, and fires nothing when value is set by code', async () => {
      const el = await mount<StrategyChecklist>(html`<strategy-checklist lang="zh-CN" storage-key="xapi-2"></strategy-checklist>`);
      const ids = strategies.strategies.flatMap((s) => s.measures.map((m) => m.id));
      const rec = record();
      el.value = ids.slice(1);
      await el.updateComplete;
      expect(rec.statements).to.have.length(0);
      ($(el, `li[data-id="${ids[0]!}"] input[type="checkbox"]`) as HTMLInputElement).click();
      await el.updateComplete;
      rec.stop();
      expect(rec.statements).to.have.length(1);
      expect(rec.statements[0]!.result).to.deep.equal({ completion: true, extensions: { [PROGRESS]: 100 } });
      expect(rec.statements[0]!.object.id).to.equal('urn:hohhot-widgets:strategy-checklist');
      expect(rec.statements[0]!.context.language).to.equal('zh-CN');
    });
  });
});
