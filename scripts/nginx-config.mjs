#!/usr/bin/env node
// Prints an nginx `server { … }` block that serves a built site in place under
// its base path: the same locations, types, caching and security headers as the
// release's snippet (build/release.ts), with the site-wide
// Content-Security-Policy (inline scripts allowed by hash) sent as a header too.
//
//   node scripts/nginx-config.mjs --root /srv/itpm-guide/dist --base /careers/ [--listen 80] [--server-name intranet.example.com]
//
// The policy is computed from the built HTML, so run it after every build.
// tests/e2e/nginx.spec.ts starts Debian's nginx with this output.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildPolicy, inlineScripts, scriptHash } from '../build/csp.ts';
import { nginxServerBlock } from '../build/release.ts';
import { normaliseBase } from '../src/lib/paths.ts';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: 'dist' },
    base: { type: 'string', default: process.env.SITE_BASE ?? '/' },
    listen: { type: 'string', default: '80' },
    'server-name': { type: 'string', default: '_' },
  },
});
const root = resolve(values.root);
const base = normaliseBase(values.base);
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;

const hashes = new Set();
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.html')) for (const s of inlineScripts(readFileSync(p, 'utf8'))) hashes.add(scriptHash(s));
  }
};
walk(root);
const policy = buildPolicy(hashes, { forMeta: false });

process.stdout.write(
  nginxServerBlock({ base, root, dist: root, version, organisation: null, brotli: false, policy, listen: values.listen, serverName: values['server-name'] }),
);
