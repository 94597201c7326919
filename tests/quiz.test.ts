import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, itEmulating, resetMedia, sendKeys } from './commands.js';
import '../src/define/quiz.js';
import '../src/define/paper-citation.js';
import type { HohhotQuiz, QuizCompleteDetail } from '../src/components/quiz/quiz.js';
import { buildQuiz, questionsFor, statedFigures, type QuizQuestion, type QuizTopic } from '../src/components/quiz/questions.js';
import { type QuizDataset, quizDataset } from '../src/components/quiz/dataset.js';
import { seedFrom } from '../src/components/quiz/random.js';
import { formatFigure, formatValue } from '../src/core/i18n/format.js';
import type { Lang } from '../src/core/controllers/lang.js';
import { ecommerce, investment2024, trade2024 } from '../src/data/index.js';
import type { Figure } from '../src/data/schema.js';
import { $, $$, captureWarnings, mount, textOf, servedJson } from './helpers.js';
import { quizTradeRevised } from './fixtures/datasets.js';
import {
  expectInvalidData,
  itHasNoAxeViolations,
  itHasNoAxeViolationsShowingAnError,
  itReportsBadSrc,
  mountWarnedOnce,
  expectAutoFollowsPageScheme,
} from './contract.js';

const pickText = (t: { zh: string; en: string }, lang: Lang) => (lang === 'zh-CN' ? t.zh : t.en);
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The questions a seeded widget asks, from the same pure function it uses. */
const expected = (seed: string, topic: QuizTopic = 'all', count = 5, data: QuizDataset = quizDataset) =>
  buildQuiz(data, { topic, count, seed: seedFrom(seed) });

/** A seed whose first question is `id`. */
function seedFor(id: string, topic: QuizTopic, data: QuizDataset = quizDataset): string {
  for (let i = 0; i < 5000; i++) if (expected(`s${i}`, topic, 1, data)[0]!.id === id) return `s${i}`;
  throw new Error(`no seed gives ${id} first`);
}

const legend = (el: HohhotQuiz) => clean($(el, 'legend')?.textContent);
const optionTexts = (el: HohhotQuiz) => $$(el, '.option-text').map((o) => clean(o.textContent));
const radios = (el: HohhotQuiz) => $$(el, 'input[type="radio"]') as HTMLInputElement[];

async function choose(el: HohhotQuiz, text: string): Promise<void> {
  const i = optionTexts(el).indexOf(text);
  if (i < 0) throw new Error(`no option "${text}" in ${optionTexts(el).join(' | ')}`);
  radios(el)[i]!.click();
  await el.updateComplete;
}
async function submit(el: HohhotQuiz): Promise<void> {
  ($(el, 'button[data-action="check"]') as HTMLButtonElement).click();
  await el.updateComplete;
  await el.updateComplete;
}
async function next(el: HohhotQuiz): Promise<void> {
  ($(el, '.feedback .actions button') as HTMLButtonElement).click();
  await el.updateComplete;
  await el.updateComplete;
}
const answerText = (q: QuizQuestion, lang: Lang) => pickText(q.options.find((o) => o.id === q.answer)!.text, lang);
const wrongText = (q: QuizQuestion, lang: Lang) => pickText(q.options.find((o) => o.id !== q.answer)!.text, lang);

/** Walks through the whole quiz; `pick` says which option text to choose for each question. */
async function walk(el: HohhotQuiz, pick: (i: number) => string): Promise<{ legends: string[]; options: string[][] }> {
  const legends: string[] = [];
  const options: string[][] = [];
  for (let i = 0; !$(el, '.result'); i++) {
    legends.push(legend(el));
    options.push(optionTexts(el));
    await choose(el, pick(i));
    await submit(el);
    await next(el);
  }
  return { legends, options };
}

const tag = (lang: string, seed = 'lesson-1', topic = 'all', count = 5) =>
  html`<hohhot-quiz lang=${lang} seed=${seed} topic=${topic} count=${count}></hohhot-quiz>`;

