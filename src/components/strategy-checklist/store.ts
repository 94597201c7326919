import { storage, storageKeyFor } from '../../core/util/storage.js';
import { type Saved, isSaved, parseSaved } from './model.js';

/** Where ticks and notes are kept when the element has no `storage-key`. */
export const STRATEGY_CHECKLIST_STORAGE_KEY = 'hohhot-widgets:strategy-checklist';

/**
 * Where a checklist keeps its ticks and notes: `localStorage` (or memory where
 * a sandboxed page refuses it) under the library's prefix. A list stored
 * before keys were prefixed is read from its old, unprefixed key until the
 * list is next written. No DOM, no Lit: the element decides when to read and write.
 */
export class ChecklistStore {
  /** The `storage-key` the page gave, or the default. */
  constructor(private readonly given: () => string | undefined) {}

  private get name(): string {
    return this.given() || STRATEGY_CHECKLIST_STORAGE_KEY;
  }

  /** The key the list is stored under now. */
  get key(): string {
    return storageKeyFor(this.name);
  }

  /** Whether what is written survives a reload (false in a sandbox without storage). */
  get persistent(): boolean {
    return storage.persistent;
  }

  /** What is stored under `key` (an unreadable entry reads as an empty list). */
  read(key: string): Saved {
    const legacy = this.legacyKey(key);
    for (const k of legacy ? [key, legacy] : [key]) {
      const raw = storage.get(k);
      if (raw === null) continue;
      // Unreadable: start afresh; the next tick overwrites it.
      const saved = parseSaved(raw);
      if (saved) return saved;
      if (k === key) break;
    }
    return { done: [], notes: {} };
  }

  /**
   * Read-modify-write: applies `change` to what is stored now (another list
   * with the same key, another tab may have written since) and stores it.
   */
  write(key: string, change: (saved: Saved) => void): Saved {
    const saved = this.read(key);
    change(saved);
    storage.set(key, JSON.stringify(saved));
    return saved;
  }

  /** Forgets the list, and an old unprefixed copy of it that would come back on the next visit. */
  clear(key: string): void {
    const legacy = this.legacyKey(key);
    const old = legacy ? storage.get(legacy) : null;
    if (legacy && old !== null) {
      try {
        if (isSaved(JSON.parse(old))) storage.remove(legacy);
      } catch {
        // Not a list: another application's entry, left alone.
      }
    }
    storage.remove(key);
  }

  /** Calls `listener` when another list (on this page or in another tab) writes; returns the unsubscribe. */
  subscribe(listener: (key: string | null) => void): () => void {
    return storage.subscribe(listener);
  }

  /** The unprefixed key a `storage-key` was stored under before, if it differs. */
  private legacyKey(key: string): string | null {
    const given = this.name;
    return given !== key && storageKeyFor(given) === key ? given : null;
  }
}
