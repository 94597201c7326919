// `npm run bench` (after a build): sizes of the CDN bundle and its chunks, and
// time to first render of each widget in headless Chromium on a plain page that
// loads dist/cdn/hohhot-widgets.js. Median of RUNS cold runs (fresh browser
// context, so nothing cached). Prints a table and writes
// bench-results/latest.json. Nothing is asserted: numbers are for reading and
// comparing between commits. `node scripts/bench.mjs TAG…` measures other tags.

/**
 * Widget tags to measure. A string, or { tag, chart } to say explicitly whether
 * the widget draws a chart; by default a widget with a `view` property (the
 * chart/table switch of chart widgets) is treated as a chart widget, and its
 * time until a canvas in its shadow root has pixels drawn is measured too.
 */
const WIDGETS = ['hohhot-trade-breakdown'];

const RUNS = 5;
const VIEWPORT = { width: 1280, height: 800 };
const TIMEOUT_MS = 15_000;
const CDN_DIR = 'dist/cdn';
const ENTRY = `${CDN_DIR}/hohhot-widgets.js`;
const OUT = 'bench-results/latest.json';

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findBrowser } from './browser.mjs';
import { startStaticServer } from './dev-server.mjs';

if (!fs.existsSync(ENTRY)) {
  console.error(`${ENTRY} is missing: run \`npm run build\` first (\`npm run bench\` does).`);
  process.exit(1);
}
const executablePath = findBrowser();
if (!executablePath) {
  console.error('No Chrome or Chromium found. Install one — Debian/Ubuntu: sudo apt-get install chromium — or set CHROME_PATH=/path/to/chrome');
  process.exit(1);
}

