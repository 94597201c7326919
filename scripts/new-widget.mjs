// `npm run new-widget <tag>`: the files of a new widget, as CONTRIBUTING.md
// lays them out, then the lists written from the registry.
//
//   npm run new-widget hohhot-port-traffic
//
// writes (module = the tag without its `hohhot-` prefix, here `port-traffic`):
//   src/components/<module>/<module>.ts          the element: a title and the source line
//   src/components/<module>/<module>.styles.ts   its styles
//   src/components/<module>/<module>.strings.ts  its messages, one catalog per language
//   src/define/<module>.ts                       registers the element
//   tests/<module>.test.ts                       its first tests
//   demo/<module>.html                           its demo page, both languages and themes
// adds its line to src/registry.ts and runs scripts/registry.mjs (index.ts,
// define/all.ts, cdn-all.ts, the demo index), `npm run analyze` and `npm run
// docs` (custom-elements.json, the README's reference). The element shows the bundled
// `challenges` dataset as a stand-in: give it its own dataset from src/data/.
//
//   --dry-run   say what would be written, write nothing
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readRegistry, run as writeRegistry } from './registry.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'Usage: npm run new-widget <tag>   e.g. npm run new-widget hohhot-port-traffic';

function fail(message) {
  console.error(`new-widget: ${message}`);
  process.exit(1);
}

/** What is wrong with `tag` as the name of a new element, or null. */
export function problemWith(tag, registry, exists = (p) => fs.existsSync(path.join(root, p))) {
  if (!tag) return `no tag given.\n${USAGE}`;
  if (tag !== tag.toLowerCase()) return `"${tag}": a tag is lower-case (custom element names cannot have capitals).`;
  if (!/^[a-z]/.test(tag)) return `"${tag}": a tag starts with a letter a–z.`;
  if (!tag.includes('-')) return `"${tag}": a custom element's tag has a hyphen, e.g. hohhot-${tag}.`;
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(tag)) return `"${tag}": use only a–z, 0–9 and single hyphens between words (e.g. hohhot-port-traffic).`;
  const RESERVED = ['annotation-xml', 'color-profile', 'font-face', 'font-face-src', 'font-face-uri', 'font-face-format', 'font-face-name', 'missing-glyph'];
  if (RESERVED.includes(tag)) return `"${tag}": a name HTML reserves; choose another.`;
  if (registry.some((w) => w.tag === tag)) return `"${tag}" is already a widget of src/registry.ts.`;
  const module = moduleOf(tag);
  const clash = registry.find((w) => w.module === module);
  if (clash) return `"${tag}" would use the module name "${module}", which <${clash.tag}> already has.`;
  for (const p of [`src/components/${module}`, `src/define/${module}.ts`, `tests/${module}.test.ts`, `demo/${module}.html`]) {
    if (exists(p)) return `${p} exists already: remove it or choose another tag.`;
  }
  return null;
}

/** The module (folder and file name) of a tag: the tag without the `hohhot-` prefix. */
export const moduleOf = (tag) => tag.replace(/^hohhot-/, '');
const pascal = (s) => s.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join('');

