/**
 * The guide's service worker (built into dist/sw.js by build/offline/worker.ts,
 * after every page is final, with its build's version and file list name
 * prepended as `__OFFLINE__`). Its scope is the site's base path.
 *
 * One cache per build ("itpm-career-guide-offline:<base>:<version>"). Every
 * file that goes into it is checked against the build's file list (size and
 * SHA-256), so a cache only ever holds that build's files: never a newer
 * build's page, never an SSO proxy's sign-in page.
 *
 * - Install: the shell (CSS, JS, icons, the offline page), the pages open in
 *   tabs, and everything the previous build's copy held (unchanged files are
 *   copied across, changed ones downloaded; the whole guide again if it was
 *   saved). Anything missing fails the install, and the previous build keeps
 *   working. The new build then waits; the pages offer to reload.
 * - Pages: from the network while online (a proxy or sign-in still sees
 *   every page request), kept when they are this build's; offline, the kept
 *   copy, or the offline page for pages never opened.
 * - Files a page loads come from the copy of the build that page came from,
 *   remembered per tab, so a page never gets another build's CSS, scripts or
 *   search index. A tab showing a page the network gave from a newer build
 *   loads everything from the network.
 * - Messages from the offline page: status, save the whole guide (with
 *   progress), remove the offline copy; and "skip-waiting" from the reload notice.
 * The reader's own data lives in localStorage, which no worker can reach.
 */
import { installSet, parseManifest, sizeOf, type Entry, type Manifest } from '../lib/offline/manifest.ts';
import {
  META_SEGMENT,
  OFFLINE_PAGE,
  cacheName,
  clientsCacheName,
  hexDigest,
  isServerError,
  isStorable,
  pagePath,
  routeOf,
  sitePath,
  versionOfCache,
} from '../lib/offline/policy.ts';
import type { SwFetchEvent, SwGlobalScope, SwMessageEvent } from './sw-types.ts';

declare const __OFFLINE__: { version: string; manifest: string };

const sw = globalThis as unknown as SwGlobalScope;
const VERSION = __OFFLINE__.version;
const SCOPE = sw.registration.scope;
const BASE = new URL(SCOPE).pathname;
const CURRENT = cacheName(BASE, VERSION);
/** A tab showing a page from the network that is not this build's (the server has a newer one). */
const NETWORK = 'network';
const PARALLEL = 6;

const keyOf = (path: string) => new URL(path, SCOPE).href;
const MANIFEST_KEY = keyOf(`${META_SEGMENT}manifest`);
const SAVED_KEY = keyOf(`${META_SEGMENT}saved`);
const INSTALLED_KEY = keyOf(`${META_SEGMENT}installed`);
const CLIENTS_KEY = keyOf(`${META_SEGMENT}clients`);

const facts = (res: Response) => ({ status: res.status, type: res.type, redirected: res.redirected, cacheControl: res.headers.get('cache-control') });

async function hashOf(body: ArrayBuffer): Promise<string> {
  return hexDigest(new Uint8Array(await crypto.subtle.digest('SHA-256', body)));
}

const matches = async (body: ArrayBuffer, entry: Entry) => body.byteLength === entry.bytes && (await hashOf(body)) === entry.hash;

/** A response with a body already read; the body is stored decoded, so the encoding headers go. */
function copyOf(res: Response, body: ArrayBuffer): Response {
  const headers = new Headers(res.headers);
  for (const h of ['content-encoding', 'content-length', 'transfer-encoding']) headers.delete(h);
  return new Response(body, { status: res.status, statusText: res.statusText, headers });
}

// ---- The build's file lists ----------------------------------------------------------

const manifests = new Map<string, Promise<Manifest | null>>();

/** A build's file list, read from its cache (null when that build's copy is gone). */
function manifestOf(version: string): Promise<Manifest | null> {
  let list = manifests.get(version);
  if (!list) {
    list = caches
      .match(MANIFEST_KEY, { cacheName: cacheName(BASE, version) })
      .then((res) => (res ? res.json().then(parseManifest) : null))
      .catch(() => null);
    manifests.set(version, list);
    void list.then((m) => {
      if (!m) manifests.delete(version);
    });
  }
  return list;
}

