// `npm run bench` (after a build): what a reader's browser pays for the
// library's widgets, side by side with the same figures built by hand, in one
// run. Headless Chromium, fresh context per run (nothing cached), a local
// server that gzips like a CDN. Nothing is asserted: numbers are for reading
// and for comparing between commits. Writes bench-results/latest.json.
//
// Pages (each an article: paragraphs around the figures):
//   one chart widget    <hohhot-trade-breakdown> through the loader
//   one chart-free      <hohhot-challenges> through the loader
//   checklist           <strategy-checklist> through the loader
//   all 12 widgets      each of src/registry.ts once, between paragraphs
//   60 widgets          the 12, five times
//   one-hop: chart, checklist, challenges   the same widgets through their one-element files
//                       (dist/cdn/<tag>.js), a plain async module script in the article's body
//   Chart.js by hand    the same two bar charts (imports, exports) and table, Chart.js's UMD bundle
//   ECharts by hand     the same, with ECharts' full bundle
//   static HTML         the same table and bars as inline SVG, no script (the floor)
//
// Guest pages: the builder's script-tag code (src/builder/snippets.ts, with
// its fallback text and reserved height) pasted where an editor pastes it, in
// the article's body, or with the script in the <head>:
//   article alone       the same article without any widget code (the baseline first paint)
//   pasted in body      <hohhot-trade-breakdown>'s code (its own file), in view
//   script in head      the same, the script tag in the <head>
//   12 pasted in body   the 12 widgets' codes with the loader, its script tag once
//   host slow / hung    the widget's host answers after 3 s, or never (body and head)
//   root 62.5 %         the 12 widgets on a page with html { font-size: 62.5% }
// For these also: visible fallback characters while no widget is defined, and
// widget heights and text size against the plain page.
//
// Per page: gzip bytes (everything, headers included), requests, the page's
// scripts alone (gzip bytes and files, without the article and the probe), waterfall depth (longest chain of requests
// each started by the previous one), first contentful paint, all content
// rendered, first chart painted, cumulative layout shift, long tasks.
// Profiles: "slow-4g" (150 ms RTT, 1.6 Mbit/s down, as Lighthouse's mobile
// profile without CPU throttling) and "local" (no throttling).
//
//   node scripts/bench.mjs [--runs N] [--profile slow-4g,local] [--pages id,id] [--waterfall]
//   (both profiles by default, in one run)
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findBrowser } from './browser.mjs';
import { readRegistry } from './registry.mjs';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const RUNS = Number(arg('runs', 5));
const PROFILES = arg('profile', 'slow-4g,local').split(',');
const ONLY = arg('pages', '').split(',').filter(Boolean);
const WATERFALL = args.includes('--waterfall');
const VIEWPORT = { width: 1280, height: 800 };
const TIMEOUT_MS = 30_000;
const LOADER = 'dist/cdn/hohhot-widgets.js';
const OUT = 'bench-results/latest.json';

for (const file of [LOADER, 'dist/data/trade.js']) {
  if (!fs.existsSync(file)) {
    console.error(`${file} is missing: run \`npm run build\` first (\`npm run bench\` does).`);
    process.exit(1);
  }
}
const executablePath = findBrowser();
if (!executablePath) {
  console.error('No Chrome or Chromium found. Install one — Debian/Ubuntu: sudo apt-get install chromium — or set CHROME_PATH=/path/to/chrome');
  process.exit(1);
}

