#!/usr/bin/env node
// Used by scripts/start.sh (npm start). Checks that HOST:PORT is free and
// prints the address the built site will be served at, base path included
// (from the organisation overlay's config or guide.config.ts, or SITE_BASE).
// When the port is taken it says so and exits 1: `astro preview` is
// configured with strictPort, so it never moves to another port either.
//
//   node scripts/start-url.mjs [--host 127.0.0.1] [--port 4321]
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { loadOrgOverlay } from '../src/config/org.ts';
import { previewUrl } from '../src/lib/paths.ts';

const { values } = parseArgs({
  options: {
    host: { type: 'string', default: process.env.HOST || '127.0.0.1' },
    port: { type: 'string', default: process.env.PORT || '4321' },
  },
});
const host = values.host;
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`error: PORT=${values.port} is not a port number (1–65535).`);
  process.exit(1);
}

const free = await new Promise((resolve) => {
  const server = createServer();
  server.once('error', (err) => resolve(err));
  server.listen({ host, port, exclusive: true }, () => server.close(() => resolve(null)));
});
if (free) {
  const why =
    free.code === 'EADDRINUSE'
      ? `port ${port} on ${host} is already in use (another \`npm start\` or preview?)`
      : free.code === 'EACCES'
        ? `port ${port} on ${host} needs more privileges than this user has`
        : `cannot listen on ${host}:${port} (${free.code ?? free.message})`;
  console.error(`error: ${why}. Stop whatever uses it, or pick another port: PORT=4400 npm start`);
  process.exit(1);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const { config } = await loadOrgOverlay(root);
process.stdout.write(previewUrl(host, port, config.base));