/** The files of the widget, path → text. */
export function files(tag) {
  const module = moduleOf(tag);
  const cls = pascal(tag);
  const name = pascal(module);
  const msgs = `${name}Messages`;
  return {
    [`src/components/${module}/${module}.strings.ts`]: `import type { Catalogs } from '../../core/i18n/messages.js';

/** The interface text of \`<${tag}>\`. */
export interface ${msgs} {
  /** The heading. */
  title: string;
  /** The sentence under the heading: how many items the dataset has. */
  intro: (count: number) => string;
}

const zhCN: ${msgs} = {
  title: '${tag}',
  intro: (count) => \`共\${count}项。\`,
};

const en: ${msgs} = {
  title: '${tag}',
  intro: (count) => \`\${count} \${count === 1 ? 'item' : 'items'}.\`,
};

export const messages: Catalogs<${msgs}> = { 'zh-CN': zhCN, en };
`,
    [`src/components/${module}/${module}.styles.ts`]: `import { css } from 'lit';

/** The styles of \`<${tag}>\`, after the shared ones of \`HwElement.styles\`. */
export const styles = css\`
  .items {
    margin: 0.25rem 0 0.5rem;
    padding-inline-start: 1.25rem;
  }
\`;
`,
    [`src/components/${module}/${module}.ts`]: `import { html } from 'lit';
// A stand-in dataset: replace it with the widget's own (src/data/), its type and its validator.
import { challenges } from '../../data/challenges.js';
import type { ChallengesDataset, Provenance } from '../../data/schema.js';
import { lazyValidator } from '../../core/util/check.js';
import { HwElement } from '../../core/base/base.js';
import { pick } from '../../core/controllers/lang.js';
import { messages } from './${module}.strings.js';
import { styles } from './${module}.styles.js';

/**
 * TODO: what the widget shows, and where it stands in the paper.
 *
 * @summary TODO: one line for the manifest and the IDEs.
 *
 * @fires error - \`data\` or \`src\` could not be used (does not bubble). \`detail: { kind, message, path?, status? }\`
 * @fires hw-error - The same event as \`error\`, under a name typed in \`HTMLElementEventMap\`. Does not bubble.
 *
 * @csspart base - The widget's frame.
 * @csspart items - The list of items.
 * @csspart source - The source line.
 * @csspart error - The alert shown when data cannot be used.
 *
 * @cssprop --hw-font-family - Font stack.
 * @cssprop --hw-bg - Background colour.
 * @cssprop --hw-text - Text colour.
 * @cssprop --hw-muted - Secondary text colour.
 * @cssprop --hw-accent - Links.
 * @cssprop --hw-focus - Focus ring colour.
 * @tag ${tag}
 */
export class ${cls} extends HwElement<ChallengesDataset> {
  static override styles = [...HwElement.styles, styles];

  protected readonly defaultData = challenges;
  protected readonly validator = lazyValidator('validateChallengesDataset');

  protected renderBody(data: ChallengesDataset) {
    const lang = this.locale;
    const m = messages[lang];
    return html\`<h2>\${m.title}</h2>
      <p>\${m.intro(data.challenges.length)}</p>
      <ul class="items" part="items">
        \${data.challenges.map((c) => html\`<li>\${pick(c.label, lang)}</li>\`)}
      </ul>\`;
  }

  protected provenance(data: ChallengesDataset): Provenance[] {
    return data.challenges;
  }
}
`,
    [`src/define/${module}.ts`]: `import { ${cls} } from '../components/${module}/${module}.js';
import { defineElement } from '../core/util/define.js';

export { ${cls} };
defineElement('${tag}', ${cls});

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${cls};
  }
}
`,
    [`tests/${module}.test.ts`]: `import { expect, html } from '@open-wc/testing';
import '../src/define/${module}.js';
import type { ${cls} } from '../src/components/${module}/${module}.js';
import { challenges } from '../src/data/index.js';
import { pick } from '../src/core/controllers/lang.js';
import { $, $$, mount } from './helpers.js';
import { expectAlertFollowsLang, expectInvalidData, itHasNoAxeViolations, itReportsBadSrc } from './contract.js';

const tag = (lang = 'zh-CN') => html\`<${tag} lang=\${lang}></${tag}>\`;

describe('<${tag}>', () => {
  it('shows its title and one line per item of the dataset, in Chinese and in English', async () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const el = await mount<${cls}>(tag(lang));
      expect($(el, 'h2')!.textContent, lang).to.equal('${tag}');
      expect($$(el, '[part="items"] li').map((li) => li.textContent.trim()), lang).to.deep.equal(
        challenges.challenges.map((c) => pick(c.label, lang)),
      );
    }
  });

  it('ends with a source line that names the paper', async () => {
    const el = await mount<${cls}>(tag('zh-CN'));
    expect($(el, '[part="source"]')!.textContent).to.contain('李建宏');
  });

  it('says what is wrong with invalid data, in the reader’s language', async () => {
    const el = await mount<${cls}>(tag('en'));
    await expectInvalidData(el, { challenges: 'none' }, 'challenges');
    await expectAlertFollowsLang(el);
  });

  itReportsBadSrc((lang, src) => html\`<${tag} lang=\${lang} src=\${src}></${tag}>\`, {
    missing: { lang: 'en', src: '/tests/fixtures/does-not-exist.json' },
    malformed: { lang: 'zh-CN' },
  });

  itHasNoAxeViolations((lang, theme) => html\`<${tag} lang=\${lang} theme=\${theme}></${tag}>\`);
});
`,
    [`demo/${module}.html`]: `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>&lt;${tag}&gt; · hohhot-widgets</title>
    <link rel="stylesheet" href="./demo.css" />
    <script type="module" async src="../dist/cdn/hohhot-widgets.js"></script>
  </head>
  <body>
    <main>
      <p><a href="./index.html">All widgets</a></p>
      <h1>&lt;${tag}&gt;</h1>
      <div class="variants">
        <section class="panel" lang="zh-CN">
          <h3>中文 · light</h3>
          <${tag} theme="light"></${tag}>
        </section>
        <section class="panel dark" lang="zh-CN">
          <h3>中文 · dark</h3>
          <${tag} theme="dark"></${tag}>
        </section>
        <section class="panel" lang="en">
          <h3>English · light</h3>
          <${tag} theme="light"></${tag}>
        </section>
        <section class="panel dark" lang="en">
          <h3>English · dark</h3>
          <${tag} theme="dark"></${tag}>
        </section>
      </div>
    </main>
  </body>
</html>
`,
  };
}

