/**
 * Markup rewrite for Starlight's search button (see src/components/Search.astro).
 * Pure string transform so it can be unit-tested against the real markup.
 */

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function replaceOnce(html: string, pattern: RegExp, replacement: string, what: string): string {
  const matches = html.match(new RegExp(pattern.source, 'g'));
  if (!matches || matches.length !== 1) {
    throw new Error(
      `Search override: expected exactly one ${what} in Starlight's search markup, found ${matches?.length ?? 0}. ` +
        'Starlight changed its Search component; update src/lib/search-button.ts.',
    );
  }
  return html.replace(pattern, replacement);
}

export function rewriteSearchButton(html: string, label: string): string {
  const l = escapeRegExp(label);
  // 1. The open button: drop aria-label so the name comes from the visible text.
  let out = replaceOnce(
    html,
    new RegExp(`(<button[^>]*data-open-modal[^>]*?)\\s+aria-label="${l}"`),
    '$1',
    'open button with aria-label',
  );
  // 2. The visible label: expose it to assistive tech; below the md breakpoint
  //    keep it in the accessibility tree but off screen.
  out = replaceOnce(
    out,
    new RegExp(`<span class="sl-hidden md:sl-block([^"]*)" aria-hidden="true">${l}</span>`),
    `<span class="search-label$1">${label}</span>`,
    'visible search label',
  );
  // 3. The shortcut hint is decoration: hide it from the accessible name.
  out = replaceOnce(out, /<kbd class="sl-hidden md:sl-flex/, '<kbd aria-hidden="true" class="sl-hidden md:sl-flex', 'shortcut hint');
  return out;
}
