import { VERSION } from './version.js';

/**
 * Registers a custom element once: loading the script-tag bundle twice, or a
 * second copy of the library, is harmless; a different version already
 * registered gets one warning and is left in place.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor & { version?: string }): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing !== ctor && existing.version !== VERSION) {
    console.warn(`hohhot-widgets: <${tag}> is already registered by version ${existing.version ?? 'unknown'}; version ${VERSION} is not registered again.`);
  }
}
