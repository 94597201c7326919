// Colour arithmetic for tests that check two states do not look alike.

/** Hue (degrees), saturation and lightness (0–1) of a computed `rgb(…)` colour. */
export function hsl(colour: string): { h: number; s: number; l: number } {
  const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => Number(v) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return { h: 0, s: 0, l };
  const s = d / (1 - Math.abs(2 * l - 1));
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return { h: (h * 60 + 360) % 360, s, l };
}

/** Two colours a reader tells apart: hues 40° apart (both coloured), one grey and one coloured, or lightness 0.3 apart. */
export function apart(a: string, b: string): boolean {
  const x = hsl(a);
  const y = hsl(b);
  if (Math.abs(x.l - y.l) >= 0.3) return true;
  const coloured = (c: { s: number }) => c.s >= 0.3;
  if (coloured(x) !== coloured(y)) return true;
  if (!coloured(x)) return false;
  const dh = Math.abs(x.h - y.h);
  return Math.min(dh, 360 - dh) >= 40;
}

/** WCAG contrast of two colours (`#rgb`, `#rrggbb` or `rgb()`), as the page resolves them. */
export function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const probe = document.createElement('span');
    probe.style.color = c;
    document.body.append(probe);
    const [r, g, bl] = getComputedStyle(probe).color.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
      const x = Number(v) / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    probe.remove();
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
