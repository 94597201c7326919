// Static HTML snapshots of every widget, for course pages whose editor strips
// both scripts and iframes: `dist/static/<tag>.<lang>.html`, one fragment per
// element and language (a `<section lang="…">` to paste), and
// `dist/static/index.html`, a page with all of them for preview.
//
// Each snapshot comes from the element itself, rendered on the server with
// @lit-labs/ssr from the built package (dist/), chart widgets in table view.
// One transformation (parse5) then turns the rendered shadow tree into plain
// semantic HTML: declarative shadow roots flattened, no script, style, custom
// element, form control or button; toolbars and other controls that mean
// nothing without script dropped; an ARIA grid becomes a <table>; reference
// marks become links to a reference list included in the snapshot; ids are
// prefixed with `<tag>-<lang>-` so that several snapshots can share a page.
// The few differences between widgets are options in WIDGETS below; a widget
// without an entry there gets the generic transformation alone.
//
//   node scripts/static.mjs          writes dist/static/ (after rollup and tsc)
//   node scripts/static.mjs --check  verifies dist/static/: every file there,
//                                    nothing forbidden, the dataset's numbers and
//                                    the source line in each; exit 1 on a problem
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import parse5 from 'parse5';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const outDir = path.join(dist, 'static');
const LANGS = ['zh-CN', 'en'];
const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** Imports a module of the built package. */
const built = (file) => import(pathToFileURL(path.join(dist, file)).href);

/**
 * What differs between widgets, all optional:
 * - `attrs`: attributes to render the element with (chart widgets also get view="table");
 * - `drop`: selectors of parts that mean nothing in a static page: simple
 *   selectors, `tag.class[attr=value]:first-of-type`, optionally after an
 *   ancestor's and a space, or after the parent's and `>`;
 * - `rename`: selector → tag name (an element kept, under another tag);
 * - `trim`: selector → a pattern cut from the start of its text (what only made sense beside a dropped part);
 * - `space`: selectors of elements before which a space goes (their CSS set them apart);
 * - `instruction`: selectors of paragraphs whose last sentence tells the reader what to
 *   click or open: that sentence is cut;
 * - `open`: `<details>` shown open (they hold the text, not an answer);
 * - `replace`: selector → async (lang) => HTML put in its place (processed like the rest);
 * - `dataset` and `figures`: the export of dist/data and the figures its table
 *   shows, whose numbers --check looks for;
 * - `noSection`: the source line names no section of the paper;
 * - `fallback`: what the embed snippet's fallback text takes from the snapshot
 *   besides the title and the source line (src/builder/fallback-text.ts):
 *   `summary`, a selector of the paragraph that sums the widget up (default:
 *   the first paragraph of the snapshot; `null`: none), `sentences`, how many
 *   of its sentences, and `items`, a selector of the elements listed after it,
 *   or `figures` (the first list of figures: value, then label), `dl` (the
 *   first description list), each item then "label: value", or `table` (the
 *   first table's rows: header, last column's header and last cell).
 */
const WIDGETS = {
  'hohhot-trade-breakdown': { dataset: 'trade2024', figures: (d) => [d.total, d.growth, ...d.imports, ...d.exports] },
  'hohhot-trade-partners': { fallback: { items: 'table' }, dataset: 'trade2024', figures: (d) => [d.total, ...d.partners] },
  'hohhot-investment-projects': {
    fallback: { summary: null, items: 'dl' },
    dataset: 'investment2024',
    figures: (d) => [...d.thresholds.map((t) => t.count), d.agreedInvestment, d.fundsInPlaceRate, d.horinger2025.projects, d.horinger2025.investment],
  },
  'hohhot-key-figures': {
    fallback: { summary: null, items: 'figures' },
    dataset: 'trade2024',
    figures: (d) => [d.total, d.growth, d.growthAboveRegion, d.shareOfRegion, d.beltAndRoad.value, d.beltAndRoad.growth, d.beltAndRoad.share],
  },
  'hohhot-cross-border-ecommerce': { fallback: { items: 'figures' }, dataset: 'ecommerce', figures: (d) => [d.trade, d.enterprisesInZone, d.platformEnterprises] },
  // The grid becomes a table; the selection panel (a hint until a cell is
  // selected) goes, the paper's sentences behind the marks stay (print-only).
  // A cell's industry is its column header: the cell keeps its mark and its meaning.
  // Cities down the side, industries across (the layout Chinese readers get; without CSS no
  // header is set vertically, so English loses nothing by it).
  'city-complementarity-matrix': {
    attrs: { layout: 'industries-as-columns' },
    instruction: ['[part=base] > p:first-of-type'],
    fallback: { summary: 'div p:first-of-type', sentences: 1 },
    drop: ['.details', '.cell-label', '.help'],
    trim: { '[role=gridcell] .visually-hidden': /^[:：]\s*/ },
  },
  // The map is drawn by CSS and chosen with the keyboard: its text alternative stays.
  'hohhot-region-map': { instruction: ['[part=base] > p:first-of-type'], drop: ['.map', '.legend', '[part=base] > p.note'] },
  'hohhot-cooperation-mechanisms': {},
  // Every problem open, its number once (the list numbers it).
  'hohhot-challenges': { fallback: { items: 'summary' }, open: true, instruction: ['[part=base] > p:first-of-type'], drop: ['summary .num'] },
  // Strategies and their measures as a reading list (the element's own `readonly`): no ticks, progress or notes.
  'strategy-checklist': { fallback: { items: 'h3' }, attrs: { readonly: '' } },
  // A worksheet: every question of a fixed draw, its options as a list, the answer in <details>.
  'hohhot-quiz': { attrs: { seed: 'worksheet' }, instruction: ['[part=base] > p.note:first-of-type'], replace: { '.question': quizWorksheet } },
  // The citation formats and the whole reference list.
  'hohhot-paper-citation': { fallback: { summary: null, items: 'dl' }, noSection: true, drop: ['.references .visually-hidden'], space: ['.ref-en'] },
};

