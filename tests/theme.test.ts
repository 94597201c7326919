import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, itEmulating, resetMedia } from './commands.js';
import '../src/define/challenges.js';
import type { HohhotChallenges } from '../src/components/challenges/challenges.js';
import { until } from './helpers.js';

const themeOf = (root: Element) => root.querySelector('hohhot-challenges')!.getAttribute('data-hw-theme');

async function mountIn(style: string) {
  const root = await fixture<HTMLDivElement>(html`<div style=${style}><section><hohhot-challenges lang="en"></hohhot-challenges></section></div>`);
  await root.querySelector<HohhotChallenges>('hohhot-challenges')!.updateComplete;
  return root;
}

describe('theme="auto" follows what the widget sits on', () => {
  afterEach(() => resetMedia());

  itEmulating('stays light on a white article when the reader prefers dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    expect(themeOf(await mountIn('background: #fff'))).to.equal('light');
  });

  it('turns dark on a dark background when the reader prefers light', async () => {
    expect(themeOf(await mountIn('background: rgb(17, 17, 17)'))).to.equal('dark');
  });

  itEmulating('ignores a background too transparent to be seen, and then follows the reader', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    expect(themeOf(await mountIn('background: rgba(255, 255, 255, 0.1)'))).to.equal('dark');
  });

  it('puts a declared color-scheme before the background', async () => {
    expect(themeOf(await mountIn('color-scheme: light; background: #111'))).to.equal('light');
  });

  it('follows the background when the page changes it', async () => {
    const root = await mountIn('background: #fff');
    expect(themeOf(root)).to.equal('light');
    root.style.setProperty('background', '#15191e');
    await until(() => themeOf(root) === 'dark', 'the dark theme');
  });
});
