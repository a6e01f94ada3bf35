/**
 * <offline-controls> (src/components/OfflineControls.astro): asks the offline
 * worker (src/offline/sw.ts) what this browser holds, and drives "Save the
 * whole guide for offline reading" (size first, then progress) and "Remove
 * offline copy". Lists the pages saved on this device, by section. When the
 * worker shows this page in place of a page that was never saved, says so
 * first. Never touches localStorage (the reader's own data).
 */
import { el } from '../browser/dom.ts';
import { groupOf } from '../lib/offline/manifest.ts';
import { formatBytes } from '../lib/offline/policy.ts';
import type { OfflineMessage, OfflineStatus } from '../offline/sw.ts';

type Reply = (msg: OfflineMessage) => void;

/** Resolves with the worker once it is active, or null if it fails to install. */
function activated(worker: ServiceWorker | null): Promise<ServiceWorker | null> {
  return new Promise((resolve) => {
    if (!worker) return resolve(null);
    const check = () => {
      if (worker.state === 'activated') resolve(worker);
      else if (worker.state === 'redundant') resolve(null);
    };
    worker.addEventListener('statechange', check);
    check();
  });
}

class OfflineControls extends HTMLElement {
  #status!: HTMLElement;
  #size!: HTMLElement;
  #save!: HTMLButtonElement;
  #remove!: HTMLButtonElement;
  #progress!: HTMLElement;
  #bar!: HTMLProgressElement;
  #progressText!: HTMLElement;
  #saved!: HTMLElement;
  #busy = false;

  connectedCallback() {
    const q = <T extends Element>(s: string) => this.querySelector<T>(s)!;
    this.#status = q('[data-status]');
    this.#size = q('[data-size]');
    this.#save = q('[data-save]');
    this.#remove = q('[data-remove]');
    this.#progress = q('[data-progress]');
    this.#bar = q('progress');
    this.#progressText = q('[data-progress-text]');
    this.#saved = q('[data-saved]');
    this.#showMissing();
    void this.#start();
  }

