import { expect, fixture } from '@open-wc/testing';
import '../src/define/challenges.js';
import '../src/define/city-complementarity-matrix.js';
import '../src/define/cooperation-mechanisms.js';
import '../src/define/cross-border-ecommerce.js';
import '../src/define/investment-projects.js';
import '../src/define/key-figures.js';
import '../src/define/paper-citation.js';
import '../src/define/quiz.js';
import '../src/define/region-map.js';
import '../src/define/strategy-checklist.js';
import '../src/define/trade-breakdown.js';
import '../src/define/trade-partners.js';
import type { HwElement } from '../src/core/base/base.js';
import type { HohhotQuiz } from '../src/components/quiz/quiz.js';
import { paper } from '../src/data/index.js';
import { $, $$, LANGS } from './helpers.js';

const WIDGETS = [
  'hohhot-challenges',
  'city-complementarity-matrix',
  'hohhot-cooperation-mechanisms',
  'hohhot-cross-border-ecommerce',
  'hohhot-investment-projects',
  'hohhot-key-figures',
  'hohhot-paper-citation',
  'hohhot-quiz',
  'hohhot-region-map',
  'strategy-checklist',
  'hohhot-trade-breakdown',
  'hohhot-trade-partners',
];

/** Widgets with a `csv` getter. */
const WITH_CSV = ['hohhot-investment-projects', 'strategy-checklist', 'hohhot-trade-breakdown', 'hohhot-trade-partners'];

async function mountTag(name: string, lang: string): Promise<HwElement<unknown>> {
  const el = await fixture<HwElement<unknown>>(`<${name} lang="${lang}"></${name}>`);
  if (!customElements.get(name)) throw new Error(`${name} not defined`);
  await el.whenLoaded();
  await el.updateComplete;
  return el;
}

/**
 * The text a reader sees, one line per block: white space inside a line is
 * the text's own (template white space between inline pieces included),
 * while the gap between two blocks (paragraphs, list items) is a line break.
 */
function blockLines(root: Node): string[] {
  const walk = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (!(node instanceof Element)) return [...node.childNodes].map(walk).join('');
    if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.tagName)) return '';
    const inner = [...(node.shadowRoot ?? node).childNodes].map(walk).join('');
    const display = getComputedStyle(node).display;
    return display.startsWith('inline') || display === 'contents' ? inner : `\n${inner}\n`;
  };
  return walk(root)
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

describe('wording shared by every widget', () => {
  it('leaves no space after 。 in any widget’s Chinese text', async () => {
    for (const name of WIDGETS) {
      const el = await mountTag(name, 'zh-CN');
      for (const line of blockLines(el.shadowRoot!)) expect(line, name).not.to.match(/。 /);
    }
  });

  it('writes the pilot zone’s name in one style, lower case, in every English widget', async () => {
    for (const name of WIDGETS) {
      const el = await mountTag(name, 'en');
      const text = blockLines(el.shadowRoot!).join('\n');
      expect(text, name).not.to.match(/Pilot Zone|Comprehensive Pilot|E-Commerce/);
    }
  });

  it('leaves no space after 。 in the details a reader opens (map cities, matrix cells)', async () => {
    const map = await mountTag('hohhot-region-map', 'zh-CN');
    for (const city of ['hohhot', 'baotou', 'ordos', 'ulanqab']) {
      (map as unknown as { selected: string }).selected = city;
      await map.updateComplete;
      for (const line of blockLines(map.shadowRoot!)) expect(line, city).not.to.match(/。 /);
    }
    const matrix = await mountTag('city-complementarity-matrix', 'zh-CN');
    for (const cell of $$(matrix, '.rowhead, .cell.marked')) {
      cell.click();
      await matrix.updateComplete;
      for (const line of blockLines($(matrix, '.details')!)) expect(line, cell.textContent).not.to.match(/。 /);
    }
  });

  it('leaves no space after 。 in the quiz’s feedback to a wrong answer', async () => {
    // The same seed gives the same round: if the first option is right, the second is wrong.
    const answer = async (i: number) => {
      const el = await fixture<HohhotQuiz>('<hohhot-quiz lang="zh-CN" seed="wording" count="1"></hohhot-quiz>');
      await el.whenLoaded();
      const radio = $$(el, 'input[type="radio"]')[i] as HTMLInputElement;
      radio.click();
      await el.updateComplete;
      $$(el, 'button').find((b) => b.textContent?.trim() === '提交答案')!.click();
      await el.updateComplete;
      return el;
    };
    let el = await answer(0);
    if ($(el, '.feedback')!.textContent.includes('回答正确')) el = await answer(1);
    const lines = blockLines($(el, '.feedback')!);
    expect(lines.join('\n')).to.contain('回答错误。正确答案：');
    for (const line of lines) expect(line).not.to.match(/。 /);
  });

  for (const lang of LANGS) {
    it(`ends every CSV with the widget’s source line: paper, sections, references (${lang})`, async () => {
      for (const name of WITH_CSV) {
        const el = await mountTag(name, lang);
        const csv = (el as unknown as { csv: string }).csv;
        const lines = csv.replace(/\r\n$/, '').split('\r\n');
        const last = lines[lines.length - 1]!.replace(/^"|"$/g, '').replace(/""/g, '"');
        const shown = ($(el, '[part="source"]')!.textContent ?? '').replace(/\s+/g, ' ').trim();
        expect(last, name).to.equal(shown);
        expect(last, name).to.contain(lang === 'zh-CN' ? paper.author.zh : paper.author.en);
        expect(last, name).to.contain(lang === 'zh-CN' ? paper.title.zh : paper.title.en);
        expect(last, name).to.match(lang === 'zh-CN' ? /[一二三]/ : /section/);
        if (name !== 'hohhot-trade-partners') {
          // 二(一)'s paragraph on partners cites no reference; the others do.
          expect(last, name).to.match(lang === 'zh-CN' ? /参考文献 \[\d+\]/ : /references? \[\d+\]/);
        }
      }
    });
  }
});
