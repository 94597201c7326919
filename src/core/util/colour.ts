// Colour arithmetic on computed colours, written once: the theme's reading of
// the background behind a widget, and the charts' tints and value-label ink.

/** The red, green and blue of `#rgb`, `#rrggbb` or `rgb()`/`rgba()` (0–255), or undefined. */
export function channels(c: string): number[] | undefined {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(c.trim())?.[1];
  if (hex) return (hex.length === 3 ? [...hex].map((d) => d + d) : hex.match(/../g)!).map((h) => parseInt(h, 16));
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(c.trim());
  return rgb ? rgb.slice(1, 4).map(Number) : undefined;
}

/** WCAG relative luminance (0 black – 1 white) of red, green and blue (0–255). */
export function luminance([r, g, b]: readonly number[]): number {
  const lin = (v = 0) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** `colour` mixed `t` of the way towards `bg` (both `#rgb`, `#rrggbb` or `rgb()`), as `rgb()`; unchanged if either cannot be read. */
export function mixColour(colour: string, bg: string, t: number): string {
  const a = channels(colour);
  const b = channels(bg);
  if (!a || !b || t <= 0) return colour;
  return `rgb(${a.map((v, i) => Math.round(v + (b[i]! - v) * t)).join(', ')})`;
}

/** Black or white, whichever has the more contrast on `fill` (`#rrggbb` or `rgb()`); black if unreadable. */
export function inkOn(fill: string): string {
  const rgb = channels(fill);
  if (!rgb) return '#000';
  const lum = luminance(rgb);
  // Contrast with white (1.05 / (L + 0.05)) against contrast with black ((L + 0.05) / 0.05).
  return 1.05 / (lum + 0.05) > (lum + 0.05) / 0.05 ? '#fff' : '#000';
}
