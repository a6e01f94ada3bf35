/**
 * Cutting text a reader typed or imported. Lengths are counted in UTF-16 code
 * units (what an input's `maxlength` counts), but a cut never falls inside a
 * character: not inside a surrogate pair (an emoji) and not inside a grapheme
 * cluster (a flag, a family emoji, a letter with a combining accent).
 */

/** Lone surrogates replaced by U+FFFD, so the text can be stored, encoded and shown. */
export const wellFormed = (s: string): string => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** `text` cut to at most `max` code units at a character boundary; lone surrogates become U+FFFD. */
export function cutText(text: string, max: number): string {
  const whole = wellFormed(text);
  if (whole.length <= max) return whole;
  let out = '';
  for (const { segment } of graphemes.segment(whole)) {
    if (out.length + segment.length > max) break;
    out += segment;
  }
  return out;
}

/** Like cutText, with an ellipsis in place of what was cut (the ellipsis counts towards `max`). */
export function clipText(text: string, max: number): string {
  const whole = wellFormed(text);
  return whole.length <= max ? whole : `${cutText(whole, max - 1)}…`;
}
