// The React 19 and Vue 3 example apps (examples/, built with Vite by `npm run
// examples` in `npm test`), opened as a reader would: the elements render, a
// `data` property given by the framework reaches the element, and an `hw-…`
// event reaches the framework's handler.
import { expect } from '@open-wc/testing';
import type { HohhotTradeBreakdown } from '../src/components/trade-breakdown/trade-breakdown.js';
import type { StrategyChecklist } from '../src/components/strategy-checklist/strategy-checklist.js';
import { $, $$, button, until } from './helpers.js';

async function open(app: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.src = `/examples/${app}/dist/index.html`;
  frame.style.width = '900px';
  frame.style.height = '1200px';
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  return frame.contentDocument!;
}

for (const app of ['react', 'vue']) {
  describe(`the ${app} example app`, function () {
    // A cold Vite bundle in a loaded browser.
    this.timeout(60_000);
    afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

    it('renders the elements, passes `data` as a property and hears their events', async () => {
      const doc = await open(app);
      const trade = await until(() => doc.querySelector<HohhotTradeBreakdown>('hohhot-trade-breakdown'), 'the trade breakdown', 1200);
      // Given data is shown once checked: updateComplete waits for the check.
      await until(() => doc.defaultView!.customElements.get('hohhot-trade-breakdown'), 'the element to be defined', 1200);
      await trade.updateComplete;
      const table = await until(() => $(trade, 'table'), 'its table', 1200);
      // The app's own dataset (first import raised to 36 亿元), set as a property by the framework.
      expect(trade.data.imports[0]!.value).to.equal(36);
      expect(trade.getAttribute('lang')).to.equal('en');
      expect(trade.flow).to.equal('imports');
      expect(table.textContent).to.contain(trade.data.imports[0]!.label.en);
      expect(table.textContent).to.contain('3.6');
      expect(table.textContent).not.to.contain(trade.data.exports[0]!.label.en);

      // hw-view-change → the framework's state → the page.
      expect(doc.querySelector('#last-view')!.textContent).to.equal('none yet');
      button(trade, 'Chart').click();
      await until(() => doc.querySelector('#last-view')!.textContent === 'chart', 'the app to hear hw-view-change', 1200);

      const list = doc.querySelector<StrategyChecklist>('strategy-checklist')!;
      // Written `storage-key="…"` in both apps: an attribute for React 19, the property for Vue.
      expect(list.storageKey).to.contain(`${app}-example`);
      const box = await until(() => $$(list, 'input[type="checkbox"]')[0] as HTMLInputElement | undefined, 'the checklist', 1200);
      const id = box.closest('li')!.dataset.id!;
      box.click();
      await until(() => doc.querySelector('#ticked')!.textContent === `${id}:true`, 'the app to hear hw-change', 1200);
      expect(list.value).to.deep.equal([id]);
    });
  });
}
