/**
 * Base-path helpers shared by the build (rehype plugin, components) and tests.
 * Pure string functions: no DOM, no Astro.
 */

/** Normalise a configured base to "/" or "/segment/…/" (leading and trailing slash). */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return '/';
  if (!/^[A-Za-z0-9._~\-/]+$/.test(trimmed) || trimmed.split('/').some((s) => s === '' || s === '.' || s === '..')) {
    throw new Error(`Invalid base path "${base}": use letters, digits, "-", "_", "." and "/" only, e.g. "/careers/".`);
  }
  return `/${trimmed}/`;
}

/** True for links that point inside the site from its root: "/guide/x/" but not "//host" or "https:". */
export function isRootRelative(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//');
}

/**
 * Prefix a root-relative href with the base path, once.
 * withBase('/guide/skills/', '/careers/') === '/careers/guide/skills/'
 */
export function withBase(href: string, base: string): string {
  const b = normaliseBase(base);
  if (!isRootRelative(href) || b === '/') return href;
  if (href === b.slice(0, -1) || href.startsWith(b)) return href;
  return b + href.slice(1);
}

/** Remove the base from a pathname (inverse of withBase); returns a root-relative path. */
export function withoutBase(pathname: string, base: string): string {
  const b = normaliseBase(base);
  if (b === '/') return pathname;
  if (pathname.startsWith(b)) return '/' + pathname.slice(b.length);
  if (pathname === b.slice(0, -1)) return '/';
  return pathname;
}

/**
 * The address `npm start` serves the built site at, base path included:
 * previewUrl('127.0.0.1', 4321, '/intranet/pm/') === 'http://127.0.0.1:4321/intranet/pm/'.
 * A wildcard host (0.0.0.0, ::) is shown as 127.0.0.1, which reaches it from this machine; IPv6 addresses get brackets.
 */
export function previewUrl(host: string, port: number, base: string): string {
  const shown = host === '0.0.0.0' || host === '::' || host === '' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}${normaliseBase(base)}`;
}