  /** Shown in place of a page that is not saved: the address the reader asked for is not this page's. */
  #showMissing() {
    const own = `${this.dataset.base}${this.dataset.page}`;
    let here = location.pathname;
    try {
      here = decodeURI(here);
    } catch {
      // Shown as it is.
    }
    if (here === own || here === own.slice(0, -1)) return;
    this.querySelector('[data-missing-path]')!.textContent = `(${here}${location.search})`;
    this.querySelector<HTMLElement>('[data-missing]')!.hidden = false;
    document.title = `Not saved for offline reading | ${document.title.split(' | ').pop()}`;
  }

  /** The active offline worker; registers it if the page's own script has not yet, and says so when the browser refuses. */
  async #worker(): Promise<ServiceWorker | null> {
    const container = navigator.serviceWorker;
    if (!container) return null;
    const base = this.dataset.base!;
    let reg = await container.getRegistration(base);
    try {
      reg ??= await container.register(`${base}sw.js`, { scope: base });
    } catch {
      reg = undefined;
    }
    // Some embedded browsers and test harnesses answer without a registration.
    if (!reg) {
      this.#say('This browser does not allow sites to keep copies for offline reading (a private window or a setting may prevent it).');
      return null;
    }
    if (reg.waiting && container.controller) {
      this.#say('A new version of the guide is ready: reload the page to use it before saving.');
      return null;
    }
    const worker = reg.active ?? (await activated(reg.installing ?? reg.waiting));
    if (!worker) this.#say('Offline reading could not be prepared. Reload the page to try again when you are online.');
    return worker;
  }

  #ask(type: 'status' | 'save' | 'remove', onMessage: Reply): Promise<boolean> {
    return this.#worker().then((worker) => {
      if (!worker) return false;
      const channel = new MessageChannel();
      channel.port1.onmessage = (e: MessageEvent<OfflineMessage>) => onMessage(e.data);
      worker.postMessage({ type }, [channel.port2]);
      return true;
    });
  }

  async #start() {
    if (!navigator.serviceWorker) {
      this.#say('This browser cannot keep the guide for offline reading (it may be in a private mode that does not allow it).');
      return;
    }
    this.#save.addEventListener('click', () => this.#run('save'));
    this.#remove.addEventListener('click', () => this.#run('remove'));
    await this.#ask('status', (msg) => this.#render(msg));
  }

  #run(type: 'save' | 'remove') {
    this.#busy = true;
    this.#save.disabled = true;
    this.#remove.disabled = true;
    if (type === 'save') {
      this.#progress.hidden = false;
      this.#say('Saving the whole guide…');
    }
    void this.#ask(type, (msg) => this.#render(msg, type)).then((sent) => {
      if (!sent) this.#busy = false;
    });
  }

  #say(text: string) {
    this.#status.textContent = text;
  }

  #render(msg: OfflineMessage, after?: 'save' | 'remove') {
    if (msg.type === 'progress') {
      this.#bar.max = msg.total.bytes;
      this.#bar.value = msg.bytes;
      this.#progressText.textContent = `${formatBytes(msg.bytes)} of ${formatBytes(msg.total.bytes)}, ${msg.files} of ${msg.total.files} files`;
      return;
    }
    this.#busy = false;
    this.#progress.hidden = true;
    if (msg.type === 'error') {
      this.#say(
        after === 'save'
          ? `Saving stopped: ${msg.message}. What was saved so far stays; try again when you are online.`
          : `Something went wrong: ${msg.message}`,
      );
      this.#save.disabled = false;
      this.#remove.disabled = false;
      void this.#ask('status', (m) => m.type === 'status' && this.#list(m));
      return;
    }
    this.#show(msg, after);
  }

  #show(s: OfflineStatus, after?: 'save' | 'remove') {
    const pages = s.pages.length;
    const left = { files: s.total.files - s.have.files, bytes: s.total.bytes - s.have.bytes };
    const download = Math.round(s.total.gzipBytes * (left.bytes / Math.max(1, s.total.bytes)));
    if (s.saved) {
      this.#say(
        `${after === 'save' ? 'Saved. ' : ''}The whole guide is saved on this device (${formatBytes(s.total.bytes)}): every page and search work without a connection.`,
      );
      this.#size.textContent = 'Updates to the guide are fetched in the background and replace this copy when you reload.';
    } else {
      this.#say(
        after === 'remove'
          ? 'The offline copy is removed. Pages you open from now on are kept again for offline reading. Your own data in the tools is untouched.'
          : pages === 0
            ? 'No pages are saved on this device yet. Pages you open from now on are kept for reading offline.'
            : `${pages} ${pages === 1 ? 'page you opened is' : 'pages you opened are'} saved on this device. The whole guide is not.`,
      );
      this.#size.textContent =
        `The whole guide, with search and the templates, takes ${formatBytes(s.total.bytes)} on this device ` +
        `(${s.total.files} files). Saving it now downloads ${formatBytes(left.bytes)}, about ${formatBytes(download)} where the server compresses files.`;
    }
    this.#save.disabled = this.#busy || s.saved || s.saving;
    this.#remove.disabled = this.#busy || (pages === 0 && !s.saved);
    this.#list(s);
  }

  #list(s: OfflineStatus) {
    const base = this.dataset.base!;
    const groups = new Map<string, OfflineStatus['pages']>();
    for (const p of s.pages) {
      const g = groupOf(p.path, this.dataset.orgLabel);
      groups.set(g, [...(groups.get(g) ?? []), p]);
    }
    if (groups.size === 0) {
      this.#saved.replaceChildren(el('p', { class: 'small' }, 'None yet.'));
      return;
    }
    this.#saved.replaceChildren(
      ...[...groups].map(([group, list]) =>
        el(
          'details',
          { open: s.pages.length <= 40 || undefined },
          el('summary', {}, `${group} (${list.length})`),
          el('ul', {}, ...list.map((p) => el('li', {}, el('a', { href: `${base}${p.path}` }, p.title)))),
        ),
      ),
    );
  }
}

customElements.define('offline-controls', OfflineControls);
