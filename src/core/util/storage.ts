/** Every key the library writes to `localStorage` starts with this. */
export const STORAGE_PREFIX = 'hohhot-widgets:';

/**
 * The `localStorage` key for a key given by a page (`storage-key`): prefixed
 * with `STORAGE_PREFIX` unless it already is, so that a key from a query
 * string cannot overwrite another application's entry on the same origin.
 */
export function storageKeyFor(key: string): string {
  return key.startsWith(STORAGE_PREFIX) ? key : STORAGE_PREFIX + key;
}

/**
 * `localStorage` that never throws: sandboxed iframes and private modes make
 * every access throw, a full quota makes writes throw. A value that could not
 * be written lives in memory (and is what `get` returns) until a later write
 * of that key succeeds; every access tries `localStorage` again, and values of
 * other keys are still read from it.
 */
export interface SafeStorage {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
  /** False while the last write (or a read) could not reach `localStorage`. */
  readonly persistent: boolean;
  /**
   * Calls `listener(key)` after any write of this storage on the page and for
   * `storage` events from other tabs (`key` null: the storage was cleared).
   * Returns the function that removes the listener.
   */
  subscribe(listener: (key: string | null) => void): () => void;
}

export function createSafeStorage(backing: () => Storage = () => window.localStorage): SafeStorage {
  /** Values (null: removed) that did not reach localStorage. */
  const memory = new Map<string, string | null>();
  const listeners = new Set<(key: string | null) => void>();
  let persistent = true;
  let listening = false;
  const notify = (key: string | null) => {
    for (const l of [...listeners]) l(key);
  };
  const onStorage = (e: StorageEvent) => {
    try {
      if (e.storageArea !== null && e.storageArea !== backing()) return;
    } catch {
      return;
    }
    if (e.key === null) memory.clear();
    else memory.delete(e.key);
    notify(e.key);
  };
  const write = (key: string, fn: (s: Storage) => void, value: string | null) => {
    try {
      fn(backing());
      memory.delete(key);
      persistent = true;
    } catch {
      memory.set(key, value);
      persistent = false;
    }
    notify(key);
  };
  return {
    get: (key) => {
      if (memory.has(key)) return memory.get(key) ?? null;
      try {
        return backing().getItem(key);
      } catch {
        persistent = false;
        return null;
      }
    },
    set: (key, value) => write(key, (s) => s.setItem(key, value), value),
    remove: (key) => write(key, (s) => s.removeItem(key), null),
    get persistent() {
      return persistent;
    },
    subscribe(listener) {
      listeners.add(listener);
      if (!listening && typeof window !== 'undefined') {
        listening = true;
        window.addEventListener('storage', onStorage);
      }
      return () => {
        listeners.delete(listener);
        if (!listeners.size && listening) {
          listening = false;
          window.removeEventListener('storage', onStorage);
        }
      };
    },
  };
}

/** The library's shared storage. */
export const storage = createSafeStorage();