// ---------------------------------------------------------------- rendering

let ssr;
/** @lit-labs/ssr and Lit's static templates, loaded once (only when writing). */
async function loadSsr() {
  if (!ssr) {
    const [{ render }, { collectResult }, { html, unsafeStatic }] = await Promise.all([
      import('@lit-labs/ssr'),
      import('@lit-labs/ssr/lib/render-result.js'),
      import('lit/static-html.js'),
    ]);
    ssr = { render, collectResult, html, unsafeStatic };
  }
  return ssr;
}

/** Renders `<tag …attrs>` on the server: the HTML string. */
async function renderElement(tag, attrs) {
  const { render, collectResult, html, unsafeStatic } = await loadSsr();
  const attrText = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join('');
  return collectResult(render(html`${unsafeStatic(`<${tag}${attrText}></${tag}>`)}`));
}

/** Renders a Lit template on the server. */
async function renderTemplate(template) {
  const { render, collectResult } = await loadSsr();
  return collectResult(render(template));
}

/** The quiz as a worksheet: the questions the element draws with its `seed`, each with its options and, folded, the answer. */
async function quizWorksheet(lang) {
  const [{ html }, { buildQuiz }, { seedFrom }, { quizDataset }, { messages }, { pick }, { sourceContent }, { coreStrings }] = await Promise.all([
    import('lit'),
    built('components/quiz/questions.js'),
    built('components/quiz/random.js'),
    built('components/quiz/dataset.js'),
    built('components/quiz/quiz.strings.js'),
    built('core/controllers/lang.js'),
    built('core/ui/source.js'),
    built('core/i18n/strings.js'),
  ]);
  const { QUIZ_DEFAULT_COUNT = 5 } = await built('components/quiz/quiz.js').catch(() => ({}));
  const s = messages[lang];
  const c = coreStrings[lang];
  // The round the element draws with the same attributes (a `count` or `topic` in WIDGETS is read here too).
  const { seed, count = QUIZ_DEFAULT_COUNT, topic = 'all' } = WIDGETS['hohhot-quiz'].attrs;
  const round = buildQuiz(quizDataset, { topic, count: Number(count), seed: seedFrom(seed) });
  const text = (q, id) => pick(q.options.find((o) => o.id === id).text, lang);
  return renderTemplate(html`<ol class="worksheet">
    ${round.map(
      (q) => html`<li>
        <p>${pick(q.prompt, lang)}</p>
        <ol type="A">${q.options.map((o) => html`<li>${pick(o.text, lang)}</li>`)}</ol>
        <details>
          <summary>${s.correctAnswer}</summary>
          <p>${s.answerIs(text(q, q.answer))}</p>
          <p>${pick(q.explanation, lang)}${q.derived ? c.note(c.derived) : ''}</p>
          ${q.note ? html`<p>${pick(q.note, lang)}</p>` : ''}
          <p>${sourceContent(lang, q.provenance, [], s.paper)}</p>
        </details>
      </li>`,
    )}
  </ol>`);
}

// ------------------------------------------------------------ the tree work

const el = (tagName, attrs = {}, childNodes = []) => {
  const node = {
    nodeName: tagName,
    tagName,
    namespaceURI: HTML_NS,
    attrs: Object.entries(attrs).map(([name, value]) => ({ name, value: String(value) })),
    childNodes: [],
  };
  for (const child of childNodes) append(node, child);
  return node;
};
const text = (value) => ({ nodeName: '#text', value });
function append(parent, child) {
  child.parentNode = parent;
  parent.childNodes.push(child);
}
const attr = (node, name) => node.attrs?.find((a) => a.name === name)?.value;
const isElement = (node) => !!node.tagName;
const classes = (node) => (attr(node, 'class') ?? '').split(/\s+/).filter(Boolean);
function textContent(node) {
  if (node.nodeName === '#text') return node.value;
  const kids = node.tagName === 'template' ? node.content.childNodes : (node.childNodes ?? []);
  return kids.map(textContent).join('');
}
function* elements(node) {
  for (const child of node.tagName === 'template' ? node.content.childNodes : (node.childNodes ?? [])) {
    if (isElement(child)) {
      yield child;
      yield* elements(child);
    }
  }
}

