/** URL helpers shared by the islands. Pure. */

/** decodeURIComponent that never throws ("%" alone, broken UTF-8): returns null instead. */
export function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
