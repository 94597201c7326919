import type { ComplexAttributeConverter } from 'lit';

/**
 * An attribute limited to a closed list: an unknown value falls back to the
 * default with one `console.warn` each time it is set.
 */
export function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): ComplexAttributeConverter<T> {
  return {
    fromAttribute(value: string | null): T {
      if (value === null) return fallback;
      if ((allowed as readonly string[]).includes(value)) return value as T;
      console.warn(`hohhot-widgets: ${name}="${value}" is not one of ${allowed.map((a) => `"${a}"`).join(', ')}; using "${fallback}".`);
      return fallback;
    },
    toAttribute: (value: T) => value,
  };
}
