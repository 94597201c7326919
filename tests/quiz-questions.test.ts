import { expect } from '@open-wc/testing';
import { buildQuiz, questionsFor, statedFigures } from '../src/components/quiz/questions.js';
import { quizDataset } from '../src/components/quiz/dataset.js';
import { messages } from '../src/components/quiz/quiz.strings.js';
import { formatValue } from '../src/core/i18n/format.js';

describe('the quiz question builder', () => {
  it('builds every question in both languages, with no empty text', () => {
    const all = questionsFor(quizDataset, 'all');
    expect(all.length).to.be.greaterThan(20);
    for (const q of all) {
      for (const t of [q.prompt, q.explanation, ...(q.note ? [q.note] : []), ...q.options.map((o) => o.text)]) {
        expect(t.zh.trim(), `${q.id} zh`).to.not.equal('');
        expect(t.en.trim(), `${q.id} en`).to.not.equal('');
      }
      expect(q.options.map((o) => o.id)).to.include(q.answer);
      expect(new Set(q.options.map((o) => o.id)).size).to.equal(q.options.length);
    }
  });

  it('gives the same questions and answers for a seed, whichever language is read', () => {
    const a = buildQuiz(quizDataset, { topic: 'all', count: 8, seed: 42 });
    const b = buildQuiz(quizDataset, { topic: 'all', count: 8, seed: 42 });
    expect(a.map((q) => [q.id, q.answer, q.options.map((o) => o.id)])).to.deep.equal(b.map((q) => [q.id, q.answer, q.options.map((o) => o.id)]));
    for (const q of a) {
      const answer = q.options.find((o) => o.id === q.answer)!;
      expect(answer.text.zh).to.not.equal('');
      expect(answer.text.en).to.not.equal('');
    }
  });

  it('backs every number answer with a figure of the data', () => {
    const stated = statedFigures(quizDataset);
    for (const q of questionsFor(quizDataset, 'all')) {
      if (!q.answer.startsWith('v') || q.derived) continue;
      const value = Number(q.answer.slice(1));
      const fig = stated.find((f) => f.value === value);
      expect(fig, q.id).to.exist;
      const option = q.options.find((o) => o.id === q.answer)!;
      expect(option.text.en).to.equal(formatValue(value, fig!.unit, 'en', 'exact'));
      expect(option.text.zh).to.equal(formatValue(value, fig!.unit, 'zh-CN', 'exact'));
    }
  });

  it('backs every named answer with an item of the data', () => {
    const d = quizDataset;
    const labels = new Set<string>([
      ...d.trade.imports, ...d.trade.exports, ...d.trade.partners, ...d.investment.fields,
      ...d.mechanisms.mechanisms, ...d.mechanisms.results.flatMap((r) => r.examples), ...d.challenges.challenges, ...d.strategies.strategies,
    ].map((x) => x.label.en));
    for (const c of d.cities.cities) labels.add(c.name.en);
    for (const q of questionsFor(d, 'all')) {
      if (q.answer.startsWith('v')) continue;
      expect(labels.has(q.options.find((o) => o.id === q.answer)!.text.en), q.id).to.equal(true);
    }
  });

  it('takes its words from the catalogs', () => {
    const q = questionsFor(quizDataset, 'ecommerce').find((x) => x.id === 'ecommerce-enterprises')!;
    expect(q.prompt.zh).to.equal(messages['zh-CN'].questions.ecommerceEnterprisesPrompt);
    expect(q.prompt.en).to.equal(messages.en.questions.ecommerceEnterprisesPrompt);
    expect(messages['zh-CN'].questions.quote('a “b” c')).to.equal('“a ‘b’ c”');
    expect(messages.en.questions.quote('a “b” c')).to.equal('“a “b” c”');
  });
});
