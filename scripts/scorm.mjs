// node scripts/scorm.mjs --widget <tag> [--attr name=value …] [--version 1.2|2004] [--out file.zip]
//
// A SCORM package (a zip an LMS imports: Moodle's "SCORM package" activity)
// that shows one widget with the attributes given, and reports to the LMS
// through src/scorm/runtime.ts: score and status of the quiz, progress of the
// checklist, suspend data to resume. Needs the script-tag build (dist/cdn/,
// `npm run build`). `--defaults` writes the four packages of `npm run build`.
// Run with --help for the options.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { zipSync } from 'fflate';
import { STRICT_CSP } from './strict-csp.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CDN = path.join(ROOT, 'dist/cdn');
const LOADER = 'hohhot-widgets.js';
const RUNTIME = 'hohhot-scorm.js';
const STYLE = 'launch.css';
const LAUNCH = 'index.html';
/** A fixed time for every entry of the zip: the same input gives the same bytes. */
const MTIME = new Date('2025-01-01T00:00:00Z');
/** The launch page's policy: as the strict page of widget contract §5, in a <meta>. */
const CSP = STRICT_CSP;
/** Attributes every element takes besides those of custom-elements.json. */
const GLOBAL_ATTRIBUTES = ['lang', 'id', 'class'];

/** The packages `npm run build` writes (`--defaults`). */
const DEFAULTS = [
  { widget: 'hohhot-quiz', version: '1.2', out: 'dist/scorm/hohhot-quiz.zip' },
  { widget: 'strategy-checklist', version: '1.2', out: 'dist/scorm/strategy-checklist.zip' },
  { widget: 'hohhot-quiz', version: '2004', out: 'dist/scorm/hohhot-quiz-2004.zip' },
  { widget: 'strategy-checklist', version: '2004', out: 'dist/scorm/strategy-checklist-2004.zip' },
];

const HELP = `Usage: node scripts/scorm.mjs --widget <tag> [options]

Makes a SCORM package (a .zip to upload to an LMS, e.g. Moodle: "Add an activity
or resource" → "SCORM package") that shows one widget and reports to the LMS.
Run \`npm run build\` first: the package holds the script-tag bundle of dist/cdn/.

Options:
  --widget <tag>         The element, e.g. hohhot-quiz, strategy-checklist (required).
  --attr <name=value>    An attribute of the element (repeatable); a name alone
                         is a boolean attribute, e.g. --attr notes. Names are
                         checked against custom-elements.json; lang is allowed too.
  --version <1.2|2004>   SCORM 1.2 (default) or SCORM 2004 4th edition.
  --out <file.zip>       Where to write it (default dist/scorm/<tag>[-2004].zip).
  --title <text>         The title in the LMS and the page (default: the widget's
                         own title in its language).
  --mastery-score <0-100>  The pass mark in per cent, written into the manifest
                         (1.2 adlcp:masteryscore; 2004 the primary objective's
                         minNormalizedMeasure). The quiz is then passed or failed;
                         without one it is completed.
  --defaults             Write the packages of \`npm run build\`: the quiz and the
                         checklist, SCORM 1.2 and 2004, into dist/scorm/.
  --help                 This text.

What the package reports:
  quiz       score (1.2: cmi.core.score.raw in per cent, min 0, max 100;
             2004: cmi.score.raw = correct answers, min 0, max = questions,
             scaled), status (incomplete → passed/failed with a mastery
             score, else completed), each checked answer as an interaction
             (cmi.interactions.n), the answers as suspend data.
  checklist  status (completed when every measure is ticked; 2004 also
             cmi.progress_measure), the ticks as suspend data (the LMS's
             record wins over this browser's storage; the list gets a
             storage-key of its own unless --attr storage-key=… gives one).
  others     completed once launched.
  Leaving the page (pagehide) ends the session: exit "suspend" while
  unfinished. Without an LMS the page works as a plain page.

Example:
  node scripts/scorm.mjs --widget hohhot-quiz --attr lang=en --attr seed=week3 \\
    --version 1.2 --out dist/scorm/hohhot-quiz-en.zip`;

class UsageError extends Error {}

/** The elements of custom-elements.json, by tag. */
function elements() {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'custom-elements.json'), 'utf8'));
  const byTag = new Map();
  for (const mod of manifest.modules ?? []) {
    for (const d of mod.declarations ?? []) if (d.tagName) byTag.set(d.tagName, { ...d, module: mod.path });
  }
  return byTag;
}

/** `name=value` → [name, value]; `name` → [name, ''] (a boolean attribute). */
function parseAttr(text) {
  const i = text.indexOf('=');
  return i === -1 ? [text.trim(), ''] : [text.slice(0, i).trim(), text.slice(i + 1)];
}