/** Parses a simple selector: `tag.class[attr=value]`, optionally `:first-of-type`. */
function compound(sel) {
  const m = /^([a-z][\w-]*)?((?:\.[\w-]+)*)((?:\[[\w-]+(?:=[^\]]*)?\])*)(:first-of-type)?$/i.exec(sel);
  if (!m) throw new Error(`static: selector "${sel}" is not of the form tag.class[attr=value]:first-of-type`);
  const firstOfType = (node) => node.parentNode?.childNodes.find((c) => c.tagName === node.tagName) === node;
  const cls = m[2].split('.').filter(Boolean);
  const attrs = [...m[3].matchAll(/\[([\w-]+)(?:=([^\]]*))?\]/g)].map(([, n, v]) => [n, v?.replace(/^"|"$/g, '')]);
  return (node) =>
    (!m[1] || node.tagName === m[1].toLowerCase()) &&
    cls.every((c) => classes(node).includes(c)) &&
    attrs.every(([n, v]) => (v === undefined ? attr(node, n) !== undefined : attr(node, n) === v)) &&
    (!m[4] || firstOfType(node));
}
/** A selector of one compound, or of an ancestor's (or with `>`, the parent's) and a descendant's: a test of a node and its ancestors. */
function selector(sel) {
  const child = sel.includes('>');
  const parts = sel.trim().split(/\s*>\s*|\s+/).map(compound);
  if (parts.length > 2) throw new Error(`static: selector "${sel}": at most one ancestor`);
  const [outer, inner] = parts.length === 2 ? parts : [null, parts[0]];
  return (node, ancestors) => inner(node) && (!outer || (child ? !!ancestors.length && outer(ancestors.at(-1)) : ancestors.some(outer)));
}

/** Dropped with everything inside: scripts, styles, controls, drawings that need CSS. */
const DROP_TAGS = new Set([
  'script', 'style', 'link', 'template', 'button', 'input', 'select', 'textarea', 'option', 'datalist',
  'progress', 'meter', 'output', 'canvas', 'svg', 'iframe', 'object', 'embed', 'dialog', 'noscript',
]);
/** Dropped in every widget: the controls of a toolbar, live regions, popovers. */
const DROP_ALWAYS = ['.toolbar', '[part=toolbar]', '.actions', '.copy-row', '.no-print', '[popover]', '[role=status]', '[role=alert]', '[aria-live=polite]', '[aria-live=assertive]'].map(selector);
/** Kept in the same place under a plain tag. */
const RENAME = { label: 'span', fieldset: 'div', legend: 'p', form: 'div' };
/** ARIA grid roles and the table elements they become. */
const GRID = { grid: 'table', row: 'tr', columnheader: 'th', rowheader: 'th', gridcell: 'td' };
/** Attributes kept (ids and id references prefixed). */
const KEEP_ATTRS = new Set(['id', 'lang', 'dir', 'translate', 'href', 'scope', 'colspan', 'rowspan', 'headers', 'open', 'start', 'type', 'value', 'reversed', 'abbr', 'datetime', 'cite', 'aria-label', 'aria-labelledby', 'aria-describedby']);
/** Elements on which aria-label(ledby) is allowed (axe: no naming a generic <div> or <span>). */
const NAMEABLE = new Set(['section', 'ul', 'ol', 'table', 'a', 'figure', 'nav', 'aside', 'main', 'header', 'footer']);
const IDREFS = ['aria-labelledby', 'aria-describedby', 'headers'];

/**
 * Turns the children of `source` into plain nodes under `target`.
 * ctx: { prefix, opts: compiled widget options, refs: Set of cited reference numbers, replacements: Map }.
 */
function convert(source, target, ctx, ancestors = [], inPre = false) {
  const kids = source.tagName === 'template' ? source.content.childNodes : source.childNodes;
  for (const node of kids ?? []) {
    if (node.nodeName === '#text') {
      const value = inPre ? node.value : node.value.replace(/\s+/g, (ws) => (ws.includes('\n') ? '\n' : ' '));
      if (value) append(target, text(value));
      continue;
    }
    if (!isElement(node)) continue; // comments, Lit's markers
    convertElement(node, target, ctx, ancestors, inPre);
  }
}

