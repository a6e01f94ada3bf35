/**
 * Inline on every page of a production build (build/integrations/offline.ts
 * compiles it with the base path in __BASE__): after the page has loaded,
 * registers the offline worker for the base path, and when a new build's
 * worker has finished installing while this page is controlled by the old
 * one, shows a short notice offering to reload. "Reload" tells the waiting
 * worker to take over; this tab reloads when it has. Other tabs keep their
 * build's files until they reload (src/offline/sw.ts). Kept under 1 KiB gzip.
 */
// A module, so its compile-time constants do not clash with the other inline script's.
export {};

declare const __BASE__: string;

addEventListener('load', () => {
  const container = navigator.serviceWorker;
  if (!container) return;
  let reloading = false;
  container.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
  });
  container.register(`${__BASE__}sw.js`, { scope: __BASE__ }).then(
    (reg) => {
      // Some embedded browsers and test harnesses answer without a registration.
      if (!reg) return;
      const offer = () => {
        if (!container.controller || !reg.waiting || document.querySelector('.sw-update')) return;
        const box = document.createElement('div');
        box.className = 'sw-update';
        box.setAttribute('role', 'status');
        const reload = document.createElement('button');
        reload.className = 'button';
        reload.textContent = 'Reload';
        reload.onclick = () => {
          reloading = true;
          if (reg.waiting) reg.waiting.postMessage('skip-waiting');
          else location.reload();
        };
        const later = document.createElement('button');
        later.className = 'button';
        later.textContent = 'Not now';
        later.onclick = () => box.remove();
        document.body.append(box);
        // Filled once it is in the page, so screen readers announce it.
        setTimeout(() => box.append('A new version of this guide is ready. ', reload, later), 100);
      };
      const watch = () =>
        reg.installing?.addEventListener('statechange', function (this: ServiceWorker) {
          if (this.state === 'installed') offer();
        });
      offer();
      watch();
      reg.addEventListener('updatefound', watch);
    },
    () => {},
  );
});