/** The widget's own title in `lang` (its strings module in the npm build), or its summary. */
async function widgetTitle(el, lang) {
  const strings = path.join(ROOT, el.module.replace(/\.js$/, '.strings.js'));
  try {
    const [{ messages }, { normalizeLang }] = await Promise.all([
      import(pathToFileURL(strings).href),
      import(pathToFileURL(path.join(ROOT, 'dist/core/controllers/lang.js')).href),
    ]);
    const title = messages?.[normalizeLang(lang) ?? 'zh-CN']?.title;
    if (typeof title === 'string' && title) return title;
  } catch {
    // no strings module: the summary below
  }
  return el.summary ?? el.tagName;
}

const escapeXml = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The launch page: the widget alone, the loader and the runtime, under a strict policy. */
function launchPage({ tag, attrs, lang, title, version }) {
  const attrText = attrs.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeXml(value)}"`)).join('');
  return `<!doctype html>
<html lang="${escapeXml(lang)}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="${CSP}" />
    <meta name="hohhot-widgets:scorm-version" content="${version}" />
    <meta name="hohhot-widgets:scorm-widget" content="${tag}" />
    <title>${escapeXml(title)}</title>
    <link rel="stylesheet" href="${STYLE}" />
    <script type="module" src="${LOADER}"></script>
    <script type="module" src="${RUNTIME}"></script>
  </head>
  <body>
    <main>
      <${tag}${attrText}></${tag}>
    </main>
    <noscript>This activity needs JavaScript. 此活动需要启用 JavaScript。</noscript>
  </body>
</html>
`;
}

const LAUNCH_CSS = `html { background: #fff; }
body { margin: 0; padding: 16px; font-family: system-ui, sans-serif; }
main { max-width: 960px; margin: 0 auto; }
`;

/** imsmanifest.xml for SCORM 1.2 or 2004 4th edition: one organization, one item, one SCO. */
function manifest({ id, title, version, files, mastery }) {
  const fileList = files.map((f) => `      <file href="${escapeXml(f)}" />`).join('\n');
  if (version === '1.2') {
    return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${escapeXml(title)}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${escapeXml(title)}</title>${mastery === undefined ? '' : `\n        <adlcp:masteryscore>${mastery}</adlcp:masteryscore>`}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${LAUNCH}">
${fileList}
    </resource>
  </resources>
</manifest>
`;
  }
  const sequencing =
    mastery === undefined
      ? ''
      : `
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="${id}-pass" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${mastery / 100}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${escapeXml(title)}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${escapeXml(title)}</title>${sequencing}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormType="sco" href="${LAUNCH}">
${fileList}
    </resource>
  </resources>
</manifest>
`;
}

/** src/scorm/runtime.ts as one script that starts itself. */
async function runtimeScript() {
  const result = await build({
    stdin: {
      contents: "import { startScorm } from './src/scorm/runtime.ts';\nstartScorm();\n",
      resolveDir: ROOT,
      sourcefile: 'hohhot-scorm-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    target: 'es2021',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].contents;
}

/** A file name ending in .js, as it stands in minified code: `"./chunks/core-x.js"`, `import("./quiz-x.js")`, `new URL("chart-x.js",…)`. */
const MODULE_NAME = /(?:\.{1,2}\/)?(?:[\w-]+\/)*[\w-]+(?:\.[\w-]+)*\.js(?=\\?["'`])/g;

/**
 * Every file of the script-tag bundle the loader may fetch: the loader and,
 * transitively, each module of dist/cdn/ that a file already taken names (its
 * imports, import() calls, the loader's preload map, chart.js's URL). The
 * chunks of the one-file bundle (hohhot-widgets-all.js), which the loader
 * never reaches, stay out.
 */
function bundleFiles() {
  if (!fs.existsSync(path.join(CDN, LOADER)) || !fs.existsSync(path.join(CDN, 'chunks'))) {
    throw new UsageError(`dist/cdn/${LOADER} or dist/cdn/chunks/ is missing: run \`npm run build\` first.`);
  }
  const taken = new Set();
  const queue = [LOADER];
  while (queue.length) {
    const file = queue.shift();
    if (taken.has(file)) continue;
    taken.add(file);
    const code = fs.readFileSync(path.join(CDN, file), 'utf8');
    for (const [name] of code.matchAll(MODULE_NAME)) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), name));
      if (!target.startsWith('../') && fs.existsSync(path.join(CDN, target))) queue.push(target);
    }
  }
  return [LOADER, ...[...taken].filter((f) => f !== LOADER).sort()];
}

