/**
 * dist/sw.js when offline reading is turned off (`offline: false`): a worker
 * that replaces any offline worker a previous build installed, the moment
 * the browser checks for an update (on the reader's next visit, even one
 * answered from the old copy), deletes this site's caches and unregisters
 * itself. It has no fetch handler, so every request goes to the network.
 */
import { isOwnCache } from '../lib/offline/policy.ts';
import type { SwGlobalScope } from './sw-types.ts';

const sw = globalThis as unknown as SwGlobalScope;

sw.addEventListener('install', (event) => event.waitUntil(sw.skipWaiting()));
sw.addEventListener('activate', (event) =>
  event.waitUntil(
    (async () => {
      const base = new URL(sw.registration.scope).pathname;
      for (const name of await caches.keys()) if (isOwnCache(name, base)) await caches.delete(name);
      await sw.registration.unregister();
    })(),
  ),
);