function convertElement(node, target, ctx, ancestors, inPre) {
  const tag = node.tagName;
  const { opts } = ctx;
  if (attr(node, 'hidden') !== undefined) return;
  const replacement = opts.replace.find(([test]) => test(node, ancestors));
  if (replacement) {
    const fragment = ctx.replacements.get(replacement[1]);
    convert(parse5.parseFragment(fragment), target, ctx, ancestors, inPre);
    return;
  }
  // A reference mark: a link to the reference list of the snapshot.
  if (tag === 'button' && attr(node, 'data-ref')) {
    const n = Number(attr(node, 'data-ref'));
    ctx.refs.add(n);
    append(target, el('a', { href: `#${ctx.prefix}ref-${n}`, 'aria-label': attr(node, 'aria-label') ?? `[${n}]` }, [text(`[${n}]`)]));
    return;
  }
  // A custom element: its declarative shadow root, flattened (or its children).
  if (tag.includes('-')) {
    const shadow = node.childNodes.find((c) => c.tagName === 'template' && (attr(c, 'shadowrootmode') || attr(c, 'shadowroot')));
    convert(shadow ?? node, target, ctx, [...ancestors, node], inPre);
    return;
  }
  if (DROP_TAGS.has(tag)) return;
  if (DROP_ALWAYS.some((test) => test(node, ancestors)) || opts.drop.some((test) => test(node, ancestors))) return;

  const role = attr(node, 'role');
  const renamed = opts.rename.find(([test]) => test(node, ancestors))?.[1];
  const outTag = renamed ?? GRID[role] ?? RENAME[tag] ?? tag;
  const attrs = {};
  for (const { name, value } of node.attrs) {
    if (!KEEP_ATTRS.has(name)) continue;
    if (name === 'id') attrs.id = ctx.prefix + value;
    else if (IDREFS.includes(name)) attrs[name] = value.split(/\s+/).map((id) => ctx.prefix + id).join(' ');
    else if (name === 'href' && value.startsWith('#')) attrs.href = `#${ctx.prefix}${value.slice(1)}`;
    else if (name === 'value' && outTag !== 'li') continue;
    else if (name === 'type' && outTag !== 'ol') continue;
    else attrs[name] = value;
  }
  if (outTag === 'details' && opts.open) attrs.open = '';
  if (role === 'columnheader') attrs.scope = 'col';
  if (role === 'rowheader') attrs.scope = 'row';
  if (!NAMEABLE.has(outTag)) {
    delete attrs['aria-label'];
    delete attrs['aria-labelledby'];
  }
  if (opts.space.some((test) => test(node, ancestors))) append(target, text(' '));
  const out = el(outTag, attrs);
  const inner = [...ancestors, node];
  convert(node, out, ctx, inner, inPre || tag === 'pre');
  if (outTag === 'table' && GRID[role]) gridToTable(out);
  const trim = opts.trim.find(([test]) => test(node, ancestors))?.[1];
  const first = trim && out.childNodes.find((c) => c.nodeName === '#text' && c.value.trim());
  if (first) first.value = first.value.trimStart().replace(trim, '');
  if (opts.instruction.some((test) => test(node, ancestors))) cutLastSentence(out);
  append(target, out);
}

/** Cuts the last sentence of a paragraph of more than one (its last text, after the last full stop but one). */
function cutLastSentence(p) {
  const last = p.childNodes.findLast((c) => c.nodeName === '#text' && c.value.trim());
  const cut = last?.value.replace(/(?<=[.。])\s*[^.。]+[.。]\s*$/u, '');
  if (last && cut !== last.value) last.value = cut;
  else throw new Error(`static: the paragraph "${textContent(p).trim().slice(0, 60)}…" has no last sentence to cut`);
}

/** A table made from an ARIA grid: its label as the caption, header rows in <thead>, the rest in <tbody>. */
function gridToTable(table) {
  const rows = table.childNodes.filter((n) => n.tagName === 'tr');
  const label = attr(table, 'aria-label');
  table.attrs = table.attrs.filter((a) => a.name !== 'aria-label');
  table.childNodes = [];
  if (label) append(table, el('caption', {}, [text(label)]));
  const head = el('thead');
  const body = el('tbody');
  for (const row of rows) {
    const cells = row.childNodes.filter(isElement);
    const isHead = cells.length > 0 && cells.every((c) => c.tagName === 'th' && attr(c, 'scope') === 'col');
    append(isHead ? head : body, row);
  }
  if (head.childNodes.length) append(table, head);
  append(table, body);
}

/** Removes what the conversion left meaningless: references to ids not in the snapshot, empty blocks. */
function tidy(top) {
  const ids = new Set([...elements(top)].map((n) => attr(n, 'id')).filter(Boolean));
  const walk = (node) => {
    for (const child of [...node.childNodes]) {
      if (!isElement(child)) continue;
      walk(child);
      child.attrs = child.attrs.filter((a) => {
        if (!IDREFS.includes(a.name)) return true;
        a.value = a.value.split(' ').filter((id) => ids.has(id)).join(' ');
        return a.value !== '';
      });
      const empty = !child.childNodes.some((c) => isElement(c) || c.value.trim());
      if (empty && ['p', 'div', 'span', 'ul', 'ol', 'dl', 'section', 'strong', 'h3', 'h4'].includes(child.tagName)) {
        node.childNodes.splice(node.childNodes.indexOf(child), 1);
      }
    }
  };
  walk(top);
}

