#!/usr/bin/env node
// npm run package: builds the site (with the organisation overlay, if any) and
// writes a versioned release archive an intranet team can deploy and update
// without Node or this repository on the web host:
//
//   release/itpm-career-guide-<version>-<base>.tar.gz   (+ .sha256)
//     itpm-career-guide-<version>-<base>/
//       dist/                       the site, with .gz and .br copies of text files
//       nginx/itpm-guide.conf       location blocks to include in an existing server { } (gzip_static)
//       nginx/itpm-guide.brotli.conf  the same with brotli_static
//       nginx/server-example.conf   a complete server block: TLS, HSTS notes, another app beside the guide
//       SHA256SUMS, release.json, CHANGELOG.md, README.txt
//
// Options: --no-build (package an existing build), --dist <dir> (default dist,
// or SITE_OUT_DIR), --root <dir> (where the release's folder will be on the web
// host, default /srv/itpm-guide/current), --out <dir> (default release).
// Uses the same environment as the build: GUIDE_ORG_DIR, SITE_BASE, SITE_URL.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { loadOrgOverlay } from '../src/config/org.ts';
import { isCompressible, nginxLocationSnippet, nginxServerExample, releaseName, sha256sums } from '../build/release.ts';

const repo = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  allowNegative: true,
  options: {
    build: { type: 'boolean', default: true },
    dist: { type: 'string', default: process.env.SITE_OUT_DIR || 'dist' },
    root: { type: 'string', default: '/srv/itpm-guide/current' },
    out: { type: 'string', default: 'release' },
  },
});
const fail = (msg) => {
  console.error(`error: ${msg}`);
  process.exit(1);
};

const distDir = resolve(repo, values.dist);
if (values.build) {
  const res = spawnSync('astro', ['build'], { cwd: repo, stdio: 'inherit', env: { ...process.env, SITE_OUT_DIR: distDir } });
  if (res.status !== 0) fail(`the build failed (astro build exited with ${res.status ?? res.signal})`);
}

const { config, configFile } = await loadOrgOverlay(repo);
const { base, organisation } = config;
const { version } = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
const home = join(distDir, 'index.html');
if (!existsSync(home)) fail(`${values.dist}/index.html not found: build first, or drop --no-build`);
if (!readFileSync(home, 'utf8').includes(`"${base}_astro/`)) {
  fail(`${values.dist}/ was not built for the base ${base} (from ${configFile} and the environment): build it again with the same GUIDE_ORG_DIR and SITE_BASE`);
}

const name = releaseName(version, base);
const outDir = resolve(repo, values.out);
const stage = join(outDir, name);
rmSync(stage, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
cpSync(distDir, join(stage, 'dist'), { recursive: true, preserveTimestamps: true });

const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));

// Pre-compressed copies, kept only when smaller, with the original's time (nginx sends it as Last-Modified).
let compressed = 0;
for (const file of walk(join(stage, 'dist'))) {
  const { size, atime, mtime } = statSync(file);
  if (!isCompressible(file, size)) continue;
  const body = readFileSync(file);
  const copies = {
    '.gz': gzipSync(body, { level: 9 }),
    '.br': brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: size },
    }),
  };
  for (const [ext, data] of Object.entries(copies)) {
    if (data.length >= size) continue;
    writeFileSync(file + ext, data);
    utimesSync(file + ext, atime, mtime);
    compressed += 1;
  }
}

const snippet = { base, root: values.root, version, organisation };
mkdirSync(join(stage, 'nginx'));
writeFileSync(join(stage, 'nginx', 'itpm-guide.conf'), nginxLocationSnippet({ ...snippet, brotli: false }));
writeFileSync(join(stage, 'nginx', 'itpm-guide.brotli.conf'), nginxLocationSnippet({ ...snippet, brotli: true }));
writeFileSync(join(stage, 'nginx', 'server-example.conf'), nginxServerExample({ ...snippet, brotli: false }));
cpSync(join(repo, 'CHANGELOG.md'), join(stage, 'CHANGELOG.md'));
const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo, encoding: 'utf8' }).stdout?.trim() || null;
writeFileSync(join(stage, 'release.json'), `${JSON.stringify({ name, version, base, organisation, site: config.site, root: values.root, commit }, null, 2)}\n`);