const { trade2024 } = await import(path.resolve('dist/data/trade.js'));
// The builder's own code for the snippets, compiled on the fly (the widgets' modules left out).
const esbuild = await import('esbuild');
const compiled = async (entry) => {
  const { outputFiles } = await esbuild.build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', write: false, external: ['./define/*'], logLevel: 'error' });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
};
const [{ scriptSnippet }, { fallbackTexts }, { builderStrings }] = await Promise.all(['src/builder/snippets.ts', 'src/builder/fallback-text.ts', 'src/builder/strings.ts'].map(compiled));
const tags = readRegistry().map((w) => w.tag);

// ---------------------------------------------------------------- pages
const PARA =
  '<p>Hohhot, the capital of Inner Mongolia, is working with Baotou, Ordos and Ulanqab on a regional economy open to the world. This paragraph stands for the article text around the figures, as a news site or a government portal would publish it.</p>';
const article = (title, head, body, rootStyle = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${rootStyle}body{font:18px/1.6 Georgia,serif;margin:0}main{max-width:720px;margin:0 auto;padding:1rem}</style>
${head}
<script src="/__bench__/probe.js"></script>
</head><body><main><h1>${title}</h1>${PARA}${PARA}${body}${PARA}${PARA}</main></body></html>`;

// The loader alone in the head, with bare elements (no fallback, no reserved height of their own):
// the loader reserves their heights when it arrives. The guest pages below use the builder's code.
const loaderHead = `<script type="module" async src="/${LOADER}"></script>`;
const widgetPage = (title, list, head = loaderHead) => article(title, head, list.map((t) => `<${t}></${t}>${PARA}`).join(''));
// A one-element file, as its embed snippet gives it: never holds back the article's first paint.
const oneHopPage = (title, tag) => article(title, '', `<${tag}></${tag}><script type="module" async src="/dist/cdn/${tag}.js"></script>${PARA}`);

// The builder's code for a widget, its script from `host` (a path prefix: '' or a slow or hung one).
const snippetOf = (tag, { lang = 'en', delivery = 'one', host = '' } = {}) =>
  scriptSnippet({
    tag,
    module: tag,
    attrs: [['lang', lang]],
    props: [],
    base: `http://bench.invalid${host}/dist/cdn/`,
    title: tag,
    height: 600,
    lang,
    delivery,
    fallback: fallbackTexts[tag][lang],
    fallbackLink: builderStrings[lang].fallbackLink,
  }).replaceAll('http://bench.invalid', '');
const splitSnippet = (snippet) => {
  const script = /<script[^>]*><\/script>/.exec(snippet)[0];
  return { script, element: snippet.replace(script, '').trim() };
};
/** An article with one widget's code pasted in the body, or with its script tag moved to the head. */
const guestPage = (title, tag, { inHead = false, host = '' } = {}) => {
  const { script, element } = splitSnippet(snippetOf(tag, { host }));
  return article(title, inHead ? script : '', `${inHead ? '' : script}${element}${PARA}`);
};
/** The 12 widgets' codes with the loader, its script tag once (at the first widget), between paragraphs. */
const guestAll = (title, rootStyle = '') => {
  const parts = tags.map((tag, i) => splitSnippet(snippetOf(tag, { lang: i % 2 ? 'en' : 'zh-CN', delivery: 'loader' })));
  return article(title, '', `${parts[0].script}${parts.map((p) => `${p.element}${PARA}`).join('')}`, rootStyle);
};

const flows = [
  { id: 'imports', title: 'Main imports, 2024 (CNY 100 million)', items: trade2024.imports },
  { id: 'exports', title: 'Main exports, 2024 (CNY 100 million)', items: trade2024.exports },
];
const handTable = `<table><caption>Hohhot's main imports and exports by commodity, 2024</caption>
<thead><tr><th>Commodity</th><th>Flow</th><th>Value (CNY 100 million)</th></tr></thead><tbody>
${flows.flatMap((f) => f.items.map((i) => `<tr><th>${i.label.en}</th><td>${f.id}</td><td>${i.value}</td></tr>`)).join('\n')}
</tbody></table><p>Source: Li Jianhong, the paper, section 二(一); Saihan Customs.</p>`;
const handData = JSON.stringify(flows.map((f) => ({ id: f.id, title: f.title, labels: f.items.map((i) => i.label.en), values: f.items.map((i) => i.value) })));

const chartJsPage = article(
  'Chart.js by hand',
  '<script src="/node_modules/chart.js/dist/chart.umd.min.js" defer></script><script src="/__bench__/chartjs-hand.js" defer></script>',
  `${flows.map((f) => `<h2>${f.title}</h2><div style="position:relative;height:260px"><canvas id="${f.id}"></canvas></div>`).join('')}${handTable}`,
);
const chartJsScript = `for (const f of ${handData}) new Chart(document.getElementById(f.id), { type: 'bar',
  data: { labels: f.labels, datasets: [{ label: f.title, data: f.values, backgroundColor: f.id === 'imports' ? '#0072b2' : '#d55e00' }] },
  options: { indexAxis: 'y', responsive: true, maintainAspectRatio: false, plugins: { legend: { display: false } } } });`;

const echartsPage = article(
  'ECharts by hand',
  '<script src="/node_modules/echarts/dist/echarts.min.js" defer></script><script src="/__bench__/echarts-hand.js" defer></script>',
  `${flows.map((f) => `<h2>${f.title}</h2><div id="${f.id}" style="height:260px"></div>`).join('')}${handTable}`,
);
const echartsScript = `for (const f of ${handData}) echarts.init(document.getElementById(f.id)).setOption({
  grid: { left: 160 }, xAxis: { type: 'value' }, yAxis: { type: 'category', data: f.labels },
  series: [{ type: 'bar', data: f.values, itemStyle: { color: f.id === 'imports' ? '#0072b2' : '#d55e00' } }] });`;

const svgBars = (f) => {
  const max = Math.max(...f.items.map((i) => i.value));
  const rows = f.items
    .map((i, n) => `<text x="0" y="${n * 30 + 20}" font-size="14">${i.label.en}</text><rect x="220" y="${n * 30 + 6}" height="20" width="${(i.value / max) * 400}" fill="${f.id === 'imports' ? '#0072b2' : '#d55e00'}"/><text x="${226 + (i.value / max) * 400}" y="${n * 30 + 21}" font-size="13">${i.value}</text>`)
    .join('');
  return `<h2>${f.title}</h2><svg viewBox="0 0 700 ${f.items.length * 30 + 10}" role="img" aria-label="${f.title}">${rows}</svg>`;
};
const staticPage = article('Static HTML', '', `${flows.map(svgBars).join('')}${handTable}`);

// Runs first in every page: records layout shifts, long tasks, and when content and charts appear.
const probe = `(() => {
  const r = (window.__bench = { cls: 0, longTasks: 0, longTaskMs: 0 });
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) r.cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) { r.longTasks++; r.longTaskMs += e.duration; } }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const widgets = () => [...document.querySelectorAll('*')].filter((el) => el.localName.includes('-'));
  const canvases = () => [...document.querySelectorAll('canvas'), ...widgets().flatMap((w) => (w.shadowRoot ? [...w.shadowRoot.querySelectorAll('canvas')] : []))];
  const painted = (c) => { if (!c.width || !c.height) return false; try { const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; for (let i = 3; i < d.length; i += 64) if (d[i]) return true; } catch { return true; } return false; };
  const tick = () => {
    const now = performance.now();
    const ws = widgets();
    const rendered = ws.filter((w) => w.shadowRoot && w.shadowRoot.querySelector('.hw'));
    if (ws.length && rendered.length && r.firstRender === undefined) r.firstRender = now;
    if (ws.length ? rendered.length === ws.length : document.readyState !== 'loading') r.allRendered ??= now;
    const cs = canvases();
    if (r.firstChart === undefined && cs.some(painted)) r.firstChart = now;
    if (cs.length || document.querySelector('svg')) r.charts = true;
    const undefinedWidgets = ws.filter((w) => !customElements.get(w.localName));
    if (undefinedWidgets.length) r.fallbackChars = Math.max(r.fallbackChars ?? 0, undefinedWidgets.reduce((n, w) => n + w.innerText.replace(/\\s+/g, ' ').trim().length, 0));
    // A widget's host that never answers: the page is measured as it stands after 6 s.
    if (now > 6000) r.hung = ws.length > rendered.length;
    if (r.hung || (r.allRendered !== undefined && (r.firstChart !== undefined || (!cs.length && document.readyState === 'complete' && now > 1500)))) {

      setTimeout(() => (r.done = true), 500); // let late shifts count
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

const PAGES = [
  { id: 'one-chart', name: 'one chart widget', html: widgetPage('One chart widget', ['hohhot-trade-breakdown']) },
  { id: 'one-free', name: 'one chart-free widget', html: widgetPage('One chart-free widget', ['hohhot-challenges']) },
  { id: 'checklist', name: 'the checklist', html: widgetPage('The checklist', ['strategy-checklist']) },
  { id: 'hop-chart', name: 'one-hop chart widget', html: oneHopPage('One chart widget', 'hohhot-trade-breakdown') },
  { id: 'hop-checklist', name: 'one-hop checklist', html: oneHopPage('The checklist', 'strategy-checklist') },
  { id: 'hop-free', name: 'one-hop chart-free', html: oneHopPage('One chart-free widget', 'hohhot-challenges') },
  { id: 'all-12', name: 'all 12 widgets', html: widgetPage('All 12 widgets', tags) },
  { id: 'sixty', name: '60 widgets', html: widgetPage('60 widgets', Array.from({ length: 5 }, () => tags).flat()) },
  { id: 'chartjs', name: 'Chart.js by hand', html: chartJsPage },
  { id: 'echarts', name: 'ECharts by hand', html: echartsPage },
  { id: 'static', name: 'static HTML + SVG', html: staticPage },
  { id: 'guest-none', name: 'article alone', html: article('One chart widget', '', PARA) },
  { id: 'guest-body', name: 'pasted in body', html: guestPage('One chart widget', 'hohhot-trade-breakdown') },
  { id: 'guest-head', name: 'script in head', html: guestPage('One chart widget', 'hohhot-trade-breakdown', { inHead: true }) },
  { id: 'guest-12', name: '12 pasted in body', html: guestAll('All 12 widgets') },
  { id: 'guest-slow-body', name: 'host slow, body', html: guestPage('One chart widget', 'hohhot-trade-breakdown', { host: '/__slow__' }) },
  { id: 'guest-slow-head', name: 'host slow, head', html: guestPage('One chart widget', 'hohhot-trade-breakdown', { inHead: true, host: '/__slow__' }) },
  { id: 'guest-hung-body', name: 'host hung, body', html: guestPage('One chart widget', 'hohhot-trade-breakdown', { host: '/__hung__' }) },
  { id: 'guest-hung-head', name: 'host hung, head', html: guestPage('One chart widget', 'hohhot-trade-breakdown', { inHead: true, host: '/__hung__' }) },
  { id: 'guest-root-62', name: 'root 62.5 %', html: guestAll('All 12 widgets', 'html{font-size:62.5%}') },
];
const VIRTUAL = {
  '/__bench__/probe.js': probe,
  '/__bench__/chartjs-hand.js': chartJsScript,
  '/__bench__/echarts-hand.js': echartsScript,
  ...Object.fromEntries(PAGES.map((p) => [`/__bench__/${p.id}.html`, p.html])),
};

// ---------------------------------------------------------------- server (gzip, like a CDN)
const TYPES = { '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css', '.json': 'application/json' };
const gzipped = new Map();
const SLOW_MS = 3000;
const hung = new Set();
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  // The widgets' host, slow (answers after 3 s) or hung (never answers).
  if (url.pathname.startsWith('/__hung__/')) {
    hung.add(res);
    res.on('close', () => hung.delete(res));
    return;
  }
  if (url.pathname.startsWith('/__slow__/')) {
    const rest = url.pathname.slice('/__slow__'.length);
    setTimeout(() => {
      req.url = rest + url.search;
      server.emit('request', req, res);
    }, SLOW_MS);
    return;
  }
  const file = path.join('.', decodeURIComponent(url.pathname));
  let body = VIRTUAL[url.pathname];
  if (body === undefined) {
    if (file.includes('..') || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    body = fs.readFileSync(file);
  }
  const key = url.pathname;
  if (!gzipped.has(key) || VIRTUAL[key]) gzipped.set(key, zlib.gzipSync(body, { level: 9 }));
  res.writeHead(200, { 'Content-Type': TYPES[path.extname(url.pathname)] ?? 'application/octet-stream', 'Content-Encoding': 'gzip', 'Cache-Control': 'no-store' });
  res.end(gzipped.get(key));
});
await new Promise((r) => server.listen(0, 'localhost', r));
const origin = `http://localhost:${server.address().port}`;

const NETWORK = {
  'slow-4g': { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
  local: null,
};

// ---------------------------------------------------------------- runs
async function run(browser, page, profile) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Network.enable');
  if (NETWORK[profile]) await cdp.send('Network.emulateNetworkConditions', NETWORK[profile]);
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', (e) => {
    const from = e.initiator?.url || e.initiator?.stack?.callFrames?.[0]?.url || e.initiator?.stack?.parent?.callFrames?.[0]?.url || e.documentURL;
    requests.set(e.requestId, { url: e.request.url, from: from === e.request.url ? null : from, bytes: 0 });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.bytes = e.encodedDataLength;
  });
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  try {
    // Not waiting for the load event: a hung widget host holds it back for ever (the article is there all the same).
    await tab.goto(`${origin}/__bench__/${page.id}.html`, { waitUntil: 'commit' });
    await tab.waitForFunction(() => window.__bench?.done, null, { timeout: TIMEOUT_MS, polling: 100 });
    const r = await tab.evaluate(() => ({
      ...window.__bench,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      waterfall: performance.getEntriesByType('resource').map((e) => [e.name.replace(location.origin, ''), Math.round(e.startTime), Math.round(e.responseStart), Math.round(e.responseEnd)]),
    }));
    // After the shifts are counted: each widget in view (laid out), its height and its text size.
    r.sizes = await tab.evaluate(async () => {
      const out = [];
      for (const w of document.querySelectorAll('*')) {
        if (!w.localName.includes('-') || !w.shadowRoot?.querySelector('.hw')) continue;
        w.scrollIntoView();
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        const text = w.shadowRoot.querySelector('p, li, td') ?? w;
        out.push([w.localName, w.getBoundingClientRect().height, parseFloat(getComputedStyle(text).fontSize)]);
      }
      return out;
    });
    const list = [...requests.values()].filter((q) => !q.url.endsWith('/favicon.ico'));
    const byUrl = new Map(list.map((q) => [q.url, q]));
    const depth = (q, seen = new Set()) => {
      if (!q || seen.has(q.url)) return 0;
      seen.add(q.url);
      return 1 + depth(q.from ? byUrl.get(q.from) : null, seen);
    };
    r.requests = list.length;
    r.bytes = list.reduce((s, q) => s + q.bytes, 0);
    // The page's own code alone: its .js files, without the article, the probe and the headers' share.
    const scripts = list.filter((q) => /\.js(?:\?|$)/.test(q.url) && !q.url.includes('/__bench__/probe.js'));
    r.scriptFiles = scripts.length;
    r.scriptBytes = scripts.reduce((s, q) => s + q.bytes, 0);
    r.depth = Math.max(...list.map((q) => depth(q)));
    if (errors.length) r.errors = errors;
    return r;
  } catch (error) {
    return { error: `${error.message.split('\n')[0]}${errors.length ? ` (page errors: ${errors.join('; ')})` : ''}` };
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const v = values.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (!v.length) return null;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};