/** The frame of a rendered widget: the element of part="base" in its shadow root. */
function base(fragment, tag) {
  const host = fragment.childNodes.find((n) => n.tagName === tag);
  const shadow = host?.childNodes.find((c) => c.tagName === 'template');
  const frame = shadow && [...elements(shadow)].find((n) => (attr(n, 'part') ?? '').split(/\s+/).includes('base'));
  if (!frame) throw new Error(`<${tag}>: the server rendering has no shadow root with a part="base" frame`);
  return frame;
}

const compile = (list = []) => list.map(selector);
const compileMap = (map = {}) => Object.entries(map).map(([sel, v]) => [selector(sel), v]);
/** An entry of the reference list: its number shown once, its English title on a line of its own. */
const REFERENCE_OPTS = { open: false, drop: compile(['.visually-hidden']), rename: [], space: compile(['.ref-en']), replace: [], trim: [], instruction: [] };

/** The snapshot of one widget in one language: the fragment's HTML. */
async function snapshot(tag, lang, chart, references) {
  // A widget without an entry (a new one) gets the generic transformation alone.
  const options = WIDGETS[tag] ?? {};
  const prefix = `${tag}-${lang}-`;
  const opts = {
    open: !!options.open,
    drop: compile(options.drop),
    rename: compileMap(options.rename),
    replace: compileMap(options.replace),
    trim: compileMap(options.trim),
    space: compile(options.space),
    instruction: compile(options.instruction),
  };
  const replacements = new Map();
  for (const [, fn] of opts.replace) replacements.set(fn, await fn(lang));
  const ctx = { prefix, opts, refs: new Set(), replacements };
  const rendered = await renderElement(tag, { lang, ...(chart ? { view: 'table' } : {}), ...options.attrs });
  const frame = base(parse5.parseFragment(rendered), tag);
  const section = el('section', { lang });
  convert(frame, section, ctx, [frame]);
  // The reference list, when the widget cites and does not carry it itself.
  const cited = [...ctx.refs].sort((a, b) => a - b).filter((n) => !section.childNodes.length || ![...elements(section)].some((e) => attr(e, 'id') === `${prefix}ref-${n}`));
  if (cited.length) {
    const id = `${prefix}references`;
    const list = el('ul');
    for (const n of cited) {
      const entry = references.entries.get(n);
      if (!entry) throw new Error(`<${tag}> cites reference [${n}], which the paper's reference list does not have`);
      const li = el('li', { id: `${prefix}ref-${n}` });
      convert(entry, li, { ...ctx, opts: REFERENCE_OPTS });
      append(list, li);
    }
    append(section, text('\n'));
    append(section, el('section', { 'aria-labelledby': id }, [el('h3', { id }, [text(references.heading)]), text('\n'), list]));
    append(section, text('\n'));
  }
  tidy(section);
  const heading = [...elements(section)].find((n) => /^h[1-6]$/.test(n.tagName));
  if (heading) {
    if (!attr(heading, 'id')) heading.attrs.push({ name: 'id', value: `${prefix}title` });
    section.attrs.push({ name: 'aria-labelledby', value: attr(heading, 'id') });
  } else {
    section.attrs.push({ name: 'aria-label', value: tag });
  }
  const wrapper = { nodeName: '#document-fragment', childNodes: [] };
  append(wrapper, section);
  return `${parse5.serialize(wrapper).replace(/\n{2,}/g, '\n')}\n`;
}

// ------------------------------------------------------- fallback text

/** At most this many items in a fallback list: a short text, never taller than the widget. */
const FALLBACK_ITEMS = 6;
const squash = (s) => s.replace(/\s+/g, ' ').trim();
/** The first `n` sentences of a text, in either language. */
function sentences(s, n) {
  const parts = s.match(/[^.。!?！？]+(?:[.。!?！？]+(?=\s|$)|[。！？]+|$)/g) ?? [s];
  return squash(parts.slice(0, n).join(''));
}
/** The elements under `top` that `sel` matches, in document order, outside the reference list. */
function matching(top, sel) {
  const test = selector(sel);
  const out = [];
  const walk = (node, ancestors) => {
    for (const child of node.childNodes ?? []) {
      if (!isElement(child) || /-references$/.test(attr(child, 'aria-labelledby') ?? '')) continue;
      if (test(child, ancestors)) out.push(child);
      walk(child, [...ancestors, child]);
    }
  };
  walk(top, [top]);
  return out;
}

/**
 * What a reader sees where the widget stands when its script never runs,
 * taken from the widget's snapshot: its title, the sentence or figures that
 * sum it up, and its source line (reference marks as plain text).
 */
