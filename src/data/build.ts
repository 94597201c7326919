import type { Bound, Figure, Item, Provenance, Text, Unit } from './schema.js';

/** Builds a stated figure of the paper. */
export function figure(
  id: string,
  label: Text,
  value: number,
  unit: Unit,
  at: Provenance,
  bound: Bound = 'exact',
): Figure {
  return { id, label, value, unit, bound, ...at, refs: [...at.refs] };
}

/** Builds a named item of the paper (a field, a policy, an example). */
export function item(id: string, label: Text, at: Provenance, description?: Text): Item {
  return description
    ? { id, label, description, ...at, refs: [...at.refs] }
    : { id, label, ...at, refs: [...at.refs] };
}
