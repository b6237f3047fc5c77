// WCAG 2 contrast of colours written the way our tokens write them: `#rrggbb`, `rgb(r g b / a)`
// and `color-mix(in srgb, <colour> N%, transparent)` composited over a background. Test-only.

export type Rgba = [number, number, number, number];

/** `#rgb`, `#rrggbb`, `rgb(r, g, b)` / `rgb(r g b / a)`, `transparent`, `white`, `black`. */
export function parseColor(text: string): Rgba {
  const value = text.trim().toLowerCase();
  if (value === 'transparent') return [0, 0, 0, 0];
  if (value === 'white') return [255, 255, 255, 1];
  if (value === 'black') return [0, 0, 0, 1];
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(value);
  if (hex) {
    const digits = hex[1]!.length === 3 ? [...hex[1]!].map((d) => d + d).join('') : hex[1]!;
    return [0, 2, 4].map((at) => parseInt(digits.slice(at, at + 2), 16)).concat(1) as Rgba;
  }
  const rgb = /^rgba?\(([^)]+)\)$/.exec(value);
  if (rgb) {
    const parts = rgb[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
    return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
  }
  throw new Error(`Cannot read the colour "${text}"`);
}

/** `color` painted over the opaque `background`. */
export function over(color: Rgba, background: Rgba): Rgba {
  const a = color[3];
  return [0, 1, 2].map((i) => color[i]! * a + background[i]! * (1 - a)).concat(1) as Rgba;
}

/** `color-mix(in srgb, a p%, b)` (premultiplied, as CSS Color 5 defines it). */
export function mix(a: Rgba, percent: number, b: Rgba): Rgba {
  const p = percent / 100;
  const alpha = a[3] * p + b[3] * (1 - p);
  if (alpha === 0) return [0, 0, 0, 0];
  const channel = (i: number) => (a[i]! * a[3] * p + b[i]! * b[3] * (1 - p)) / alpha;
  return [channel(0), channel(1), channel(2), alpha];
}

function luminance([r, g, b]: Rgba): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio of two opaque colours (1–21). */
export function contrast(a: Rgba, b: Rgba): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}
