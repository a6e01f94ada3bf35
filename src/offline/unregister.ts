/**
 * Inline on every page when an organisation turns offline reading off
 * (`offline: false` in guide.config.ts): after the page has loaded, removes
 * any offline worker a previous build installed for this base path, and its
 * caches. Nothing else: the reader's own data in localStorage is untouched,
 * and other applications' workers and caches on the same host are left alone.
 */
// A module, so its compile-time constants do not clash with the other inline script's.
export {};

declare const __BASE__: string;
declare const __PREFIX__: string;

addEventListener('load', () => {
  navigator.serviceWorker?.getRegistrations().then(
    (regs) => {
      for (const reg of regs) if (reg.scope === location.origin + __BASE__) void reg.unregister();
    },
    () => {},
  );
  if (typeof caches !== 'undefined') {
    caches.keys().then(
      (names) => {
        for (const name of names) if (name.startsWith(`${__PREFIX__}${__BASE__}:`)) void caches.delete(name);
      },
      () => {},
    );
  }
});