/** Downloads one file of this build; fails unless it is exactly the file the build listed. */
async function download(entry: Entry): Promise<Response> {
  const res = await fetch(keyOf(entry.path), { cache: 'no-cache', credentials: 'same-origin', redirect: 'error' });
  if (!isStorable(facts(res))) throw new Error(`${entry.path}: the server answered ${res.status}`);
  const body = await res.arrayBuffer();
  if (!(await matches(body, entry))) throw new Error(`${entry.path} has changed on the server`);
  return copyOf(res, body);
}

interface Copy {
  cache: Cache;
  manifest: Manifest;
  saved: boolean;
}

/** Other builds' copies on this device, with their file lists. */
async function otherCopies(): Promise<Copy[]> {
  const out: Copy[] = [];
  for (const name of await caches.keys()) {
    const version = versionOfCache(name, BASE);
    if (!version || version === VERSION) continue;
    const manifest = await manifestOf(version);
    if (!manifest) continue;
    const cache = await caches.open(name);
    out.push({ cache, manifest, saved: (await cache.match(SAVED_KEY)) !== undefined });
  }
  return out;
}

/**
 * Puts the files at `paths` into `cache`: those already there are kept, those
 * another build holds unchanged are copied, the rest downloaded and checked.
 * Stops at the first failure. `onFile` hears of each file as it lands.
 */
async function fill(cache: Cache, m: Manifest, paths: Iterable<string>, from: readonly Copy[], onFile?: (e: Entry) => void): Promise<void> {
  const have = new Set((await cache.keys()).map((r) => r.url));
  const queue = [...new Set(paths)].map((p) => m.byPath.get(p)).filter((e): e is Entry => e !== undefined && !have.has(keyOf(e.path)));
  let next = 0;
  let failed = false;
  const lane = async () => {
    while (!failed && next < queue.length) {
      const entry = queue[next++]!;
      try {
        let res: Response | undefined;
        for (const copy of from) {
          const old = copy.manifest.byPath.get(entry.path);
          if (old && old.hash === entry.hash && old.bytes === entry.bytes && (res = await copy.cache.match(keyOf(entry.path)))) break;
        }
        await cache.put(keyOf(entry.path), res ?? (await download(entry)));
      } catch (err) {
        failed = true;
        throw err;
      }
      onFile?.(entry);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, lane));
}

// ---- Install and activate -----------------------------------------------------------

sw.addEventListener('install', (event) => event.waitUntil(install()));

async function install(): Promise<void> {
  const existing = await caches.match(INSTALLED_KEY, { cacheName: CURRENT });
  try {
    const res = await fetch(keyOf(__OFFLINE__.manifest), { cache: 'no-cache', credentials: 'same-origin', redirect: 'error' });
    if (!isStorable(facts(res))) throw new Error(`the file list answered ${res.status}`);
    const text = await res.text();
    const m = parseManifest(JSON.parse(text));
    if (m.version !== VERSION) throw new Error('the file list belongs to another build');
    const cache = await caches.open(CURRENT);
    await cache.put(MANIFEST_KEY, new Response(text, { headers: { 'content-type': 'application/json' } }));
    manifests.set(VERSION, Promise.resolve(m));

    // What this build's copy must hold: its shell, and whatever an older copy held, updated.
    const from = await otherCopies();
    const want = new Set(installSet(m).map((e) => e.path));
    const saved = from.some((c) => c.saved);
    for (const copy of from) {
      for (const req of await copy.cache.keys()) {
        const path = sitePath(new URL(req.url).pathname, BASE);
        if (path !== null && m.byPath.has(path)) want.add(path);
      }
    }
    if (saved) for (const e of m.entries) want.add(e.path);
    await fill(cache, m, want, from);

    // Pages open in tabs now (the first page a reader opens loads before the worker exists), when they are this build's.
    for (const client of await sw.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
      const path = pagePath(new URL(client.url).pathname, BASE);
      if (path !== null && m.byPath.get(path)?.kind === 'page') await fill(cache, m, [path], from).catch(() => {});
    }

    // Complete, or nothing: a copy deleted under us (another build activating) would leave gaps.
    const keys = new Set((await cache.keys()).map((r) => r.url));
    const missing = [...want].filter((p) => !keys.has(keyOf(p)));
    if (missing.length > 0) throw new Error(`${missing.length} file(s) missing, e.g. ${missing[0]}`);
    if (saved) await cache.put(SAVED_KEY, new Response('saved'));
    await cache.put(INSTALLED_KEY, new Response(String(Date.now())));
  } catch (err) {
    // A failed update leaves the previous build's copy as it was, and no half copy behind.
    if (!existing) await caches.delete(CURRENT);
    manifests.delete(VERSION);
    throw err;
  }
}