const browser = await chromium.launch({ executablePath, args: CHROME_ARGS, headless: true });
const results = {};
try {
  // One page first, not counted: the browser's own first start is no reader's.
  await run(browser, PAGES.find((p) => p.id === 'guest-none'), 'local');
  for (const profile of PROFILES) {
    results[profile] = [];
    for (const page of PAGES) {
      const runs = [];
      if (ONLY.length && !ONLY.includes(page.id)) continue;
      for (let i = 0; i < RUNS; i++) runs.push(await run(browser, page, profile));
      if (WATERFALL) {
        console.log(`\n${page.name}, ${profile}, first run: request start, first byte, end (ms); first render ${runs[0].firstRender?.toFixed(0)}, first chart ${runs[0].firstChart?.toFixed(0)}`);
        for (const [url, start, first, end] of runs[0].waterfall ?? []) console.log(`  ${String(start).padStart(5)} ${String(first).padStart(5)} ${String(end).padStart(5)}  ${url}`);
      }
      const m = (k) => median(runs.map((r) => r[k]));
      results[profile].push({
        id: page.id,
        name: page.name,
        bytes: m('bytes'),
        requests: m('requests'),
        scriptBytes: m('scriptBytes'),
        scriptFiles: m('scriptFiles'),
        depth: m('depth'),
        fcp: m('fcp'),
        firstRender: m('firstRender'),
        allRendered: m('allRendered'),
        firstChart: m('firstChart'),
        cls: m('cls'),
        fallbackChars: m('fallbackChars'),
        hung: runs.some((r) => r.hung),
        sizes: runs.find((r) => r.sizes)?.sizes ?? [],
        longTasks: m('longTasks'),
        longTaskMs: m('longTaskMs'),
        errors: [...new Set(runs.flatMap((r) => (r.error ? [r.error] : (r.errors ?? []))))],
      });
    }
  }
} finally {
  await browser.close();
  for (const res of hung) res.destroy();
  server.close();
}

