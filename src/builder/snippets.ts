/**
 * The embed codes of one widget with one set of options, as text.
 * `attrs` are the attributes the preview element has, in order (booleans as
 * ''), and `props` the same options as typed property values for the npm code.
 */
export interface SnippetInput {
  tag: string;
  /** The define module: `hohhot-widgets/<module>.js`. */
  module: string;
  attrs: readonly (readonly [string, string])[];
  props: readonly (readonly [string, string | number | boolean])[];
  /** Absolute URL of the folder holding hohhot-widgets.js and embed.html (ends with `/`). */
  base: string;
  /** The iframe's title (the widget's heading). */
  title: string;
  /** The iframe's height in CSS pixels. */
  height: number;
}

/** Escapes text for an HTML attribute value in double quotes. */
export function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The element's markup, e.g. `<hohhot-trade-breakdown lang="en" flow="imports"></hohhot-trade-breakdown>`. */
export function elementMarkup(tag: string, attrs: SnippetInput['attrs']): string {
  const list = attrs.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttr(value)}"`)).join('');
  return `<${tag}${list}></${tag}>`;
}

/** The script tag of the loader and the element, as the README shows them. */
export function scriptSnippet(input: SnippetInput): string {
  return `<script type="module" blocking="render" src="${escapeAttr(`${input.base}hohhot-widgets.js`)}"></script>\n\n${elementMarkup(input.tag, input.attrs)}`;
}

/** The address of the embed page showing the widget: every attribute a query parameter. */
export function embedUrl(input: Pick<SnippetInput, 'tag' | 'attrs' | 'base'>): string {
  const query = new URLSearchParams([['widget', input.tag], ...input.attrs.map(([n, v]) => [n, v] as [string, string])]);
  return `${input.base}embed.html?${query}`;
}

/** An iframe of the embed page with the same options, a title and a height. */
export function iframeSnippet(input: SnippetInput): string {
  return `<iframe src="${escapeAttr(embedUrl(input))}"\n        title="${escapeAttr(input.title)}" width="100%" height="${input.height}"></iframe>`;
}

/** A TypeScript (and JavaScript) literal for a property value. */
function literal(value: string | number | boolean): string {
  return typeof value === 'string' ? `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')}'` : String(value);
}

/** A property name as TypeScript accepts it after a dot, or in brackets. */
function access(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `[${literal(name)}]`;
}

/** The npm code: import the element's module, create it, set its typed properties, add it to the page. */
export function npmSnippet(input: SnippetInput): string {
  const lines = [
    `import 'hohhot-widgets/${input.module}.js'; // registers <${input.tag}>`,
    '',
    `const el = document.createElement('${input.tag}');`,
    ...input.props.map(([name, value]) => `el${access(name)} = ${literal(value)};`),
    'document.body.append(el);',
  ];
  return lines.join('\n');
}

/** A word as a POSIX shell reads it: bare when safe, else in single quotes. */
function shellWord(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * The command that makes a SCORM 1.2 package of the widget with the same
 * options (scripts/scorm.mjs, in a clone of the repository after `npm run build`).
 */
export function scormSnippet(input: Pick<SnippetInput, 'tag' | 'attrs'>): string {
  const words = ['node scripts/scorm.mjs', `--widget ${input.tag}`];
  for (const [name, value] of input.attrs) words.push(`--attr ${shellWord(value === '' ? name : `${name}=${value}`)}`);
  words.push(`--out ${shellWord(`dist/scorm/${input.tag}.zip`)}`);
  return words.join(' \\\n    ');
}