/** src/registry.ts with the widget's line appended to the list. */
export function withRegistryLine(source, tag) {
  const module = moduleOf(tag);
  const line = `  { tag: '${tag}', module: '${module}', chart: false, load: () => import('./define/${module}.js') },\n`;
  const end = /\n\];/.exec(source.slice(source.indexOf('export const widgets')));
  if (!end) throw new Error('src/registry.ts: the end of the `widgets` list (a line `];`) was not found');
  const at = source.indexOf('export const widgets') + end.index + 1;
  return source.slice(0, at) + line + source.slice(at);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dry = args.includes('--dry-run');
  const names = args.filter((a) => !a.startsWith('--'));
  if (names.length > 1) fail(`one tag at a time (given: ${names.join(', ')}).\n${USAGE}`);
  const tag = names[0];
  let registry;
  try {
    registry = readRegistry(root);
  } catch (error) {
    fail(error.message);
  }
  const problem = problemWith(tag, registry);
  if (problem) fail(problem);
  const out = files(tag);
  const registryFile = path.join(root, 'src/registry.ts');
  const registrySource = withRegistryLine(fs.readFileSync(registryFile, 'utf8'), tag);
  if (dry) {
    console.log([...Object.keys(out), 'src/registry.ts (one line)'].map((p) => `would write ${p}`).join('\n'));
    process.exit(0);
  }
  for (const [p, text] of Object.entries(out)) {
    fs.mkdirSync(path.dirname(path.join(root, p)), { recursive: true });
    fs.writeFileSync(path.join(root, p), text, { flag: 'wx' });
    console.log(`wrote ${p}`);
  }
  fs.writeFileSync(registryFile, registrySource);
  console.log('added a line to src/registry.ts');
  const { stale } = writeRegistry({ dir: root });
  console.log(`wrote from the registry: ${stale.join(', ')}`);
  // The manifest (custom-elements.json) and the README's reference, which npm test compares with the source.
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  for (const script of ['analyze', 'docs']) {
    const r = spawnSync(npm, ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) fail(`the files are written, but \`npm run ${script}\` failed: run it again once the new element compiles.`);
  }
  console.log('wrote custom-elements.json and the reference in README.md');
  console.log(`
Next:
  - give <${tag}> its own dataset in src/data/ (it shows \`challenges\` as a stand-in), its messages and its styles;
  - if it draws a chart, extend HwChartElement and set \`chart: true\` on its line in src/registry.ts;
  - after changing its properties or docs: npm run analyze && npm run docs;
  - once it looks right: npm run measure-heights (tests/loader.test.ts checks the height the loader reserves);
  - npx tsc --noEmit && node scripts/test-engines.mjs --files tests/${moduleOf(tag)}.test.ts`);
}
