/**
 * The release archive (scripts/package.mjs): its name, which files get
 * pre-compressed copies, the SHA-256 list, and the nginx configuration it
 * ships. Pure string work, unit-tested.
 *
 * The nginx snippet is static: pages carry their own Content-Security-Policy
 * (<meta>, inline scripts by hash), so the server only adds what a <meta>
 * policy cannot say (frame-ancestors) and headers that never change per build.
 */
import { normaliseBase } from '../src/lib/paths.ts';
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, headersWithPolicy } from './hosting.ts';

export const PRODUCT = 'itpm-career-guide';

/** "/intranet/pm/" → "intranet-pm"; "/" → "root". */
export function baseSlug(base: string): string {
  const b = normaliseBase(base);
  return b === '/' ? 'root' : b.slice(1, -1).replace(/[^A-Za-z0-9]+/g, '-');
}

/** e.g. "itpm-career-guide-0.2.0-intranet-pm" (the folder inside the archive, and the archive's name without .tar.gz). */
export function releaseName(version: string, base: string): string {
  if (!/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/.test(version)) throw new Error(`"${version}" is not a version such as 0.2.0`);
  return `${PRODUCT}-${version}-${baseSlug(base)}`;
}

/** Text files worth serving pre-compressed (.gz and .br beside them). Pagefind's index files are compressed already. */
const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|xml|txt|md|csv|webmanifest|ico)$/i;
export const MIN_COMPRESS_BYTES = 256;

export function isCompressible(path: string, size: number): boolean {
  return COMPRESSIBLE.test(path) && size >= MIN_COMPRESS_BYTES;
}

/** The lines of a SHA256SUMS file (the `sha256sum -c` format), sorted by path. */
export function sha256sums(entries: ReadonlyArray<{ path: string; sha256: string }>): string {
  return [...entries]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((e) => `${e.sha256}  ${e.path}\n`)
    .join('');
}

/** Parses SHA256SUMS back (for checks); throws on a malformed line. */
export function parseSha256sums(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (!line) continue;
    const m = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (!m) throw new Error(`Malformed SHA256SUMS line: ${line}`);
    out.set(m[2]!, m[1]!);
  }
  return out;
}

export { SECURITY_HEADERS } from './hosting.ts';

/** Where the snippet looks for the host's own extra headers (e.g. HSTS), relative to nginx's configuration folder. */
export const LOCAL_HEADERS_GLOB = 'itpm-guide.d/*.conf';

/** Every type the site serves, set inside the guide's locations (a `types` block there replaces the server's). */
const TYPES: ReadonlyArray<[string, string]> = [
  ['text/html', 'html'],
  ['text/css', 'css'],
  ['application/javascript', 'js mjs'],
  ['application/json', 'json'],
  ['application/xml', 'xml'],
  ['text/plain', 'txt'],
  ['text/markdown', 'md'],
  ['text/csv', 'csv'],
  ['image/svg+xml', 'svg'],
  ['image/png', 'png'],
  ['image/jpeg', 'jpg jpeg'],
  ['image/webp', 'webp'],
  ['image/avif', 'avif'],
  ['image/gif', 'gif'],
  ['image/x-icon', 'ico'],
  ['font/woff2', 'woff2'],
  ['application/manifest+json', 'webmanifest'],
  // Pagefind's search index: compressed binary fragments, index chunks, metadata and WebAssembly.
  ['application/octet-stream', 'pf_fragment pf_index pf_meta pagefind'],
];

export interface SnippetOptions {
  base: string;
  /** The folder on the web host that holds dist/ and nginx/, e.g. "/srv/itpm-guide/current". */
  root: string;
  version: string;
  /** Who the build is for, for the header comment. */
  organisation: string | null;
  /** Adds `brotli_static on;` (needs nginx's brotli static module, Debian: libnginx-mod-http-brotli-static). */
  brotli: boolean;
  /** The folder that holds the site, when it is not `<root>/dist/` (a build served in place). */
  dist?: string;
  /** A full Content-Security-Policy to send as a header in place of the static one (computed from the build's pages). */
  policy?: string;
}

const pad = (lines: string[], n: number) => lines.map((l) => (l ? ' '.repeat(n) + l : l)).join('\n');

function headerLines(cache: string, policy: string | null): string[] {
  return [
    ...headersWithPolicy(policy).map(([k, v]) => `add_header ${k} "${v}" always;`),
    `add_header Cache-Control "${cache}" always;`,
    `# Your own extra headers (e.g. Strict-Transport-Security): nginx drops a server block's add_header here, so put them in`,
    `# ${LOCAL_HEADERS_GLOB} beside your nginx.conf. Nothing happens if there are none.`,
    `include ${LOCAL_HEADERS_GLOB};`,
  ];
}

/**
 * The `location` blocks to include inside an existing `server { }`:
 *   include /srv/itpm-guide/current/nginx/itpm-guide.conf;
 */
