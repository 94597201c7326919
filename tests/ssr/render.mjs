// Server-side rendering with @lit-labs/ssr, in Node: every element of the
// registry rendered from the built package (dist/), as a server of an npm
// user would. `node tests/ssr/render.mjs` checks every element and exits
// non-zero on a problem (in npm test); `--write <file>` also writes a page
// with one server-rendered element for the browser hydration test.
import fs from 'node:fs';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';

const { widgets } = await import('../../dist/registry.js');
const problems = [];
/** Renders `<tag lang=…>` on the server: the HTML, or null after noting the problem. */
async function ssr(w, lang) {
  const tag = unsafeStatic(w.tag);
  try {
    return await collectResult(lang ? render(html`<${tag} lang=${lang}></${tag}>`) : render(html`<${tag}></${tag}>`));
  } catch (error) {
    problems.push(`<${w.tag}>${lang ? ` lang="${lang}"` : ''}: ${error?.stack ?? error}`);
    return null;
  }
}
for (const w of widgets) {
  await import(`../../dist/define/${w.module}.js`);
  // Without `lang` the server renders Chinese (the paper's language); with `lang="en"`, English.
  for (const [lang, author] of [[undefined, '李建宏'], ['en', 'Li Jianhong']]) {
    const out = await ssr(w, lang);
    if (out === null) continue;
    const what = `<${w.tag}>${lang ? ` lang="${lang}"` : ''}`;
    // A declarative shadow root with the element's frame and its source line.
    if (!/<template shadowroot(mode)?="open"/.test(out)) problems.push(`${what}: no declarative shadow root`);
    if (!out.includes('part="base"')) problems.push(`${what}: no part="base" frame`);
    if (!/part="source"/.test(out) || !out.includes(author)) problems.push(`${what}: no source line naming the paper's author (${author})`);
    console.log(`ssr ${what}: ${out.length} characters`);
  }
}

// The page of tests/ssr-hydrate.test.ts: one element as the server sends it.
const write = process.argv.indexOf('--write');
if (write > 0) {
  const file = process.argv[write + 1];
  const out = await ssr(widgets.find((w) => w.tag === 'hohhot-challenges'), 'en');
  fs.mkdirSync(file.replace(/\/[^/]*$/, ''), { recursive: true });
  fs.writeFileSync(file, out ?? '');
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`ssr: all ${widgets.length} elements rendered in both languages`);