/** Checks the options and writes one package; answers what it wrote. */
async function makePackage({ widget, attr = [], version = '1.2', out, title, mastery }, known = elements()) {
  if (!widget) throw new UsageError('--widget is required, e.g. --widget hohhot-quiz (see --help).');
  const el = known.get(widget);
  if (!el) {
    throw new UsageError(`Unknown widget "${widget}". Known widgets: ${[...known.keys()].sort().join(', ')}.`);
  }
  if (version !== '1.2' && version !== '2004') throw new UsageError(`--version must be 1.2 or 2004, not "${version}".`);
  const allowed = new Set([...(el.attributes ?? []).map((a) => a.name), ...GLOBAL_ATTRIBUTES]);
  const attrs = attr.map(parseAttr);
  for (const [name] of attrs) {
    if (!allowed.has(name)) {
      throw new UsageError(`<${widget}> has no attribute "${name}". Its attributes: ${[...allowed].sort().join(', ')}.`);
    }
  }
  const names = attrs.map(([n]) => n);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) throw new UsageError(`--attr ${twice} is given twice.`);
  let masteryScore;
  if (mastery !== undefined) {
    masteryScore = Number(mastery);
    if (mastery.trim() === '' || !Number.isFinite(masteryScore) || masteryScore < 0 || masteryScore > 100) {
      throw new UsageError(`--mastery-score must be a number from 0 to 100, not "${mastery}".`);
    }
  }
  const digest = crypto.createHash('sha256').update(JSON.stringify([widget, attrs, version, title ?? null, masteryScore ?? null])).digest('hex').slice(0, 10);
  // A list of its own in this browser's storage, apart from the same list on other pages of the LMS's site.
  if (allowed.has('storage-key') && !names.includes('storage-key')) attrs.push(['storage-key', `scorm-${digest}`]);
  if (names.includes('src')) {
    const src = attrs.find(([n]) => n === 'src')[1];
    console.warn(`scorm: the file of src="${src}" is not in the package; the page fetches it from the LMS's site (its policy allows no other: connect-src 'self').`);
  }
  const lang = attrs.find(([n]) => n === 'lang')?.[1] || 'zh-CN';
  const name = title ?? (await widgetTitle(el, lang));
  const files = bundleFiles();
  const payload = {
    [LAUNCH]: new TextEncoder().encode(launchPage({ tag: widget, attrs, lang, title: name, version })),
    [STYLE]: new TextEncoder().encode(LAUNCH_CSS),
    [RUNTIME]: await runtimeScript(),
  };
  for (const f of files) payload[f] = fs.readFileSync(path.join(CDN, f));
  const listed = [LAUNCH, STYLE, RUNTIME, ...files];
  const id = `hohhot-widgets.${widget}.${digest}`;
  const xml = manifest({ id, title: name, version, files: listed, mastery: masteryScore });
  const entries = { 'imsmanifest.xml': new TextEncoder().encode(xml) };
  for (const f of listed) entries[f] = payload[f];
  const zip = zipSync(entries, { level: 9, mtime: MTIME });
  const target = path.resolve(out ?? `dist/scorm/${widget}${version === '2004' ? '-2004' : ''}.zip`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, zip);
  const shown = path.relative(process.cwd(), target);
  return { file: shown.startsWith('..') ? target : shown, bytes: zip.length, files: listed.length + 1, version };
}

async function main() {
  let options;
  try {
    ({ values: options } = parseArgs({
      options: {
        widget: { type: 'string' },
        attr: { type: 'string', multiple: true },
        version: { type: 'string' },
        out: { type: 'string' },
        title: { type: 'string' },
        'mastery-score': { type: 'string' },
        defaults: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    throw new UsageError(`${err.message} (see --help)`);
  }
  if (options.help) {
    console.log(HELP);
    return;
  }
  if (options.defaults && (options.widget || options.attr || options.version || options.out || options.title || options['mastery-score'])) {
    throw new UsageError('--defaults takes no other option: it writes the packages of `npm run build`.');
  }
  const jobs = options.defaults
    ? DEFAULTS
    : [{ widget: options.widget, attr: options.attr, version: options.version, out: options.out, title: options.title, mastery: options['mastery-score'] }];
  const known = elements();
  for (const job of jobs) {
    const made = await makePackage(job, known);
    console.log(`scorm: ${made.file} (SCORM ${made.version}, ${made.files} files, ${(made.bytes / 1024).toFixed(0)} kB)`);
  }
}

main().catch((err) => {
  console.error(err instanceof UsageError ? `scorm: ${err.message}` : err);
  process.exit(1);
});