export function nginxLocationSnippet(o: SnippetOptions): string {
  const base = normaliseBase(o.base);
  const root = o.root.replace(/\/+$/, '');
  if (!root.startsWith('/') || /[\s;{}"'$]/.test(root))
    throw new Error(`The install folder "${o.root}" must be an absolute path without spaces, quotes, ";", "{", "}" or "$"`);
  const dist = o.dist ? `${o.dist.replace(/\/+$/, '')}/` : `${root}/dist/`;
  if (/[\s;{}"'$]/.test(dist)) throw new Error(`The site folder "${dist}" must not contain spaces, quotes, ";", "{", "}" or "$"`);
  const policy = o.policy ?? null;
  const common = [
    `alias ${dist};`,
    'index index.html;',
    'absolute_redirect off;',
    'server_tokens off;',
    'autoindex off;',
    'charset utf-8;',
    'charset_types text/css text/plain text/markdown text/csv application/javascript application/json application/xml image/svg+xml;',
    'default_type application/octet-stream;',
    'types {',
    ...TYPES.map(([t, ext]) => `    ${t} ${ext};`),
    '}',
    '# Pre-compressed copies (.gz, .br) sit beside every text file.',
    'gzip_static on;',
    ...(o.brotli ? ['brotli_static on;'] : ['# brotli_static on;   # with the brotli module: use itpm-guide.brotli.conf instead of this file']),
    'gzip_vary on;',
  ];
  const lines = [
    `# IT Project Management Career Guide ${o.version}${o.organisation ? ` for ${o.organisation}` : ''}, served at ${base}`,
    ...(o.dist
      ? [`# Serves the build in ${dist} in place; the Content-Security-Policy header is this build's own (scripts/nginx-config.mjs).`]
      : [
          `# Include inside an existing server { } block (it adds only the locations below ${base}):`,
          `#     include ${root}/nginx/${o.brotli ? 'itpm-guide.brotli.conf' : 'itpm-guide.conf'};`,
          `# Static: it does not change from build to build (each page carries its own Content-Security-Policy).`,
          `# Expects the release unpacked so that ${dist} holds the site (see README.txt).`,
        ]),
    '',
    ...(base === '/' ? [] : [`location = ${base.slice(0, -1)} {`, '    absolute_redirect off;', `    return 301 ${base};`, '}', '']),
    `location ${base} {`,
    pad(common, 4),
    `    error_page 404 ${base}404.html;`,
    pad(headerLines(CACHE_REVALIDATE, policy), 4),
    '',
    '    # Hashed build assets never change: cache them for a year.',
    `    location ${base}_astro/ {`,
    `        alias ${dist}_astro/;`,
    pad(headerLines(CACHE_IMMUTABLE, policy), 8),
    '    }',
    '}',
    '',
  ];
  return lines.join('\n');
}

/** A minimal server block around the snippet (what the browser tests serve the sub-path build with). */
export function nginxServerBlock(o: SnippetOptions & { listen: string; serverName?: string }): string {
  return [
    'server {',
    `    listen ${o.listen};`,
    `    server_name ${o.serverName ?? '_'};`,
    '    # Compressed on the fly where no pre-compressed copy sits beside a file.',
    '    gzip on;',
    '    gzip_types text/css text/plain text/markdown text/csv application/javascript application/json application/xml image/svg+xml application/manifest+json;',
    '',
    pad(nginxLocationSnippet(o).split('\n'), 4),
    '}',
    '',
  ].join('\n');
}

/** A complete server block around the snippet, with TLS and HSTS notes and another application beside the guide. */
export function nginxServerExample(o: SnippetOptions & { serverName?: string }): string {
  const base = normaliseBase(o.base);
  const root = o.root.replace(/\/+$/, '');
  const name = o.serverName ?? 'intranet.example.com';
  return `# Example: the guide at https://${name}${base} next to your other applications.
# Copy what you need into your own configuration; only the include line is the guide's.

server {
    listen 80;
    server_name ${name};
    return 301 https://$host$request_uri;
}

server {
    # TLS. nginx 1.25.1 and later: "listen 443 ssl;" plus "http2 on;". Debian 12's nginx 1.22: "listen 443 ssl http2;".
    listen 443 ssl http2;
    server_name ${name};
    ssl_certificate     /etc/ssl/certs/${name}.pem;
    ssl_certificate_key /etc/ssl/private/${name}.key;
    ssl_protocols TLSv1.2 TLSv1.3;
    ssl_session_cache shared:SSL:10m;

    # HSTS tells browsers to use HTTPS only for this host, for max-age seconds. Add it once every site on
    # ${name} works over HTTPS (start with a short max-age such as 300, then raise it).
    # nginx does not pass a server block's add_header into locations that set their own, and the guide's do, so
    # put it in ${LOCAL_HEADERS_GLOB.replace('*', 'hsts')} (beside nginx.conf), which the guide's locations include:
    #     add_header Strict-Transport-Security "max-age=31536000" always;
    # and add the same line here for your other locations.

    # Another application on the same host.
    location /timesheets/ {
        proxy_pass http://127.0.0.1:8080;
    }

    # The guide (IT Project Management Career Guide ${o.version}).
    include ${root}/nginx/${o.brotli ? 'itpm-guide.brotli.conf' : 'itpm-guide.conf'};
}
`;
}
