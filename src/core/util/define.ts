import { VERSION } from './version.js';

/**
 * Versions already warned about: a page with another version of all twelve elements gets one
 * warning, not twelve, however many copies of this version load (the loader's chunks, one-element
 * files, the all-in-one bundle): the set is the page's, not this module's.
 */
const WARNED = Symbol.for('hohhot-widgets.warned-versions');
const scope = globalThis as typeof globalThis & { [WARNED]?: Set<string> };
const warned = (scope[WARNED] ??= new Set<string>());

/**
 * Registers a custom element once: loading the script-tag bundle twice, or a
 * second copy of the library, is harmless; a different version already
 * registered is left in place, with one warning per version.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor & { version?: string }): void {
  const existing: (CustomElementConstructor & { version?: string }) | undefined = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  const other = existing.version ?? 'unknown';
  if (existing !== ctor && other !== VERSION && !warned.has(other)) {
    warned.add(other);
    console.warn(
      `hohhot-widgets: version ${other} already registered <${tag}> on this page; the elements of version ${VERSION} are not registered again.`,
    );
  }
}
