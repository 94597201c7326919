/**
 * Number helpers shared by the data (derived figures) and the core
 * (formatting). They live in the data layer, which imports nothing from the
 * core; `core/i18n/format.ts` re-exports `decimalsOf`.
 */

/** Decimal places written in a number as the paper gives it (19 → 0, 35.1 → 1). */
export function decimalsOf(n: number): number {
  const s = String(n);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** Rounds a computed value to the precision of its most precise input (226.7 − 141.9 → 84.8). */
export function roundLike(value: number, ...inputs: number[]): number {
  const d = Math.max(0, ...inputs.map(decimalsOf));
  return Number(value.toFixed(d));
}