sw.addEventListener('activate', (event) => event.waitUntil(tidy(true)));

async function installedAt(name: string): Promise<number | null> {
  const res = await caches.match(INSTALLED_KEY, { cacheName: name });
  return res ? Number(await res.text()) : null;
}

/**
 * Deletes other builds' copies that no open tab shows. When this build
 * activates, every other copy may go; otherwise only complete copies
 * installed before this one (a newer build may be installing or waiting).
 */
async function tidy(activating: boolean): Promise<void> {
  const map = await clientMap();
  const live = new Set((await sw.clients.matchAll({ type: 'all', includeUncontrolled: true })).map((c) => c.id));
  const gone = (id: string, tab: Tab) =>
    !live.has(id) && (tab.seen || Date.now() - tab.at > NEW_TAB_GRACE_MS || (tab.parent !== undefined && !map.has(tab.parent)));
  for (const pass of [false, true]) {
    // Tabs first, then the workers they started (which go with their tab).
    for (const [id, tab] of map) {
      if ((tab.parent !== undefined) !== pass) continue;
      if (live.has(id)) tab.seen = true;
      else if (gone(id, tab)) map.delete(id);
    }
  }
  const inUse = new Set([...map.values()].map((c) => c.version));
  const mine = activating ? null : await installedAt(CURRENT);
  for (const name of await caches.keys()) {
    const version = versionOfCache(name, BASE);
    if (!version || version === VERSION || inUse.has(version)) continue;
    if (!activating) {
      const theirs = await installedAt(name);
      if (mine === null || theirs === null || theirs >= mine) continue;
    }
    await caches.delete(name);
    manifests.delete(version);
  }
  await saveClientMap();
}

// ---- Which build each tab shows -------------------------------------------------------

/**
 * Tab (client) id → the build it shows, when that was noted and whether the
 * tab has been seen open since; kept in a cache so the next worker knows it too.
 */
type Tab = { version: string; at: number; seen?: boolean; parent?: string };
type ClientMap = Map<string, Tab>;
/** A tab just noted is not listed by clients.matchAll() until its page exists: kept this long unless seen open and then gone. */
const NEW_TAB_GRACE_MS = 5 * 60 * 1000;

let clients: Promise<ClientMap> | null = null;

function clientMap(): Promise<ClientMap> {
  return (clients ??= caches
    .match(CLIENTS_KEY, { cacheName: clientsCacheName(BASE) })
    .then((res) => (res ? (res.json() as Promise<Record<string, Tab>>) : {}))
    .then((o: Record<string, Tab>) => new Map(Object.entries(o)))
    .catch(() => new Map()));
}

async function saveClientMap(): Promise<void> {
  const map = await clientMap();
  const cache = await caches.open(clientsCacheName(BASE));
  await cache.put(CLIENTS_KEY, new Response(JSON.stringify(Object.fromEntries(map)), { headers: { 'content-type': 'application/json' } }));
}

/** Records the build a new tab (or a worker a page starts: its `parent`) shows, before its page is returned. */
async function note(event: SwFetchEvent, clientId: string, version: string, parent?: string): Promise<void> {
  if (!clientId) return;
  (await clientMap()).set(clientId, { version, at: Date.now(), ...(parent ? { parent } : {}) });
  event.waitUntil(saveClientMap());
}

async function versionFor(clientId: string): Promise<string> {
  return (clientId && (await clientMap()).get(clientId)?.version) || VERSION;
}

/**
 * A new page's first request for a file comes once the page it replaced is
 * gone: the moment to drop older builds' copies no tab shows any more.
 */
