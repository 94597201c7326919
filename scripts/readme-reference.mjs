// Writes the element reference of README.md from custom-elements.json, between
// the <!-- reference:start --> and <!-- reference:end --> markers, so the README
// says what the code says. `--check` only reports whether it is current (npm test).
import fs from 'node:fs';

const README = 'README.md';
const START = '<!-- reference:start -->';
const END = '<!-- reference:end -->';

const manifest = JSON.parse(fs.readFileSync('custom-elements.json', 'utf8'));
const cell = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
const code = (s) => (s ? `\`${cell(s)}\`` : '');

function table(head, rows) {
  if (!rows.length) return '';
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n') + '\n';
}

// A default written as a named constant (`count = QUIZ_DEFAULT_COUNT`) is shown
// as the constant's value, which is what a reader of the README needs.
const constants = new Map(
  manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.kind === 'variable' && d.default).map((d) => [d.name, d.default])),
);
const defaultOf = (value) => constants.get(value) ?? value;

const elements = manifest.modules
  .flatMap((m) => (m.declarations ?? []).map((d) => ({ ...d, module: m.path })))
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

let out = `${START}\n<!-- Generated from custom-elements.json by \`npm run docs\`; do not edit by hand. -->\n\n`;
out += 'Every element has `lang` and the `data` property (a dataset of the same shape; its type is exported by `hohhot-widgets/data`, or by `hohhot-widgets` for the quiz and key figures).\n\n';
for (const el of elements) {
  const publicMembers = (el.members ?? []).filter((m) => !m.static && m.privacy !== 'private' && m.privacy !== 'protected');
  const attrs = (el.attributes ?? []).map((a) => [code(a.name), code(a.type?.text), code(defaultOf(a.default)), cell(a.description)]);
  const props = publicMembers
    .filter((m) => m.kind === 'field' && !(el.attributes ?? []).some((a) => a.fieldName === m.name))
    .map((m) => [code(m.name), code(m.type?.text), cell(m.description)]);
  const methods = publicMembers.filter((m) => m.kind === 'method').map((m) => [code(`${m.name}()`), cell(m.description)]);
  const events = (el.events ?? []).map((e) => [code(e.name), cell(e.description)]);
  const cssProps = (el.cssProperties ?? []).map((p) => [code(p.name), cell(p.description)]);
  const parts = (el.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]);
  out += `### \`<${el.tagName}>\`\n\n${cell(el.summary ?? el.description)}\n\n`;
  out += `Import alone: \`import 'hohhot-widgets/${el.tagName.replace(/^hohhot-/, '')}.js'\`\n\n`;
  if (attrs.length) out += `**Attributes**\n\n${table(['Attribute', 'Type', 'Default', 'Description'], attrs)}\n`;
  if (props.length) out += `**Properties**\n\n${table(['Property', 'Type', 'Description'], props)}\n`;
  if (methods.length) out += `**Methods**\n\n${table(['Method', 'Description'], methods)}\n`;
  if (events.length) out += `**Events**\n\n${table(['Event', 'Description'], events)}\n`;
  if (cssProps.length) out += `**CSS custom properties**\n\n${table(['Property', 'Description'], cssProps)}\n`;
  if (parts.length) out += `**Parts**\n\n${table(['Part', 'Description'], parts)}\n`;
}
out += END;

const readme = fs.readFileSync(README, 'utf8');
const a = readme.indexOf(START);
const b = readme.indexOf(END);
if (a < 0 || b < a) {
  console.error(`${README} has no ${START} … ${END} markers.`);
  process.exit(1);
}
const next = readme.slice(0, a) + out + readme.slice(b + END.length);
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('The element reference in README.md is stale: run `npm run docs` and commit it.');
    process.exit(1);
  }
} else if (next !== readme) {
  fs.writeFileSync(README, next);
  console.log(`${README}: element reference updated (${elements.length} elements).`);
}
