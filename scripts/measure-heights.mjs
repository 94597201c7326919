// `npm run measure-heights` (after a build): renders every widget of
// src/registry.ts with its bundled data, in Chinese and English, in columns
// from 320 to 1280 px wide, in headless Chromium, and writes
// their heights to src/reserved-heights.ts. The loader reserves these heights
// before a widget's code has run, so a page does not shift as widgets load.
// A test (tests/loader.test.ts) checks that they still match what renders.
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findBrowser } from './browser.mjs';
import { readRegistry } from './registry.mjs';
import { startStaticServer } from './dev-server.mjs';

const OUT = 'src/reserved-heights.ts';
const BUNDLE = 'dist/cdn/hohhot-widgets-all.js';
/** Column widths, as in src/registry.ts MEASURED_WIDTHS: every 80 px from 320 to 1280. */
const WIDTHS = Array.from({ length: 13 }, (_, i) => 320 + 80 * i);
const LANGS = { zh: 'zh-CN', en: 'en' };

if (!fs.existsSync(BUNDLE)) {
  console.error(`${BUNDLE} is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const tags = readRegistry().map((w) => w.tag);

/**
 * The quiz draws its questions at random, and its height with them: it is
 * measured with seeds 1 to 7 and given the median, the height a reader is most
 * likely to get. The other widgets ignore `seed`.
 */
const SEEDS = ['1', '2', '3', '4', '5', '6', '7'];
const page = (tag, lang, width) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<script type="module" src="/${BUNDLE}"></script></head>
<body><div id="col" class="w${width}">${(tag === 'hohhot-quiz' ? SEEDS : ['1']).map((seed) => `<${tag} seed="${seed}"></${tag}>`).join('')}</div></body></html>`;

const PREFIX = '/__measure__/';
async function pages(context, next) {
  if (!context.path.startsWith(PREFIX)) return next();
  const [tag, lang, width] = context.path.slice(PREFIX.length).split('/');
  context.type = 'html';
  context.body = page(tag, lang, Number(width));
}

const served = await startStaticServer({ middleware: [pages] });
const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROME_ARGS, headless: true });
const heights = {};
try {
  for (const tag of tags) {
    heights[tag] = {};
    for (const [key, lang] of Object.entries(LANGS)) {
      heights[tag][key] = [];
      for (const width of WIDTHS) {
        const context = await browser.newContext({ viewport: { width: width + 40, height: 900 } });
        const p = await context.newPage();
        await p.goto(`${served.origin}${PREFIX}${tag}/${lang}/${width}`);
        const h = await p.evaluate(async ({ tag, width }) => {
          document.getElementById('col').style.width = `${width}px`;
          await customElements.whenDefined(tag);
          const all = [...document.querySelectorAll(tag)];
          await Promise.all(all.map((el) => el.updateComplete));
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          const hs = all.map((el) => el.getBoundingClientRect().height).sort((a, b) => a - b);
          return hs[Math.floor(hs.length / 2)];
        }, { tag, width });
        heights[tag][key].push(Math.round(h));
        await context.close();
      }
    }
    console.log(tag, JSON.stringify(heights[tag]));
  }
} finally {
  await browser.close();
  await served.server.stop();
}

const body = Object.entries(heights)
  .map(([tag, h]) => `  '${tag}': { ${Object.keys(LANGS).map((l) => `${l}: [${h[l].join(', ')}]`).join(', ')} },`)
  .join('\n');
fs.writeFileSync(
  OUT,
  `// Written by \`npm run measure-heights\` (scripts/measure-heights.mjs): the
// rendered height of each widget, in CSS pixels, with the bundled data, in
// columns 320, 400, … 1280 px wide (MEASURED_WIDTHS in src/registry.ts).
// The loader reserves these heights before a widget's code has run. Do not
// edit by hand.
export const reservedHeights = {
${body}
} as const;
`,
);
console.log(`wrote ${OUT}`);
