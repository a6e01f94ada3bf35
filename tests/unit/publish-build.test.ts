import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import publishBuild, { stagingDirFor } from '../../build/integrations/publish.ts';

type Hooks = Record<string, (arg: unknown) => void>;
const logger = { info: () => {}, warn: () => {}, error: () => {} };

function setup() {
  const root = mkdtempSync(join(tmpdir(), 'publish-'));
  const out = join(root, 'dist');
  mkdirSync(out);
  writeFileSync(join(out, 'index.html'), 'previous build');
  let cleanUp: (() => void) | undefined;
  const integration = publishBuild((fn) => (cleanUp = fn));
  const hooks = integration.hooks as unknown as Hooks;
  let outDir: URL | undefined;
  hooks['astro:config:setup']!({ command: 'build', config: { outDir: pathToFileURL(`${out}/`) }, updateConfig: (c: { outDir: URL }) => (outDir = c.outDir) });
  return { root, out, staging: stagingDirFor(out), outDir: () => outDir, exit: () => cleanUp?.(), hooks };
}

test('the build is written to a staging folder and moved into place only when every check has passed', () => {
  const s = setup();
  assert.equal(s.outDir()?.href, pathToFileURL(`${s.staging}/`).href);
  mkdirSync(s.staging);
  writeFileSync(join(s.staging, 'index.html'), 'new build');
  s.hooks['astro:build:done']!({ dir: s.outDir(), logger });
  s.exit();
  assert.equal(readFileSync(join(s.out, 'index.html'), 'utf8'), 'new build');
  assert.equal(existsSync(s.staging), false);
  rmSync(s.root, { recursive: true });
});

test('a failed build (build:done never reached) leaves no output where it could be deployed', () => {
  const s = setup();
  mkdirSync(s.staging);
  writeFileSync(join(s.staging, 'index.html'), 'half-checked build without CSP');
  s.exit(); // e.g. the link check or the CSP check threw
  assert.equal(existsSync(s.staging), false, 'the staging folder is removed');
  assert.equal(readFileSync(join(s.out, 'index.html'), 'utf8'), 'previous build', 'the output folder never sees the failed build');
  rmSync(s.root, { recursive: true });
});

test('dev and check runs are left alone', () => {
  let called = false;
  const hooks = publishBuild(() => {}).hooks as unknown as Hooks;
  hooks['astro:config:setup']!({ command: 'dev', config: { outDir: pathToFileURL('/tmp/x/') }, updateConfig: () => (called = true) });
  assert.equal(called, false);
});
