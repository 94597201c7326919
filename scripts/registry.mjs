// Writes the lists that TypeScript and the demo need statically from the one
// widget registry, src/registry.ts (one line per element: tag, define module,
// chart flag):
//
//   src/index.ts         `export * from './components/<module>/<module>.js'`
//   src/define/all.ts    `export * from './<module>.js'`
//   src/cdn-all.ts       `import './define/<module>.js'`
//   demo/index.html      the list of links to each widget's demo page
//
// Only the part between the `registry:start` and `registry:end` markers of each
// file is written; the rest is hand-written.
//
//   node scripts/registry.mjs           rewrite the generated parts
//   node scripts/registry.mjs --check   fail (exit 1) if any is stale (in `npm test`)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REGISTRY = 'src/registry.ts';

/** The registry's entries, in order: `{ tag, module, chart }`. Throws on a line it cannot read. */
export function readRegistry(dir = root) {
  const source = fs.readFileSync(path.join(dir, REGISTRY), 'utf8');
  const list = /export const widgets[^=]*=\s*\[([\s\S]*?)\n\];/.exec(source);
  if (!list) throw new Error(`${REGISTRY}: no \`export const widgets … = [ … ];\` list found`);
  const entries = [];
  for (const line of list[1].split('\n')) {
    const text = line.trim();
    if (!text || text.startsWith('//')) continue;
    const m = /^\{ tag: '([a-z][a-z0-9]*(?:-[a-z0-9]+)+)', module: '([a-z][a-z0-9-]*)', chart: (true|false), load: \(\) => import\('\.\/define\/([a-z0-9-]+)\.js'\) \},$/.exec(text);
    if (!m) throw new Error(`${REGISTRY}: cannot read this line of the widget list (one entry a line, as the others):\n  ${text}`);
    if (m[4] !== m[2]) throw new Error(`${REGISTRY}: <${m[1]}> has module '${m[2]}' but loads ./define/${m[4]}.js`);
    entries.push({ tag: m[1], module: m[2], chart: m[3] === 'true' });
  }
  const seen = new Set();
  for (const e of entries) {
    if (seen.has(e.tag)) throw new Error(`${REGISTRY}: <${e.tag}> is listed twice`);
    seen.add(e.tag);
  }
  return entries;
}

const NOTE = 'generated from src/registry.ts by `node scripts/registry.mjs`: do not edit by hand';

/** The generated files: path, comment syntax, and the lines between the markers. */
export function targets(entries) {
  const ts = { start: `// registry:start (${NOTE})`, end: '// registry:end' };
  return [
    { file: 'src/index.ts', ...ts, lines: entries.map((e) => `export * from './components/${e.module}/${e.module}.js';`) },
    { file: 'src/define/all.ts', ...ts, lines: entries.map((e) => `export * from './${e.module}.js';`) },
    { file: 'src/cdn-all.ts', ...ts, lines: entries.map((e) => `import './define/${e.module}.js';`) },
    {
      file: 'demo/index.html',
      start: `<!-- registry:start (${NOTE}) -->`,
      end: '<!-- registry:end -->',
      indent: true,
      lines: entries.map((e) => `<li><a href="./${e.module}.html">${e.module}</a></li>`),
    },
  ];
}

/** `text` with the part between the markers replaced, or an Error if the markers are missing. */
function rewrite(text, t) {
  const a = text.indexOf(t.start);
  const b = text.indexOf(t.end, a + 1);
  if (a < 0 || b < 0) return new Error(`${t.file}: the markers \`${t.start}\` … \`${t.end}\` are missing`);
  const lineStart = text.lastIndexOf('\n', a) + 1;
  const indent = t.indent ? /^[ \t]*/.exec(text.slice(lineStart))[0] : '';
  const body = t.lines.map((l) => `${indent}${l}\n`).join('');
  return `${text.slice(0, a)}${t.start}\n${body}${indent}${text.slice(b)}`;
}

/** Regenerates (or, with `check`, compares) every target. Returns the stale files and the errors. */
export function run({ check = false, dir = root } = {}) {
  const entries = readRegistry(dir);
  const stale = [];
  const errors = [];
  for (const t of targets(entries)) {
    const file = path.join(dir, t.file);
    const text = fs.readFileSync(file, 'utf8');
    const fresh = rewrite(text, t);
    if (fresh instanceof Error) {
      errors.push(fresh.message);
      continue;
    }
    if (fresh === text) continue;
    stale.push(t.file);
    if (!check) fs.writeFileSync(file, fresh);
  }
  return { entries, stale, errors };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  let result;
  try {
    result = run({ check });
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  for (const e of result.errors) console.error(e);
  if (check && result.stale.length) {
    console.error(`Stale, not derived from ${REGISTRY} any more: ${result.stale.join(', ')}.\nRun \`node scripts/registry.mjs\` and commit the result.`);
  } else if (!check) {
    console.log(result.stale.length ? `Written from ${REGISTRY}: ${result.stale.join(', ')}` : `Up to date with ${REGISTRY} (${result.entries.length} widgets).`);
  }
  if (result.errors.length || (check && result.stale.length)) process.exit(1);
}
