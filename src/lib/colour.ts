/** Colour maths for the configurable accent: WCAG contrast and light/dark palettes. Pure. */

const channels = (hex: string): [number, number, number] => {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};
const toHex = (rgb: number[]) =>
  `#${rgb
    .map((v) =>
      Math.round(Math.min(255, Math.max(0, v)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;

/** Relative luminance (WCAG 2.x). */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

/** Mixes a colour with white (amount > 0) or black (amount < 0). */
export function mix(hex: string, amount: number): string {
  const target = amount > 0 ? 255 : 0;
  const t = Math.abs(amount);
  return toHex(channels(hex).map((v) => v + (target - v) * t));
}

/** Dark background Starlight uses behind accent text in the dark theme. */
export const DARK_BG = '#17181c';

/**
 * Starlight accent variables for both themes from one brand colour. The dark
 * theme's text accent is lightened until it reaches 4.5:1 on the dark background.
 */
export function accentPalette(accent: string) {
  let high = mix(accent, 0.55);
  for (let a = 0.55; contrastRatio(high, DARK_BG) < 4.5 && a < 0.95; a += 0.05) high = mix(accent, a);
  return {
    light: { low: mix(accent, 0.85), accent, high: mix(accent, -0.45) },
    dark: { low: mix(accent, -0.6), accent, high },
  };
}