const root = values.root.replace(/\/+$/, '');
const releases = `${dirname(root)}/releases`;
writeFileSync(
  join(stage, 'README.txt'),
  `IT Project Management Career Guide ${version}${organisation ? ` for ${organisation}` : ''}, served at ${base}

dist/                          the site: plain files, with .gz and .br copies of the text files
nginx/itpm-guide.conf          location blocks to include inside your existing server { } (gzip_static)
nginx/itpm-guide.brotli.conf   the same with brotli_static (needs nginx's brotli static module;
                               Debian: apt-get install libnginx-mod-http-brotli-static)
nginx/server-example.conf      a complete server block: TLS, HSTS notes, another application beside the guide
SHA256SUMS                     a checksum of every file; check with: sha256sum -c SHA256SUMS
release.json, CHANGELOG.md     what this release is and what changed

The nginx files expect this folder at ${root} (chosen with npm run package -- --root).
No Node, no repository and no per-build edits are needed on the web host.

First install
  mkdir -p ${releases}
  tar -xzf ${name}.tar.gz -C ${releases}
  (cd ${releases}/${name} && sha256sum -c --quiet SHA256SUMS)
  ln -sfn ${releases}/${name} ${root}
  In your server { }:  include ${root}/nginx/itpm-guide.conf;
  nginx -t && systemctl reload nginx

Update to a new release (the old one stays for a rollback)
  tar -xzf <new>.tar.gz -C ${releases}
  (cd ${releases}/<new> && sha256sum -c --quiet SHA256SUMS)
  ln -sfn ${releases}/<new> ${root}.next && mv -T ${root}.next ${root}
  nginx -t && systemctl reload nginx
Roll back: point ${root} at the previous release the same way.
`,
);

const files = walk(stage).map((f) => relative(stage, f).split(sep).join('/'));
const sums = files.map((path) => ({
  path,
  sha256: createHash('sha256')
    .update(readFileSync(join(stage, path)))
    .digest('hex'),
}));
writeFileSync(join(stage, 'SHA256SUMS'), sha256sums(sums));

// A reproducible tarball: sorted names, fixed owner and time (the commit's, or SOURCE_DATE_EPOCH), gzip without a timestamp.
const epoch = process.env.SOURCE_DATE_EPOCH || spawnSync('git', ['log', '-1', '--format=%ct'], { cwd: repo, encoding: 'utf8' }).stdout?.trim() || '0';
const tar = spawnSync(
  'tar',
  ['--sort=name', '--owner=0', '--group=0', '--numeric-owner', `--mtime=@${epoch}`, '--mode=u+rwX,go+rX,go-w', '-C', outDir, '-cf', '-', name],
  { maxBuffer: 1024 * 1024 * 1024 },
);
if (tar.status !== 0) fail(`tar failed: ${tar.stderr?.toString() || tar.error?.message}`);
const archive = join(outDir, `${name}.tar.gz`);
const gz = gzipSync(tar.stdout, { level: 9 });
writeFileSync(archive, gz);
writeFileSync(`${archive}.sha256`, `${createHash('sha256').update(gz).digest('hex')}  ${name}.tar.gz\n`);
rmSync(stage, { recursive: true });

console.log(
  `\nRelease ${relative(repo, archive)} (${(gz.length / 1024 / 1024).toFixed(1)} MB): ${files.length + 1} files, ${compressed} pre-compressed copies, for ${base}${organisation ? ` (${organisation})` : ''}.`,
);
console.log(`Install and update steps: README.txt inside the archive.`);