// ---------------------------------------------------------------- report
const kb = (b) => (typeof b === 'number' ? `${(b / 1024).toFixed(1)} kB` : '—');
const ms = (v) => (typeof v === 'number' ? `${v.toFixed(0)} ms` : '—');
const ratio = (a, b) => (typeof a === 'number' && typeof b === 'number' && b ? `${(a / b).toFixed(2)}×` : '—');
function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const sizes = [LOADER, ...fs.readdirSync('dist/cdn/chunks').map((f) => `dist/cdn/chunks/${f}`), 'dist/cdn/hohhot-widgets-all.js'].map((file) => {
  const data = fs.readFileSync(file);
  return { file, raw: data.length, gzip: zlib.gzipSync(data, { level: 9 }).length, brotli: zlib.brotliCompressSync(data).length };
});
console.log('\nScript-tag files');
console.log(table(['file', 'raw', 'gzip', 'brotli'], sizes.map((s) => [s.file, kb(s.raw), kb(s.gzip), kb(s.brotli)])));

for (const profile of PROFILES) {
  console.log(`\nPages, ${profile} (Chromium ${browser.version()}, ${VIEWPORT.width}×${VIEWPORT.height}, median of ${RUNS} cold runs, times from navigation start)`);
  console.log(
    table(
      ['page', 'gzip bytes', 'requests', 'scripts', 'depth', 'first paint', 'first render', 'all rendered', 'first chart', 'CLS', 'long tasks'],
      results[profile].map((r) => [r.name, kb(r.bytes), r.requests ?? '—', r.scriptFiles ? `${kb(r.scriptBytes)} in ${r.scriptFiles}` : '—', r.depth ?? '—', ms(r.fcp), ms(r.firstRender), ms(r.allRendered), ms(r.firstChart), r.cls?.toFixed(3) ?? '—', `${r.longTasks ?? '—'} (${ms(r.longTaskMs)})`]),
    ),
  );
  const get = (id) => results[profile].find((r) => r.id === id);
  const one = get('one-chart');
  const cj = get('chartjs');
  const ec = get('echarts');
  if (!ONLY.length) {
    console.log('\nRatios: one chart widget against the pages built by hand (lower is better)');
    console.log(
      table(
        ['against', 'bytes', 'requests', 'first render', 'first chart'],
        [cj, ec, get('static')].map((o) => [o.name, ratio(one.bytes, o.bytes), ratio(one.requests, o.requests), ratio(one.firstRender ?? one.fcp, o.fcp), ratio(one.firstChart, o.firstChart ?? o.fcp)]),
      ),
    );
    const hop = get('hop-chart');
    console.log(`Targets, one-hop: chart page ≤ 1.0× Chart.js in bytes ${ratio(hop.bytes, cj.bytes)}, first chart ${ratio(hop.firstChart, cj.firstChart)}; chart-free ≤ 30 kB: checklist ${kb(get('hop-checklist').bytes)}, challenges ${kb(get('hop-free').bytes)}`);
    console.log(`Targets: bytes ≤ 1.0× Chart.js page: ${ratio(one.bytes, cj.bytes)}; first chart ≤ 1.0× Chart.js: ${ratio(one.firstChart, cj.firstChart)}, ≤ 0.5× ECharts: ${ratio(one.firstChart, ec.firstChart)}; chart-free page ≤ 30 kB: ${kb(get('one-free').bytes)}; 60 widgets rendered ≤ 1.5 s: ${ms(get('sixty').allRendered)}; CLS ≤ 0.01: all 12 ${get('all-12').cls?.toFixed(3)}, 60 ${get('sixty').cls?.toFixed(3)}`);
  }
  const none = get('guest-none');
  const guests = results[profile].filter((r) => r.id.startsWith('guest-'));
  if (none && guests.length > 1) {
    console.log('\nA guest in the article: first paint against the article alone (target: within 150 ms), shifts (target CLS ≤ 0.01), what a reader sees before the code');
    console.log(
      table(
        ['page', 'first paint', 'vs article alone', 'CLS', 'fallback chars', 'widgets rendered'],
        guests.map((r) => [r.name, ms(r.fcp), typeof r.fcp === 'number' && typeof none.fcp === 'number' ? `${r.fcp - none.fcp >= 0 ? '+' : ''}${(r.fcp - none.fcp).toFixed(0)} ms` : '—', r.cls?.toFixed(3) ?? '—', r.fallbackChars ?? '—', r.hung ? 'no (host hung)' : r.allRendered !== null ? 'yes' : '—']),
      ),
    );
    const plain = get('guest-12');
    const small = get('guest-root-62');
    if (plain?.sizes.length && small?.sizes.length) {
      const rows = plain.sizes.map(([tag, h, f]) => {
        const [, h2, f2] = small.sizes.find(([t]) => t === tag) ?? [];
        return [tag, `${h.toFixed(0)} px`, typeof h2 === 'number' ? `${h2.toFixed(0)} px (${(((h2 - h) / h) * 100).toFixed(1)} %)` : '—', `${f} px`, typeof f2 === 'number' ? `${f2} px` : '—'];
      });
      console.log('\nhtml { font-size: 62.5% } against a plain page (target: heights within 10 %, text within 1 px)');
      console.log(table(['widget', 'height', 'height at 62.5 %', 'text', 'text at 62.5 %'], rows));
    }
  }
  for (const r of results[profile]) for (const e of r.errors) console.warn(`  ${r.name}: ${e}`);
}

fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, browser: browser.version(), runs: RUNS, viewport: VIEWPORT, sizes, results }, null, 2)}\n`);
console.log(`\nwrote ${OUT}`);
