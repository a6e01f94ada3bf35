/**
 * Which build template renders a page, from its site-relative path. Pages of
 * one template share their markup and components, so the browser checks
 * (axe, requests) run on one page per template while every page gets the
 * structural checks. New pages slot in by their URL prefix:
 *   ""                        home
 *   "glossary/", "roles/", …  a section's own page (one segment): its own template
 *   "tools/<name>/"           each tool is its own page type
 *   "guide/<x>/", "glossary/<x>/", "roles/<x>/", "certifications/<x>/", "about/<x>/", "org/<x>/"
 *                             one template per section ("guide/*", …)
 */
export function templateOf(path: string): string {
  const segments = path.split('/').filter(Boolean);
  if (segments.length === 0) return 'home';
  if (segments.length === 1) return segments[0]!;
  if (segments[0] === 'tools') return `tools/${segments[1]}`;
  return `${segments[0]}/*`;
}

/**
 * One page per template: the one with the most markup (the largest HTML file),
 * since it exercises the most components. `sizeOf` gives a page's HTML size.
 */
export function representatives(paths: string[], sizeOf: (path: string) => number): Map<string, string> {
  const best = new Map<string, { path: string; size: number }>();
  for (const path of paths) {
    const template = templateOf(path);
    const size = sizeOf(path);
    const current = best.get(template);
    if (!current || size > current.size || (size === current.size && path < current.path)) best.set(template, { path, size });
  }
  return new Map([...best].sort(([a], [b]) => a.localeCompare(b)).map(([t, { path }]) => [t, path]));
}
