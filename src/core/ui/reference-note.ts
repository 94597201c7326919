/**
 * A reference mark (`[4]`) opens the reference itself, in a note beside the
 * mark: a native popover (Esc and a click elsewhere close it; keyboard, touch
 * and screen readers reach it through the mark, a button). The note holds the
 * reference as the paper prints it and, only when a `<hohhot-paper-citation>`
 * is on the page, a link to its entry there. Notes are made on first use, one
 * per reference and widget, after the widget's own content (never inside
 * Lit's parts), with text nodes only.
 */
import { paperReferences } from '../../data/paper-source.js';
import { DEFAULT_LANG, LANGS, type Lang } from '../controllers/lang.js';
import { coreStrings } from '../i18n/strings.js';

/** The id of reference `n`'s note in a widget's shadow root (the mark's `popovertarget`). */
export const noteId = (n: number) => `hw-ref-note-${n}`;

/** Whether the browser has popovers (`popover`, `popovertarget`); elsewhere the note is shown with a class. */
const hasPopover = () => typeof HTMLElement !== 'undefined' && 'popover' in HTMLElement.prototype;

const GAP = 6;

/** The mark that last opened each note, to give the focus back to. */
const openers = new WeakMap<HTMLElement, HTMLElement>();

/** Puts the open note under its mark (above it when there is no room below), inside the viewport. */
function place(note: HTMLElement, mark: HTMLElement): void {
  const r = mark.getBoundingClientRect();
  const width = note.offsetWidth;
  const height = note.offsetHeight;
  const left = Math.max(GAP, Math.min(r.left, window.innerWidth - width - GAP));
  const below = r.bottom + GAP;
  const top = below + height > window.innerHeight - GAP && r.top - GAP - height >= GAP ? r.top - GAP - height : below;
  // Through the CSSOM, which a style-src CSP allows (no style attribute is written).
  note.style.left = `${Math.round(left)}px`;
  note.style.top = `${Math.round(top)}px`;
}

function langOf(mark: HTMLElement): Lang {
  const tag = mark.closest('[lang]')?.getAttribute('lang');
  return LANGS.find((l) => l === tag) ?? DEFAULT_LANG;
}

/** Is the reference list of `<hohhot-paper-citation>` on this page? */
const citationOnPage = () => document.querySelector('hohhot-paper-citation') !== null;

function makeNote(root: Document | ShadowRoot, n: number): HTMLElement {
  const note = document.createElement('div');
  note.id = noteId(n);
  note.className = 'ref-note';
  // Focused when it opens, so that a screen reader reads it (the mark's click alone says nothing).
  note.tabIndex = -1;
  if (hasPopover()) note.setAttribute('popover', 'auto');
  const text = document.createElement('p');
  text.lang = 'zh-CN'; // the reference list as the paper prints it
  const num = document.createElement('span');
  num.className = 'ref-note-n';
  num.textContent = `[${n}]`;
  text.append(num, ` ${paperReferences.find((r) => r.n === n)?.text ?? ''}`);
  const more = document.createElement('p');
  more.className = 'ref-note-list';
  const link = document.createElement('a');
  link.href = `#ref-${n}`;
  more.append(link);
  note.append(text, more);
  // Closed while the focus was in it (Esc): the focus goes back to the mark that opened it.
  note.addEventListener('toggle', (e) => {
    if (e.newState !== 'closed' || !note.contains(root.activeElement)) return;
    openers.get(note)?.focus();
  });
  // After the widget's content: the shadow root's own child, outside Lit's parts.
  root.append(note);
  return note;
}

/** The click of a reference mark: fills and places its note; the native popover opens and closes it. */
export function openReference(e: Event): void {
  const mark = e.currentTarget as HTMLElement;
  const n = Number(mark.dataset.ref);
  const root = mark.getRootNode() as Document | ShadowRoot;
  if (!Number.isInteger(n) || !('getElementById' in root)) return;
  const note = root.getElementById(noteId(n)) ?? makeNote(root, n);
  const lang = langOf(mark);
  note.lang = lang;
  openers.set(note, mark);
  const link = note.querySelector('a')!;
  link.textContent = coreStrings[lang].inReferenceList;
  // Only where the reference list is on the page: elsewhere the link would lead nowhere.
  (link.parentElement as HTMLElement).hidden = !citationOnPage();
  if (hasPopover()) {
    // The native popover toggles after this click; place it before it is painted.
    requestAnimationFrame(() => {
      if (!note.matches(':popover-open')) return;
      place(note, mark);
      // Esc closes it and gives the focus back to the mark (the toggle listener of makeNote()).
      note.focus();
    });
    return;
  }
  const open = !note.classList.contains('is-open');
  note.classList.toggle('is-open', open);
  mark.setAttribute('aria-expanded', String(open));
  if (open) {
    place(note, mark);
    note.focus();
  }
}