export function fallbackDigest(html, { lang, fallback = {} }) {
  const top = parse5.parseFragment(html).childNodes.find((n) => n.tagName === 'section');
  if (!top) throw new Error('no <section> in the snapshot');
  const kids = top.childNodes.filter(isElement);
  const label = lang === 'en' ? 'Source:' : '来源：';
  const title = squash(textContent(kids.find((n) => /^h[1-6]$/.test(n.tagName)) ?? { nodeName: '#text', value: '' }));
  const sourceNode = kids.filter((n) => n.tagName === 'p' && textContent(n).trim().startsWith(label)).at(-1);
  const source = sourceNode ? squash(textContent(sourceNode)) : '';
  let summary = '';
  if (fallback.summary !== null) {
    const candidates = fallback.summary ? matching(top, fallback.summary) : kids.filter((n) => n.tagName === 'p' && n !== sourceNode);
    const first = candidates.find((n) => squash(textContent(n)));
    if (first) summary = fallback.sentences ? sentences(textContent(first), fallback.sentences) : squash(textContent(first));
  }
  let items = [];
  if (fallback.items === 'figures') {
    const list = matching(top, 'ul').find((ul) => ul.childNodes.some((li) => li.tagName === 'li' && li.childNodes.filter((c) => c.tagName === 'p').length >= 2));
    items = (list?.childNodes ?? [])
      .filter((li) => li.tagName === 'li')
      .map((li) => li.childNodes.filter((c) => c.tagName === 'p').map((c) => squash(textContent(c))))
      .map(([value, what]) => `${what}${lang === 'en' ? ': ' : '：'}${value}`);
  } else if (fallback.items === 'dl') {
    const dl = matching(top, 'dl')[0];
    const terms = dl ? [...elements(dl)].filter((n) => n.tagName === 'dt' || n.tagName === 'dd') : [];
    for (let i = 0; i < terms.length - 1; i++) {
      if (terms[i].tagName === 'dt' && terms[i + 1].tagName === 'dd') items.push(`${squash(textContent(terms[i]))}${lang === 'en' ? ': ' : '：'}${squash(textContent(terms[i + 1]))}`);
    }
  } else if (fallback.items === 'table') {
    // Each row: its header and its last cell, under the last column's header (the unit).
    const table = matching(top, 'table')[0];
    const cells = (row) => row.childNodes.filter((c) => c.tagName === 'th' || c.tagName === 'td').map((c) => squash(textContent(c)));
    const head = table ? matching(table, 'thead tr').map(cells)[0] : undefined;
    for (const row of table ? matching(table, 'tbody tr') : []) {
      const c = cells(row);
      items.push(`${c[0]}${lang === 'en' ? ' — ' : '，'}${head?.at(-1) ?? ''}${lang === 'en' ? ': ' : '：'}${c.at(-1)}`);
    }
  } else if (fallback.items) {
    items = matching(top, fallback.items).map((n) => squash(textContent(n)));
  }
  items = items.filter(Boolean);
  if (items.length > FALLBACK_ITEMS) items = [...items.slice(0, FALLBACK_ITEMS - 1), lang === 'en' ? `and ${items.length - FALLBACK_ITEMS + 1} more` : `等 ${items.length} 项`];
  return { title, summary, items, source };
}

/** A snapshot as a page of its own: the page the fallback text links to. */
function standalonePage(fragment, lang, title) {
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escaped}</title>
</head>
<body>
<main>
${fragment}</main>
</body>
</html>
`;
}

/** The generated module of fallback texts (its whole text). */
function fallbackModule(texts) {
  return `// Written by \`node scripts/static.mjs\` (run by \`npm run build\`) from the static
// snapshots in dist/static/: what the embed builder's script-tag code carries
// inside the element, for readers whose page never runs the script. Do not edit
// by hand; \`node scripts/static.mjs --check\` fails when it is stale.
import type { Lang } from '../core/controllers/lang.js';

export interface FallbackText {
  /** The widget's heading. */
  title: string;
  /** The sentence that sums the widget up ('' when its items do). */
  summary: string;
  /** Figures or headings listed after the summary. */
  items: readonly string[];
  /** The source line, reference marks as plain text. */
  source: string;
}

