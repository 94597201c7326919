/**
 * `localStorage` that never throws: sandboxed iframes and private modes make
 * every access throw, and then the values live in memory for the page's life.
 */
export interface SafeStorage {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
  /** True while values reach `localStorage`; false once it has thrown. */
  readonly persistent: boolean;
}

export function createSafeStorage(backing: () => Storage = () => window.localStorage): SafeStorage {
  const memory = new Map<string, string>();
  let persistent = true;
  const attempt = <T>(fn: (s: Storage) => T, fallback: () => T): T => {
    if (persistent) {
      try {
        return fn(backing());
      } catch {
        persistent = false;
      }
    }
    return fallback();
  };
  return {
    get: (key) => attempt((s) => s.getItem(key), () => memory.get(key) ?? null),
    set: (key, value) => {
      memory.set(key, value);
      attempt((s) => s.setItem(key, value), () => undefined);
    },
    remove: (key) => {
      memory.delete(key);
      attempt((s) => s.removeItem(key), () => undefined);
    },
    get persistent() {
      return persistent;
    },
  };
}

/** The library's shared storage. */
export const storage = createSafeStorage();
