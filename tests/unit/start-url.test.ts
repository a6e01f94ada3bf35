import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { previewUrl } from '../../src/lib/paths.ts';

// scripts/start-url.mjs is what `npm start` prints and checks before serving.
const root = resolve(import.meta.dirname, '../..');
const run = (env: Record<string, string>) =>
  spawnSync(process.execPath, ['scripts/start-url.mjs'], { cwd: root, env: { ...process.env, SITE_BASE: '', GUIDE_ORG_DIR: '', ...env }, encoding: 'utf8' });

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const { port } = server.address() as AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

test('previewUrl: the base path is part of the address; wildcard and IPv6 hosts are shown usably', () => {
  assert.equal(previewUrl('127.0.0.1', 4321, '/'), 'http://127.0.0.1:4321/');
  assert.equal(previewUrl('127.0.0.1', 4321, '/intranet/pm/'), 'http://127.0.0.1:4321/intranet/pm/');
  assert.equal(previewUrl('localhost', 8080, 'careers'), 'http://localhost:8080/careers/');
  assert.equal(previewUrl('0.0.0.0', 4321, '/'), 'http://127.0.0.1:4321/');
  assert.equal(previewUrl('::1', 4321, '/'), 'http://[::1]:4321/');
});

test('npm start prints the real address: the overlay’s base path and the port it will serve on', async () => {
  const port = await freePort();
  const org = run({ PORT: String(port), GUIDE_ORG_DIR: 'tests/fixtures/org-site' });
  assert.equal(org.status, 0, org.stderr);
  assert.equal(org.stdout, `http://127.0.0.1:${port}/intranet/pm/`);
  const pub = run({ PORT: String(port) });
  assert.equal(pub.stdout, `http://127.0.0.1:${port}/`);
  assert.equal(run({ PORT: String(port), SITE_BASE: '/careers/' }).stdout, `http://127.0.0.1:${port}/careers/`);
});

test('npm start stops with a clear message when the port is taken, and on a bad port', async () => {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const { port } = server.address() as AddressInfo;
  try {
    const res = run({ PORT: String(port) });
    assert.equal(res.status, 1);
    assert.equal(res.stdout, '');
    assert.match(res.stderr, new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use.*PORT=4400 npm start`));
  } finally {
    server.close();
  }
  const bad = run({ PORT: 'eighty' });
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /PORT=eighty is not a port number/);
});
