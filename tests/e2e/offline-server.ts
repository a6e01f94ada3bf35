/**
 * A static file server the offline tests start themselves, on a fixed
 * loopback port, so they can do what the shared servers must not: serve one
 * build and then another at the same address (an update), fail chosen files
 * (a broken update) or stop answering altogether (really offline). It fails
 * loudly when its port is taken, never moving to another one.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

export interface SiteServer {
  origin: string;
  /** Serve another build from now on. */
  serve(dir: string): void;
  /** Answer 500 for these site paths (e.g. "guide/the-role/"), to break an update. */
  failing: Set<string>;
  /** Serve these site paths (e.g. "sw.js") from another build's folder. */
  from: Map<string, string>;
  /** Every site path requested since the last reset, with its query. */
  requests: string[];
  close(): Promise<void>;
}

export async function startSiteServer(port: number, base: string, dir: string): Promise<SiteServer> {
  let root = dir;
  const failing = new Set<string>();
  const from = new Map<string, string>();
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (!url.pathname.startsWith(base)) {
      res.writeHead(404).end('outside the base path');
      return;
    }
    const path = decodeURIComponent(url.pathname.slice(base.length));
    requests.push(path + url.search);
    if (failing.has(path)) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end('failing on purpose');
      return;
    }
    const dir = from.get(path) ?? root;
    let file = normalize(join(dir, path));
    if (!file.startsWith(normalize(dir))) {
      res.writeHead(400).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile();
    const target = found ? file : join(dir, '404.html');
    res.writeHead(found ? 200 : 404, { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    createReadStream(target).pipe(res);
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        new Error(
          err.code === 'EADDRINUSE' ? `Port ${port} is already in use: the offline tests need it free (they start their own server there).` : err.message,
        ),
      ),
    );
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    serve: (next) => {
      root = next;
    },
    failing,
    from,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
