import { html, nothing } from 'lit';
import { paper } from '../data/paper.js';
import type { Provenance, SectionId, Text } from '../data/schema.js';
import { type Lang, pick } from './lang.js';
import { coreStrings } from './strings.js';

const zhNumerals = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A section as readers of each language cite it: `二（一）`, `2.1`. */
export function sectionLabel(id: SectionId, lang: Lang): string {
  if (id === 'abstract') return lang === 'zh-CN' ? '摘要' : 'abstract';
  // English keeps the id; strings.ts words it ("sections 1.1 and 1.2").
  if (lang === 'en') return id;
  const [major, minor] = id.split('.').map(Number);
  return minor ? `${zhNumerals[major!]}（${zhNumerals[minor]}）` : zhNumerals[major!]!;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/** Link to an entry of the reference list that `<hohhot-paper-citation>` renders. */
export function refLink(n: number, lang: Lang) {
  const ref = paper.references.find((r) => r.n === n);
  return html`<a class="ref" href="#ref-${n}" title=${ref?.text ?? nothing} aria-label=${coreStrings[lang].reference(n)}>[${n}]</a>`;
}

/**
 * The line every widget ends with: the paper (author, title), the sections
 * its content comes from, who compiled the figures where the paper says, and
 * the references the paper cites there.
 */
export function sourceLine(lang: Lang, provenance: Provenance[], extraOrigins: Text[] = []) {
  const s = coreStrings[lang];
  const sections = unique(provenance.map((p) => p.section));
  const refs = unique(provenance.flatMap((p) => p.refs)).sort((a, b) => a - b);
  const origins = unique([...extraOrigins, ...provenance.flatMap((p) => (p.origin ? [p.origin] : []))].map((o) => pick(o, lang)));
  const sep = lang === 'zh-CN' ? '；' : '; ';
  return html`<p class="source" part="source">
    <span class="source-label">${s.source}${s.colon}</span>${s.paperBy(pick(paper.author, lang), pick(paper.title, lang))}${sections.length
      ? `${lang === 'zh-CN' ? '，' : ', '}${s.sections(sections.map((id) => sectionLabel(id, lang)))}`
      : nothing}${origins.length
      ? html`${sep}${origins.map((o) => s.compiledBy(o)).join(s.listSep)}`
      : nothing}${refs.length
      ? html`${sep}${s.references(refs.length)} ${refs.map((n, i) => html`${i ? ' ' : ''}${refLink(n, lang)}`)}`
      : nothing}${lang === 'zh-CN' ? '。' : '.'}
  </p>`;
}