export const fallbackTexts: Record<string, Record<Lang, FallbackText>> = ${JSON.stringify(texts, null, 2)};
`;
}

/** The fallback texts of every widget in both languages, from the snapshots on disk. */
function fallbackTexts(widgets) {
  const texts = {};
  for (const w of widgets) {
    texts[w.tag] = {};
    for (const lang of LANGS) {
      const html = fs.readFileSync(path.join(outDir, `${w.tag}.${lang}.html`), 'utf8');
      texts[w.tag][lang] = fallbackDigest(html, { lang, fallback: WIDGETS[w.tag]?.fallback });
    }
  }
  return texts;
}
const FALLBACK_MODULE = path.join(root, 'src', 'builder', 'fallback-text.ts');

/** The entries of the paper's reference list as `<hohhot-paper-citation>` renders them, and the list's heading. */
async function referenceList(lang) {
  const rendered = parse5.parseFragment(await renderElement('hohhot-paper-citation', { lang }));
  const frame = base(rendered, 'hohhot-paper-citation');
  const all = [...elements(frame)];
  const list = all.find((n) => classes(n).includes('references'));
  if (!list) throw new Error('<hohhot-paper-citation>: no reference list (class="references") in its rendering');
  const entries = new Map();
  for (const li of list.childNodes.filter((n) => n.tagName === 'li')) {
    const n = Number(/^ref-(\d+)$/.exec(attr(li, 'id') ?? '')?.[1]);
    if (n) entries.set(n, li);
  }
  const labelled = all.find((n) => n.tagName === 'section' && [...elements(n)].includes(list));
  const heading = labelled && [...elements(labelled)].find((n) => /^h[1-6]$/.test(n.tagName));
  return { entries, heading: heading ? textContent(heading).trim() : lang === 'en' ? 'References' : '参考文献' };
}

async function write() {
  const { widgets } = await built('registry.js');
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  for (const w of widgets) await built(`define/${w.module}.js`);
  const pages = { 'zh-CN': [], en: [] };
  for (const lang of LANGS) {
    const references = await referenceList(lang);
    for (const w of widgets) {
      const out = await snapshot(w.tag, lang, w.chart, references);
      fs.writeFileSync(path.join(outDir, `${w.tag}.${lang}.html`), out);
      fs.mkdirSync(path.join(outDir, 'pages'), { recursive: true });
      const { title } = fallbackDigest(out, { lang });
      fs.writeFileSync(path.join(outDir, 'pages', `${w.tag}.${lang}.html`), standalonePage(out, lang, title));
      pages[lang].push(out);
    }
  }
  // A page around all fragments, to preview them; the fragments are what to paste.
  const index = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>hohhot-widgets: static snapshots</title>
</head>
<body>
<main>
<h1>hohhot-widgets: static snapshots</h1>
<p>Each widget as plain HTML, without script, in Chinese and in English: the files <code>&lt;tag&gt;.&lt;lang&gt;.html</code> beside this page are the fragments to paste.</p>
${LANGS.map((lang) => pages[lang].join('<hr>\n')).join('<hr>\n')}</main>
</body>
</html>
`;
  fs.writeFileSync(path.join(outDir, 'index.html'), index);
  const module = fallbackModule(fallbackTexts(widgets));
  if (!fs.existsSync(FALLBACK_MODULE) || fs.readFileSync(FALLBACK_MODULE, 'utf8') !== module) {
    fs.writeFileSync(FALLBACK_MODULE, module);
    console.log(`static: ${path.relative(root, FALLBACK_MODULE)} rewritten: build again so that the builder carries it`);
  }
  console.log(`static: ${widgets.length * LANGS.length} snapshots, a page of each (pages/) and index.html → ${path.relative(root, outDir)}/`);
}

// ------------------------------------------------------------------ checking

/** The tags, attributes and attribute prefixes a snapshot must not contain. */
const FORBIDDEN_TAGS = new Set([...DROP_TAGS, 'form', 'slot', 'frame', 'frameset', 'applet', 'base', 'meta']);
const FORBIDDEN_ATTRS = [/^on/, /^style$/, /^shadowroot/, /^popover/, /^contenteditable$/, /^tabindex$/, /^role$/, /^class$/, /^part$/];