async function firstRequestOf(event: SwFetchEvent): Promise<void> {
  const tab = event.clientId ? (await clientMap()).get(event.clientId) : undefined;
  if (!tab || tab.seen) return;
  tab.seen = true;
  event.waitUntil(tidy(false).catch(() => {}));
}

// ---- Requests ---------------------------------------------------------------------------

sw.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.cache === 'only-if-cached' && req.mode !== 'same-origin') return;
  const route = routeOf({ method: req.method, url: req.url, mode: req.mode, range: req.headers.has('range') }, SCOPE);
  if (route === 'page') event.respondWith(page(event));
  else if (route === 'download') event.respondWith(templateFile(event));
  else if (route === 'file') event.respondWith(file(event));
});

/** A page: the network while online; offline (or on a server error), the kept copy or the offline page. */
async function page(event: SwFetchEvent): Promise<Response> {
  const req = event.request;
  const url = new URL(req.url);
  const path = pagePath(url.pathname, BASE) ?? '';
  const m = await manifestOf(VERSION);
  const entry = m?.byPath.get(path);
  let res: Response | null;
  try {
    res = await fetch(req);
  } catch {
    res = null;
  }
  if (res && !isServerError(res.status)) {
    if (entry?.kind === 'page' && isStorable(facts(res))) {
      const body = await res.arrayBuffer();
      const copy = copyOf(res, body);
      if (await matches(body, entry)) {
        await note(event, event.resultingClientId, VERSION);
        // Never kept under an address with a query: the page itself is kept when opened without one.
        if (url.search === '') event.waitUntil(caches.open(CURRENT).then((c) => c.put(keyOf(path), copy.clone())));
      } else {
        // The server has another build: this tab loads everything from the network, and the worker looks for the update.
        await note(event, event.resultingClientId, NETWORK);
        event.waitUntil(sw.registration.update().catch(() => {}));
      }
      return copy;
    }
    await note(event, event.resultingClientId, NETWORK);
    return res;
  }
  const kept = await caches.match(keyOf(path), { cacheName: CURRENT });
  if (kept) {
    await note(event, event.resultingClientId, VERSION);
    return kept;
  }
  if (res) return res;
  if (entry && entry.kind !== 'page') return Response.error();
  const offline = await caches.match(keyOf(m?.offlinePage ?? OFFLINE_PAGE), { cacheName: CURRENT });
  if (!offline) return Response.error();
  await note(event, event.resultingClientId, VERSION);
  return offline;
}