// ---------------------------------------------------------------- sizes
function sizeOf(file) {
  const data = fs.readFileSync(file);
  return {
    file: file.split(path.sep).join('/'),
    raw: data.length,
    gzip: zlib.gzipSync(data, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(data).length,
  };
}
const chunkDir = path.join(CDN_DIR, 'chunks');
const chunkFiles = fs.existsSync(chunkDir)
  ? fs.readdirSync(chunkDir).filter((name) => name.endsWith('.js')).sort().map((name) => path.join(chunkDir, name))
  : [];
const sizes = [ENTRY, ...chunkFiles].map(sizeOf);

// ---------------------------------------------------------------- timing
const BENCH_PREFIX = '/__bench__/';

/** A plain page per tag: the CDN script and the element, nothing else. */
function benchPage(tag, chart) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>bench ${tag}</title>
<script type="module" src="/${ENTRY}"></script>
</head>
<body>
<${tag}></${tag}>
<script type="module">
const tag = ${JSON.stringify(tag)};
const forceChart = ${JSON.stringify(chart)};
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
const drawn = (canvas) => {
  if (!canvas || !canvas.width || !canvas.height) return false;
  try {
    const ctx = canvas.getContext('2d');
    const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true;
  } catch { return true; /* not a 2d canvas (or tainted): it exists and has a size */ }
  return false;
};
const result = {};
try {
  await Promise.race([
    customElements.whenDefined(tag),
    new Promise((_, reject) => setTimeout(() => reject(new Error(tag + ' was not defined within 5 s (is it in the CDN bundle?)')), 5000)),
  ]);
  result.defined = performance.now();
  const el = document.querySelector(tag);
  await el.updateComplete;
  result.rendered = performance.now();
  const isChart = forceChart ?? ('view' in el);
  result.chart = isChart;
  if (isChart) {
    for (;;) {
      const canvases = el.shadowRoot ? [...el.shadowRoot.querySelectorAll('canvas')] : [];
      if (canvases.some(drawn)) { result.chartDrawn = performance.now(); break; }
      await frame();
    }
  }
} catch (error) {
  result.error = String(error && error.message || error);
}
result.chartJsLoaded = performance.getEntriesByType('resource').some((entry) => entry.name.includes('/chunks/'));
result.jsBytes = performance.getEntriesByType('resource')
  .filter((entry) => entry.name.endsWith('.js'))
  .reduce((sum, entry) => sum + (entry.transferSize || entry.encodedBodySize || 0), 0);
window.__bench = result;
</script>
</body>
</html>
`;
}

// `node scripts/bench.mjs tag…` measures the given tags instead of WIDGETS.
const cliTags = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const widgets = (cliTags.length ? cliTags : WIDGETS).map((entry) => (typeof entry === 'string' ? { tag: entry, chart: null } : { chart: null, ...entry }));

async function benchPages(context, next) {
  if (context.path.startsWith(BENCH_PREFIX)) {
    const tag = context.path.slice(BENCH_PREFIX.length).replace(/\.html$/, '');
    const widget = widgets.find((w) => w.tag === tag);
    if (widget) {
      context.type = 'html';
      context.set('Cache-Control', 'no-store');
      context.body = benchPage(widget.tag, widget.chart);
      return;
    }
  }
  await next();
}

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const served = await startStaticServer({ middleware: [benchPages] });
const browser = await chromium.launch({ executablePath, args: CHROME_ARGS, headless: true });
const browserVersion = browser.version();
const results = [];
try {
  for (const widget of widgets) {
    const runs = [];
    for (let i = 0; i < RUNS; i += 1) {
      const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
      const page = await context.newPage();
      const pageErrors = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      try {
        await page.goto(`${served.origin}${BENCH_PREFIX}${widget.tag}.html`);
        await page.waitForFunction(() => window.__bench, null, { timeout: TIMEOUT_MS });
        const run = await page.evaluate(() => window.__bench);
        if (pageErrors.length) run.pageErrors = pageErrors;
        runs.push(run);
      } catch (error) {
        runs.push({ error: `${error.message.split('\n')[0]}${pageErrors.length ? ` (page errors: ${pageErrors.join('; ')})` : ''}` });
      } finally {
        await context.close();
      }
    }
    const errors = [...new Set(runs.map((run) => run.error).filter(Boolean))];
    results.push({
      tag: widget.tag,
      chart: runs.some((run) => run.chart),
      median: {
        defined: median(runs.map((run) => run.defined)),
        rendered: median(runs.map((run) => run.rendered)),
        chartDrawn: median(runs.map((run) => run.chartDrawn)),
      },
      chartJsLoaded: runs.some((run) => run.chartJsLoaded),
      jsBytes: median(runs.map((run) => run.jsBytes)),
      errors,
      runs,
    });
  }
} finally {
  await browser.close();
  await served.server.stop();
}

// ---------------------------------------------------------------- report
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value) => (typeof value === 'number' ? `${value.toFixed(0)} ms` : '—');
function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) => cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

console.log('\nCDN bundle sizes');
console.log(table(['file', 'raw', 'gzip', 'brotli'], sizes.map((s) => [s.file, kb(s.raw), kb(s.gzip), kb(s.brotli)])));

console.log(`\nTime from navigation start, median of ${RUNS} cold runs (Chromium, ${VIEWPORT.width}×${VIEWPORT.height})`);
console.log(
  table(
    ['widget', 'defined', 'first render', 'chart drawn', 'chart.js loaded', 'JS transferred'],
    results.map((r) => [
      r.tag,
      ms(r.median.defined),
      ms(r.median.rendered),
      r.chart ? ms(r.median.chartDrawn) : 'n/a',
      r.chartJsLoaded ? 'yes' : 'no',
      typeof r.jsBytes === 'number' ? kb(r.jsBytes) : '—',
    ]),
  ),
);
for (const r of results) {
  for (const error of r.errors) console.warn(`  ${r.tag}: ${error}`);
}

fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(
  OUT,
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      browser: { executablePath, version: browserVersion },
      runs: RUNS,
      viewport: VIEWPORT,
      sizes,
      widgets: results,
    },
    null,
    2,
  )}\n`,
);
console.log(`\nwrote ${OUT}`);