/** A number as the widget's table gives it: 亿元 in Chinese, billions of yuan in English. */
function expectedNumbers(figure, lang) {
  const value = figure.unit === 'yi-yuan' && lang === 'en' ? figure.value / 10 : figure.value;
  const opts = { maximumFractionDigits: 4 };
  return [
    new Intl.NumberFormat(lang, { ...opts, useGrouping: false }).format(value),
    new Intl.NumberFormat(lang, { ...opts, useGrouping: true }).format(value),
  ];
}
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The problems of one snapshot's HTML (an empty list when it is fine). */
export function snapshotProblems(html, { lang, figures = [], noSection = false, paper }) {
  const problems = [];
  const fragment = parse5.parseFragment(html);
  const tops = fragment.childNodes.filter((n) => isElement(n) || (n.nodeName === '#text' && n.value.trim()) || n.nodeName === '#comment');
  const top = tops[0];
  if (tops.length !== 1 || top.tagName !== 'section') problems.push(`not one <section> root (found ${tops.map((n) => n.tagName ?? n.nodeName).join(', ') || 'nothing'})`);
  if (!top || !isElement(top)) return problems;
  if (attr(top, 'lang') !== lang) problems.push(`the root <section> has lang="${attr(top, 'lang') ?? ''}", expected lang="${lang}"`);
  const all = [top, ...elements(top)];
  const byId = new Map(all.map((n) => [attr(n, 'id'), n]).filter(([id]) => id));
  const labelledBy = attr(top, 'aria-labelledby');
  if (!attr(top, 'aria-label') && !(labelledBy && byId.has(labelledBy) && textContent(byId.get(labelledBy)).trim())) {
    problems.push('the root <section> has neither an aria-label nor an aria-labelledby naming a heading in the snapshot');
  }
  for (const n of all) {
    if (FORBIDDEN_TAGS.has(n.tagName)) problems.push(`a <${n.tagName}> element`);
    else if (n.tagName.includes('-')) problems.push(`a custom element <${n.tagName}>`);
    for (const { name } of n.attrs) {
      if (FORBIDDEN_ATTRS.some((re) => re.test(name))) problems.push(`a ${name}= attribute on <${n.tagName}>`);
    }
    const href = attr(n, 'href');
    if (href?.startsWith('#') && !byId.has(href.slice(1))) problems.push(`a link to #${href.slice(1)}, which is not in the snapshot`);
    if (href && !href.startsWith('#') && !/^https?:\/\//.test(href)) problems.push(`a link to "${href}", neither in the snapshot nor http(s)`);
  }
  // Text with a space between elements: the cells "1" and "3.68" are not "13.68".
  const spaced = (n) => (n.nodeName === '#text' ? n.value : ` ${(n.childNodes ?? []).map(spaced).join('')} `);
  const words = spaced(top).replace(/\s+/g, ' ');
  for (const f of figures) {
    const candidates = expectedNumbers(f, lang);
    const found = candidates.some((s) => new RegExp(`(^|[^\\d.,])${escapeRe(s)}(?![\\d]|[.,]\\d)`).test(words));
    if (!found) problems.push(`the number of "${f.id}" (${candidates[0]}) is not in the snapshot`);
  }
  // The source line: a paragraph naming the paper, its author and (but for the citation) a section.
  const label = lang === 'en' ? 'Source:' : '来源：';
  const source = all.filter((n) => n.tagName === 'p' && textContent(n).trim().startsWith(label)).at(-1);
  if (!source) problems.push(`no source line (a paragraph beginning "${label}")`);
  else {
    const line = textContent(source).replace(/\s+/g, ' ');
    const author = lang === 'en' ? paper.author.en : paper.author.zh;
    const title = lang === 'en' ? paper.title.en : paper.title.zh;
    if (!line.includes(author)) problems.push(`the source line does not name the author (${author})`);
    if (!line.includes(title)) problems.push(`the source line does not name the paper (${title})`);
    const section = lang === 'en' ? /\b(sections?|the abstract)\b/ : /[一二三四五]（[一二三四五六]）|摘要|，[一二三四五][；。]/;
    if (!noSection && !section.test(line)) problems.push("the source line names no section of the paper");
    for (const a of [...elements(source)].filter((n) => n.tagName === 'a')) {
      const target = byId.get((attr(a, 'href') ?? '').slice(1));
      if (!target || target.tagName !== 'li') problems.push(`the source line's ${textContent(a)} does not link to an entry of the reference list`);
    }
  }
  return problems;
}

async function check() {
  const { widgets } = await built('registry.js');
  const data = await built('data/index.js');
  const problems = [];
  let files = 0;
  for (const w of widgets) {
    const options = WIDGETS[w.tag] ?? {};
    const dataset = options.dataset ? data[options.dataset] : null;
    if (options.dataset && !dataset) problems.push(`<${w.tag}>: dist/data has no dataset "${options.dataset}"`);
    const figures = dataset ? options.figures(dataset) : [];
    for (const lang of LANGS) {
      const file = path.join(outDir, `${w.tag}.${lang}.html`);
      const name = path.relative(root, file);
      if (!fs.existsSync(file)) {
        problems.push(`${name}: missing (run npm run build, which runs node scripts/static.mjs)`);
        continue;
      }
      files++;
      for (const p of snapshotProblems(fs.readFileSync(file, 'utf8'), { lang, figures, noSection: options.noSection, paper: data.paper })) {
        problems.push(`${name}: ${p}`);
      }
    }
  }
  if (!fs.existsSync(path.join(outDir, 'index.html'))) problems.push('dist/static/index.html: missing');
  for (const w of widgets) {
    for (const lang of LANGS) {
      if (!fs.existsSync(path.join(outDir, 'pages', `${w.tag}.${lang}.html`))) problems.push(`dist/static/pages/${w.tag}.${lang}.html: missing`);
    }
  }
  if (!problems.length) {
    const texts = fallbackTexts(widgets);
    for (const [tag, byLang] of Object.entries(texts)) {
      for (const [lang, t] of Object.entries(byLang)) {
        if (!t.title) problems.push(`fallback text of <${tag}> (${lang}): no title`);
        if (!t.summary && !t.items.length) problems.push(`fallback text of <${tag}> (${lang}): neither a summary nor figures`);
        if (!t.source) problems.push(`fallback text of <${tag}> (${lang}): no source line`);
      }
    }
    const current = fs.existsSync(FALLBACK_MODULE) ? fs.readFileSync(FALLBACK_MODULE, 'utf8') : '';
    if (current !== fallbackModule(texts)) problems.push(`${path.relative(root, FALLBACK_MODULE)}: stale (run npm run build twice: the second build bundles what the first wrote)`);
  }
  if (problems.length) {
    console.error(`static --check: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`static --check: ${files} snapshots fine (no script, style, control or custom element; numbers and source lines present)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    if (process.argv.includes('--check')) await check();
    else await write();
  } catch (error) {
    console.error(`static: ${error?.stack ?? error}`);
    process.exit(1);
  }
}