/** A file a page loads: from the copy of the page's own build; fetched (and kept) only when it is that build's file. */
async function file(event: SwFetchEvent): Promise<Response> {
  const req = event.request;
  const path = sitePath(new URL(req.url).pathname, BASE) ?? '';
  const version = await versionFor(event.clientId);
  await firstRequestOf(event);
  // Pagefind's worker script: the worker it starts belongs to the same build as its page.
  if (event.resultingClientId) await note(event, event.resultingClientId, version, event.clientId);
  if (version === NETWORK) return fetch(req);
  const name = cacheName(BASE, version);
  const kept = await caches.match(keyOf(path), { cacheName: name });
  if (kept) return kept;
  const entry = (await manifestOf(version))?.byPath.get(path);
  const res = await fetch(req);
  if (!entry || !isStorable(facts(res))) return res;
  const body = await res.arrayBuffer();
  const copy = copyOf(res, body);
  if (await matches(body, entry)) {
    // Kept under its path alone, whatever query it was asked for with: the bytes are the build's file.
    if (await caches.has(name)) event.waitUntil(caches.open(name).then((c) => c.put(keyOf(path), copy.clone())));
    return copy;
  }
  // Another build's copy of this file: never mixed into this page.
  event.waitUntil(sw.registration.update().catch(() => {}));
  return new Response('This file has changed on the server since the page was loaded: reload the page.', {
    status: 503,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
}

/** A template download: straight from the network, untouched; the saved copy only when the network fails. */
async function templateFile(event: SwFetchEvent): Promise<Response> {
  try {
    return await fetch(event.request);
  } catch (err) {
    const version = await versionFor(event.clientId);
    const path = sitePath(new URL(event.request.url).pathname, BASE) ?? '';
    const kept = version === NETWORK ? undefined : await caches.match(keyOf(path), { cacheName: cacheName(BASE, version) });
    if (kept) return kept;
    throw err;
  }
}

// ---- The offline page's controls -----------------------------------------------------------

export interface OfflineStatus {
  type: 'status';
  version: string;
  /** The whole guide is on this device. */
  saved: boolean;
  total: Manifest['total'];
  have: { files: number; bytes: number };
  /** Pages on this device (the offline page itself left out), in the list's order. */
  pages: Array<{ path: string; title: string }>;
  saving: boolean;
}

export type OfflineMessage = OfflineStatus | { type: 'progress'; files: number; bytes: number; total: Manifest['total'] } | { type: 'error'; message: string };

async function status(): Promise<OfflineStatus> {
  const m = await manifestOf(VERSION);
  if (!m) throw new Error('The offline copy is not ready yet.');
  const keys = new Set((await (await caches.open(CURRENT)).keys()).map((r) => r.url));
  const have = m.entries.filter((e) => keys.has(keyOf(e.path)));
  return {
    type: 'status',
    version: VERSION,
    saved: keys.has(SAVED_KEY) && have.length === m.entries.length,
    total: m.total,
    have: sizeOf(have),
    pages: have.filter((e) => e.kind === 'page' && e.path !== m.offlinePage).map((e) => ({ path: e.path, title: e.title ?? e.path })),
    saving: saving !== null,
  };
}

let saving: Promise<void> | null = null;
const listeners = new Set<MessagePort>();

/** Saves every file of the build, telling every listening page how far it has got. */
async function save(port: MessagePort): Promise<void> {
  listeners.add(port);
  const post = (msg: OfflineMessage) => listeners.forEach((p) => p.postMessage(msg));
  saving ??= (async () => {
    const m = await manifestOf(VERSION);
    if (!m) throw new Error('The offline copy is not ready yet.');
    const cache = await caches.open(CURRENT);
    const keys = new Set((await cache.keys()).map((r) => r.url));
    const done = sizeOf(m.entries.filter((e) => keys.has(keyOf(e.path))));
    post({ type: 'progress', ...done, total: m.total });
    await fill(
      cache,
      m,
      m.entries.map((e) => e.path),
      [],
      (e) => {
        done.files += 1;
        done.bytes += e.bytes;
        post({ type: 'progress', ...done, total: m.total });
      },
    );
    await cache.put(SAVED_KEY, new Response('saved'));
  })().finally(() => {
    saving = null;
  });
  try {
    await saving;
    post(await status());
  } catch (err) {
    post({ type: 'error', message: (err as Error).message });
  } finally {
    listeners.clear();
  }
}

/** Removes the saved copy and every kept page of every build; the shell and the offline page stay so the worker still works. */
async function remove(): Promise<void> {
  await saving?.catch(() => {});
  for (const name of await caches.keys()) {
    const version = versionOfCache(name, BASE);
    if (!version) continue;
    const m = await manifestOf(version);
    const keep = new Set([MANIFEST_KEY, INSTALLED_KEY, ...(m ? installSet(m).map((e) => keyOf(e.path)) : [])]);
    const cache = await caches.open(name);
    for (const req of await cache.keys()) if (!keep.has(req.url)) await cache.delete(req);
  }
}

sw.addEventListener('message', (event: SwMessageEvent) => {
  const data = event.data as { type?: unknown } | string | null;
  const type = typeof data === 'string' ? data : data?.type;
  if (type === 'skip-waiting') {
    event.waitUntil(sw.skipWaiting());
    return;
  }
  const port = event.ports[0];
  if (!port) return;
  const reply = (work: Promise<OfflineMessage>) =>
    event.waitUntil(
      work.then(
        (msg) => port.postMessage(msg),
        (err: Error) => port.postMessage({ type: 'error', message: err.message } satisfies OfflineMessage),
      ),
    );
  if (type === 'status') reply(status());
  else if (type === 'save') event.waitUntil(save(port));
  else if (type === 'remove') reply(remove().then(status));
});
