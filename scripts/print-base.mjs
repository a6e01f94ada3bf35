// Prints the base path the site is built with (used by scripts/start.sh).
const raw = (process.env.SITE_BASE ?? '').trim().replace(/^\/+|\/+$/g, '');
process.stdout.write(raw ? `/${raw}/` : '/');
