/**
 * <reading-progress>: marks a chapter as read and shows how many are, from
 * the store's "reading" record (src/lib/reading.ts). Other tabs' changes
 * appear at once. Small on purpose: every chapter page loads it.
 */
import { READING, readCount, setRead } from '../lib/reading.ts';
import { onExternalChange, read, write } from './store.ts';

class ReadingProgress extends HTMLElement {
  connectedCallback() {
    const box = this.querySelector<HTMLInputElement>('[data-read]');
    const id = this.dataset.chapter ?? '';
    box?.addEventListener('change', () => {
      const saved = write(READING, (r) => setRead(r, id, box.checked));
      this.#show(saved.ok ? '' : `Not saved: ${saved.message}`);
      document.dispatchEvent(new Event('reading-change')); // the sidebar's count on this page
    });
    onExternalChange(READING, () => this.#show());
    if (!box) document.addEventListener('reading-change', () => this.#show());
    this.#show();
    this.hidden = false;
  }

  #show(problem = '') {
    const loaded = read(READING);
    const r = loaded.status === 'ok' ? loaded.data : READING.empty();
    const chapters = (this.dataset.chapters ?? '').split(' ').filter(Boolean);
    const n = readCount(r, chapters);
    const box = this.querySelector<HTMLInputElement>('[data-read]');
    if (box) {
      box.checked = r.read.includes(this.dataset.chapter ?? '');
      box.disabled = loaded.status === 'newer' || loaded.status === 'invalid';
    }
    const locked = 'message' in loaded ? `Your saved progress is kept as it is: ${loaded.message}` : '';
    this.querySelector('[data-count]')!.textContent =
      problem || locked || `${n} of ${chapters.length} chapters read.${box ? ' Your progress stays in this browser; no account needed.' : ''}`;
    // In the sidebar, tick the chapters that are read.
    if (this.dataset.mode === 'summary') {
      for (const a of this.closest('.sidebar-content')?.querySelectorAll<HTMLAnchorElement>('a[href]') ?? []) {
        const chapter = chapters.find((c) => a.pathname.endsWith(`/${c}/`));
        if (chapter) a.toggleAttribute('data-read', r.read.includes(chapter));
      }
    }
  }
}

if (!customElements.get('reading-progress')) customElements.define('reading-progress', ReadingProgress);