/** Figure questions and the stated figure each asks for. */
const figureQuestions: [string, Figure][] = [
  ['trade-total', trade2024.total],
  ['trade-growth', trade2024.growth],
  ['trade-share-of-region', trade2024.shareOfRegion],
  ['trade-belt-and-road-value', trade2024.beltAndRoad.value],
  ['trade-belt-and-road-growth', trade2024.beltAndRoad.growth],
  ['trade-belt-and-road-share', trade2024.beltAndRoad.share],
  ['investment-projects-1', investment2024.thresholds[0]!.count],
  ['investment-projects-10', investment2024.thresholds[1]!.count],
  ['investment-projects-100', investment2024.thresholds[2]!.count],
  ['investment-agreed', investment2024.agreedInvestment],
  ['investment-funds-in-place', investment2024.fundsInPlaceRate],
  ['investment-horinger', investment2024.horinger2025.investment],
  ['ecommerce-enterprises', ecommerce.enterprisesInZone],
  ['ecommerce-platform', ecommerce.platformEnterprises],
  ['ecommerce-trade', ecommerce.trade],
];

describe('<hohhot-quiz>', () => {
  afterEach(async () => {
    await resetMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    document.documentElement.lang = 'en';
  });

  describe('questions built from the data', () => {
    const all = questionsFor(quizDataset, 'all');
    const byId = (id: string) => all.find((q) => q.id === id)!;

    it('has questions on every topic', () => {
      for (const topic of ['trade', 'investment', 'ecommerce', 'cooperation', 'strategies'] as const) {
        expect(questionsFor(quizDataset, topic).length, topic).to.be.greaterThan(2);
      }
    });

    it('gives every figure as formatFigure prints it, in both languages', () => {
      for (const [id, fig] of figureQuestions) {
        const q = byId(id);
        for (const lang of ['zh-CN', 'en'] as const) {
          // A bound is asked as "more than how much?", its options the bare amounts.
          const expected = fig.bound === 'exact' ? formatFigure(fig, lang) : formatValue(fig.value, fig.unit, lang);
          expect(answerText(q, lang), `${id} ${lang}`).to.equal(expected);
          expect(pickText(q.explanation, lang), `${id} ${lang}`).to.contain(formatFigure(fig, lang));
        }
      }
      // The paper's printed forms.
      expect(answerText(byId('trade-total'), 'zh-CN')).to.equal('226.7亿元');
      expect(answerText(byId('trade-total'), 'en')).to.equal('CNY 22.67 billion');
      expect(answerText(byId('ecommerce-enterprises'), 'zh-CN')).to.equal('184家');
      expect(answerText(byId('ecommerce-enterprises'), 'en')).to.equal('184 enterprises');
      expect(answerText(byId('ecommerce-trade'), 'zh-CN')).to.equal('12亿元');
      expect(answerText(byId('ecommerce-trade'), 'en')).to.equal('CNY 1.2 billion');
      expect(byId('ecommerce-trade').explanation.zh).to.contain('超过12亿元');
      expect(answerText(byId('investment-projects-1'), 'zh-CN')).to.equal('430个');
      expect(answerText(byId('investment-horinger'), 'en')).to.equal('CNY 8.555 billion');
      expect(byId('trade-total').prompt.zh).to.contain('赛罕海关').and.to.contain(String(trade2024.year));
    });

    it('uses only real figures of the same unit as wrong options, or says which are derived', () => {
      const stated = statedFigures(quizDataset);
      for (const [id, fig] of figureQuestions) {
        const q = byId(id);
        for (const lang of ['zh-CN', 'en'] as const) {
          const real = new Set(stated.filter((f) => f.unit === fig.unit).map((f) => formatValue(f.value, f.unit, lang)));
          for (const o of q.options) {
            const text = pickText(o.text, lang);
            if (!real.has(text)) expect(q.note ? pickText(q.note, lang) : '', `${id}: ${text}`).to.contain(text);
          }
        }
        expect(new Set(q.options.map((o) => o.text.en)).size, id).to.equal(q.options.length);
      }
      expect(byId('ecommerce-enterprises').note!.en).to.contain('not figures it states');
    });

    it('asks for the lower bound the paper gives, so that no wrong option (a larger bound) could also be true', () => {
      const bounded = figureQuestions.filter(([, fig]) => fig.bound !== 'exact');
      expect(bounded.map(([id]) => id)).to.include('ecommerce-trade');
      for (const [id] of bounded) {
        const q = byId(id);
        expect(q.prompt.zh, id).to.contain('超过');
        expect(q.prompt.en, id).to.contain('more than how much');
        for (const o of q.options) {
          expect(o.text.zh, id).not.to.match(/超过|以上/);
          expect(o.text.en, id).not.to.match(/more than|at least/);
        }
      }
    });

    it('never puts two questions that share an explanation in one round', () => {
      const shared = new Map<string, string[]>();
      for (const q of all) shared.set(q.explanation.en, [...(shared.get(q.explanation.en) ?? []), q.id]);
      const pairs = [...shared.values()].filter((ids) => ids.length > 1);
      expect(pairs.flat()).to.include.members(['ecommerce-enterprises', 'ecommerce-platform']);
      for (const topic of ['all', 'ecommerce'] as const) {
        for (let seed = 1; seed <= 300; seed++) {
          const round = buildQuiz(quizDataset, { topic, count: 100, seed });
          for (const ids of pairs) {
            expect(round.filter((q) => ids.includes(q.id)).length, `${topic} seed ${seed}: ${ids.join(', ')}`).to.be.at.most(1);
          }
          expect(new Set(round.map((q) => q.explanation.zh)).size).to.equal(round.length);
        }
      }
    });

    it('marks the derived region growth as derived and explains percentage points', () => {
      const q = byId('trade-region-growth');
      expect(q.derived).to.equal(true);
      expect(answerText(q, 'zh-CN')).to.equal('5.8%');
      expect(q.explanation.en).to.contain('17.3% − 11.5 percentage points = 5.8%');
      expect(q.note!.zh).to.contain('都不是论文给出的数值');
    });

    it('takes names from the data and gives each question a source', () => {
      const q = byId('cooperation-city-ordos');
      expect(q.prompt.en).to.contain('coal, chemicals and cashmere');
      expect(answerText(q, 'en')).to.equal('Ordos');
      expect(answerText(byId('trade-top-partner'), 'zh-CN')).to.equal('马来西亚');
      expect(byId('trade-top-import').provenance).to.deep.equal([{ section: '2.1', refs: [4], origin: trade2024.origin }]);
      for (const x of all) {
        expect(x.provenance.length, x.id).to.be.greaterThan(0);
        expect(x.explanation.zh.length && x.explanation.en.length, x.id).to.be.greaterThan(0);
        expect(x.options.some((o) => o.id === x.answer), x.id).to.equal(true);
      }
    });

    it('same seed → same questions, order and options; another seed → another order', () => {
      expect(expected('42')).to.deep.equal(expected('42'));
      expect(expected('42').map((q) => q.id)).not.to.deep.equal(expected('43').map((q) => q.id));
      const topics = new Set(expected('42').map((q) => q.topic));
      expect(topics.size).to.equal(5);
    });
  });

  describe('content', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      it(`shows the seeded first question with its options (${lang})`, async () => {
        const el = await mount<HohhotQuiz>(tag(lang));
        const q = expected('lesson-1')[0]!;
        expect(legend(el)).to.contain(pickText(q.prompt, lang));
        expect(legend(el)).to.contain(lang === 'zh-CN' ? '第1题（共5题）' : 'Question 1 of 5');
        expect(optionTexts(el)).to.deep.equal(q.options.map((o) => pickText(o.text, lang)));
        expect($(el, 'fieldset legend')).to.exist;
        expect(textOf(el)).to.contain(lang === 'zh-CN' ? '共5道选择题' : '5 multiple-choice questions');
      });
    }

    it('shows the trade total as printed, in Chinese and English', async () => {
      const seed = seedFor('trade-total', 'trade');
      const el = await mount<HohhotQuiz>(tag('zh-CN', seed, 'trade'));
      expect(legend(el)).to.contain('据赛罕海关统计，2024年呼和浩特市进出口贸易值是多少？');
      expect(optionTexts(el)).to.include('226.7亿元');
      el.lang = 'en';
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(legend(el)).to.contain("According to Saihan Customs, what was the value of Hohhot's imports and exports in 2024?");
      expect(optionTexts(el)).to.include('CNY 22.67 billion');
    });

    it('gives feedback with the answer, an explanation and its source', async () => {
      const seed = seedFor('trade-top-import', 'trade');
      const el = await mount<HohhotQuiz>(tag('zh-CN', seed, 'trade'));
      await choose(el, '食品');
      await submit(el);
      const feedback = $(el, '.feedback')!;
      expect(clean(feedback.textContent)).to.contain('回答错误。正确答案：成品油');
      expect(clean(feedback.textContent)).to.contain('成品油35.1亿元');
      const source = clean(feedback.querySelector('.q-source')!.textContent);
      expect(source).to.contain('二（一）');
      expect(source).to.contain('赛罕海关统计');
      expect(feedback.querySelector('button.ref[data-ref="4"]')).to.exist;
      expect(clean($(el, '.option.is-answer')!.textContent)).to.contain('成品油').and.contain('✓ 正确答案');
      expect(clean($(el, '.option.is-wrong')!.textContent)).to.contain('食品').and.contain('✗ 你的选择');
      expect(radios(el).every((r) => r.disabled)).to.equal(true);
      // Heard once: the focus is on the feedback, which a screen reader reads; the live region stays silent.
      expect(el.shadowRoot!.activeElement).to.equal(feedback);
      expect(clean($(el, '[aria-live="polite"]')!.textContent)).to.equal('');
    });

    it('marks a derived answer as derived', async () => {
      const seed = seedFor('trade-region-growth', 'trade');
      const el = await mount<HohhotQuiz>(tag('en', seed, 'trade'));
      await choose(el, '5.8%');
      await submit(el);
      expect(clean($(el, '.feedback')!.textContent)).to.contain('Correct.').and.contain('(derived)');
      expect(clean($(el, '.feedback .note')!.textContent)).to.contain('none is a figure the paper states');
    });

    it('ends with a source line naming the paper and the references of its questions', async () => {
      const el = await mount<HohhotQuiz>(tag('en', 'x', 'trade', 20));
      const source = clean($(el, '[part="source"]')!.textContent);
      expect(source).to.contain('Li Jianhong');
      expect(source).to.contain('section 2.1');
      expect(source).to.contain('compiled by Saihan Customs');
      expect($(el, '[part="source"] button.ref[data-ref="4"]')).to.exist;
    });

    it('limits the quiz with count and topic', async () => {
      const el = await mount<HohhotQuiz>(tag('en', 'x', 'strategies', 3));
      expect(legend(el)).to.contain('Question 1 of 3');
      expect(legend(el)).to.contain('Under which strategy');
      el.count = 100;
      await el.updateComplete;
      expect(legend(el)).to.contain(`of ${questionsFor(quizDataset, 'strategies').length}`);
    });

    it('asks to choose before checking, and keeps focus in the question', async () => {
      const el = await mount<HohhotQuiz>(tag('en'));
      await submit(el);
      expect(clean($(el, '.hint')!.textContent)).to.equal('Choose an answer first.');
      expect($(el, 'fieldset')!.getAttribute('aria-describedby')).to.equal('quiz-hint');
      expect(el.shadowRoot!.activeElement).to.equal(radios(el)[0]);
      expect($(el, '.feedback')).to.equal(null);
      // Said once, by the description of the group the focus lands in: not by the live region too.
      expect(clean($(el, '[aria-live="polite"]')!.textContent)).to.equal('');
    });

    it('announces the hint when Enter is pressed on an option while none is chosen (the focus does not move)', async () => {
      const el = await mount<HohhotQuiz>(tag('en'));
      radios(el)[0]!.focus();
      radios(el)[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(radios(el)[0]);
      expect(clean($(el, '[aria-live="polite"]')!.textContent)).to.equal('Choose an answer first.');
    });

    it('falls back with one warning on unknown attribute values', async () => {
      const { el } = await mountWarnedOnce<HohhotQuiz>(html`<hohhot-quiz topic="weather" count="zero"></hohhot-quiz>`, 'topic="weather"', 'count="zero"');
      expect(el.topic).to.equal('all');
      expect(el.count).to.equal(5);
      const more = await captureWarnings(async () => {
        el.setAttribute('count', '0');
        await el.updateComplete;
      });
      expect(el.count).to.equal(5);
      expect(more).to.have.length(1);
    });
  });

  describe('scoring, the event and retry', () => {
    it('scores all correct answers as full marks and reports them in quiz-complete', async () => {
      const el = await mount<HohhotQuiz>(tag('zh-CN', 'full-marks'));
      const qs = expected('full-marks');
      const events: QuizCompleteDetail[] = [];
      document.addEventListener('hw-quiz-complete', (e) => events.push((e).detail));
      const done = oneEvent<CustomEvent<QuizCompleteDetail>>(el, 'hw-quiz-complete');
      const { legends } = await walk(el, (i) => answerText(qs[i]!, 'zh-CN'));
      legends.forEach((l, i) => expect(l).to.contain(qs[i]!.prompt.zh));
      const event = await done;
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.detail.score).to.equal(5);
      expect(event.detail.total).to.equal(5);
      expect(event.detail.answers.map((a) => a.id)).to.deep.equal(qs.map((q) => q.id));
      expect(event.detail.answers.every((a) => a.correct && a.chosen === a.answer)).to.equal(true);
      expect(event.detail.answers[0]!.question).to.equal(qs[0]!.prompt.zh);
      expect(events).to.have.length(1);
      expect(clean($(el, '.result h3')!.textContent)).to.equal('得分：5题中答对5题');
      expect(textOf(el)).to.contain('全部答对！');
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.result h3'));
      // The focused heading says the score; the live region does not say it again.
      expect(clean($(el, '[aria-live="polite"]')!.textContent)).to.equal('');
    });

    it('counts a wrong answer and reports what was chosen', async () => {
      const el = await mount<HohhotQuiz>(tag('en', 'one-wrong'));
      const qs = expected('one-wrong');
      const done = oneEvent<CustomEvent<QuizCompleteDetail>>(el, 'hw-quiz-complete');
      await walk(el, (i) => (i === 1 ? wrongText(qs[i]!, 'en') : answerText(qs[i]!, 'en')));
      const { detail } = await done;
      expect(detail.score).to.equal(4);
      expect(detail.answers[1]).to.deep.equal({
        id: qs[1]!.id,
        question: qs[1]!.prompt.en,
        chosen: wrongText(qs[1]!, 'en'),
        answer: answerText(qs[1]!, 'en'),
        correct: false,
      });
      expect(clean($(el, '.result h3')!.textContent)).to.equal('Your score: 4 of 5');
      expect(clean($$(el, '.review li')[1]!.textContent)).to.contain(`Correct answer: ${answerText(qs[1]!, 'en')}`);
    });

    it('repeats the same quiz on retry with a seed', async () => {
      const el = await mount<HohhotQuiz>(tag('en', 'again', 'all', 2));
      const first = await walk(el, () => optionTexts(el)[0]!);
      ($(el, '.result button') as HTMLButtonElement).click();
      await el.updateComplete;
      await el.updateComplete;
      expect($(el, '.result')).to.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal(radios(el)[0]);
      const second = await walk(el, () => optionTexts(el)[0]!);
      expect(second).to.deep.equal(first);
    });

    it('draws a new order on retry without a seed', async () => {
      const el = await mount<HohhotQuiz>(html`<hohhot-quiz lang="en" count="3"></hohhot-quiz>`);
      const first = (await walk(el, () => optionTexts(el)[0]!)).legends;
      let differs = false;
      for (let i = 0; i < 6 && !differs; i++) {
        el.restart();
        await el.updateComplete;
        differs = (await walk(el, () => optionTexts(el)[0]!)).legends.join('|') !== first.join('|');
      }
      expect(differs).to.equal(true);
    });

    it('gives two elements with the same seed identical quizzes, and another seed another order', async () => {
      const a = await mount<HohhotQuiz>(tag('zh-CN', 'class-7'));
      const b = await mount<HohhotQuiz>(tag('zh-CN', 'class-7'));
      const c = await mount<HohhotQuiz>(tag('zh-CN', 'class-8'));
      const wa = await walk(a, () => optionTexts(a)[0]!);
      const wb = await walk(b, () => optionTexts(b)[0]!);
      const wc = await walk(c, () => optionTexts(c)[0]!);
      expect(wb).to.deep.equal(wa);
      expect(wc.legends).not.to.deep.equal(wa.legends);
    });
  });

  describe('keyboard and focus', () => {
    it('uses no <form>, which a sandboxed course-page iframe would refuse to submit', async () => {
      const el = await mount<HohhotQuiz>(tag('en', 'nf', 'all', 2));
      expect($(el, 'form')).to.equal(null);
      expect($(el, 'button[data-action="check"]')!.getAttribute('type')).to.equal('button');
    });

    it('is usable with the keyboard alone, with focus moved to feedback, next question and score', async () => {
      const el = await mount<HohhotQuiz>(tag('en', 'keys', 'all', 2));
      const before = await fixture<HTMLButtonElement>(html`<button>before</button>`);
      before.after(el);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(radios(el)[0]);
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(radios(el)[1]!.checked).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.feedback'));
      expect(clean($(el, '.feedback .verdict')!.textContent)).to.match(/^(Correct|Not quite)/);
      expect(clean($(el, '[aria-live="polite"]')!.textContent)).to.equal('');
      await sendKeys({ press: 'Tab' });
      const active = () => el.shadowRoot!.activeElement as HTMLElement;
      // Past any reference links of the feedback's source line to the Next button.
      for (let i = 0; i < 5 && active().tagName !== 'BUTTON'; i++) await sendKeys({ press: 'Tab' });
      expect(clean(active().textContent)).to.equal('Next question');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(legend(el)).to.contain('Question 2 of 2');
      expect(el.shadowRoot!.activeElement).to.equal(radios(el)[0]);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      await sendKeys({ press: 'Tab' });
      expect(clean(active().textContent)).to.equal('Check answer');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(active()).to.equal($(el, '.feedback'));
      for (let i = 0; i < 6 && active().tagName !== 'BUTTON'; i++) await sendKeys({ press: 'Tab' });
      expect(clean(active().textContent)).to.equal('See your score');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(active()).to.equal($(el, '.result h3'));
      expect(clean(active().textContent)).to.match(/^Your score: \d of 2$/);
    });
  });

  describe('language and theme', () => {
    it('follows its own lang and the document lang, keeping the same question', async () => {
      document.documentElement.lang = 'zh-CN';
      const el = await mount<HohhotQuiz>(html`<hohhot-quiz seed="lang"></hohhot-quiz>`);
      const q = expected('lang')[0]!;
      expect(legend(el)).to.contain(q.prompt.zh);
      document.documentElement.lang = 'en';
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(legend(el)).to.contain(q.prompt.en);
      expect(optionTexts(el)).to.deep.equal(q.options.map((o) => o.text.en));
      el.lang = 'zh-Hans';
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(legend(el)).to.contain(q.prompt.zh);
    });

    it('applies light, dark and auto themes', async () => {
      const el = await mount<HohhotQuiz>(html`<hohhot-quiz theme="light"></hohhot-quiz>`);
      expect(el.getAttribute('data-hw-theme')).to.equal('light');
      const light = getComputedStyle(el).backgroundColor;
      el.theme = 'dark';
      await el.updateComplete;
      expect(el.getAttribute('data-hw-theme')).to.equal('dark');
      expect(getComputedStyle(el).backgroundColor).not.to.equal(light);
      await expectAutoFollowsPageScheme(() => html`<hohhot-quiz></hohhot-quiz>`);
    });

    itEmulating('auto follows prefers-color-scheme where the page sets no color-scheme', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const auto = await mount<HohhotQuiz>(html`<hohhot-quiz></hohhot-quiz>`);
      expect(auto.getAttribute('data-hw-theme')).to.equal('dark');
    });
  });

  describe('data and src', () => {
    const revisedTrade = () => {
      const t = structuredClone(trade2024);
      t.total.value = 250.5;
      return t;
    };

    it('accepts a partial dataset through `data` and rebuilds its questions', async () => {
      const data = { ...quizDataset, trade: revisedTrade() };
      const seed = seedFor('trade-total', 'trade', data);
      const el = await mount<HohhotQuiz>(tag('zh-CN', seed, 'trade'));
      el.data = { trade: revisedTrade() };
      await el.updateComplete;
      expect($(el, '[role="alert"]')).to.equal(null);
      expect(legend(el)).to.contain('进出口贸易值是多少');
      expect(optionTexts(el)).to.include('250.5亿元');
      expect(optionTexts(el)).not.to.include('226.7亿元');
      el.data = undefined;
      await el.updateComplete;
      expect(optionTexts(el).join()).not.to.contain('250.5');
    });

    it('rejects invalid data with an alert naming the field, and an error event', async () => {
      const el = await mount<HohhotQuiz>(tag('en'));
      const bad = revisedTrade() as unknown as { total: { value: unknown } };
      bad.total.value = '226.7';
      const alert = await expectInvalidData(el, { trade: bad }, 'trade.total.value');
      expect(alert.textContent).to.contain('number');

      // @ts-expect-error a misspelt key does not compile; in JavaScript, the widget says which key.
      el.data = { trades: trade2024 };
      await el.updateComplete;
      expect($(el, '[role="alert"]')!.textContent).to.contain('“trades” is not one of the keys');

      el.lang = 'zh-CN';
      // @ts-expect-error not a quiz dataset
      el.data = 42;
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect($(el, '[role="alert"]')!.textContent).to.contain('数据应为对象，实际为42');
    });

    it('loads a dataset from `src`', async () => {
      const data = { ...quizDataset, trade: revisedTrade() };
      const seed = seedFor('trade-total', 'trade', data);
      const el = await mount<HohhotQuiz>(html`<hohhot-quiz lang="en" topic="trade" seed=${seed} src=${await servedJson('quiz-trade-revised', quizTradeRevised())}></hohhot-quiz>`);
      expect($(el, '[role="alert"]')).to.equal(null);
      expect(optionTexts(el)).to.include('CNY 25.05 billion');
    });

    itReportsBadSrc((lang, src) => html`<hohhot-quiz lang=${lang} src=${src}></hohhot-quiz>`, {
      missing: { lang: 'en', src: '/tests/fixtures/missing-quiz.json' },
      malformed: { lang: 'zh-CN' },
    });
  });

  describe('accessibility', () => {
    itHasNoAxeViolations<HohhotQuiz>((lang, theme) => html`<hohhot-quiz lang=${lang} theme=${theme} seed="axe" count="1"></hohhot-quiz>`, {
      title: 'has no axe violations in a question, its feedback and the score',
      steps: [
        async (el) => {
          await choose(el, optionTexts(el)[0]!);
          await submit(el);
        },
        (el) => next(el),
      ],
    });
    itHasNoAxeViolationsShowingAnError(() => tag('en'));
  });
});
