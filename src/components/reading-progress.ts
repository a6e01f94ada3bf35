/**
 * <reading-progress>: marks a chapter as read and shows how many are, from
 * the store's "reading" record (src/lib/reading.ts). Other tabs' changes
 * appear at once. Small on purpose: every chapter page loads it.
 */
import { READING, readCount, setRead } from '../lib/reading.ts';
import { onExternalChange, read, write } from '../browser/storage.ts';

class ReadingProgress extends HTMLElement {
  connectedCallback() {
    const box = this.querySelector<HTMLInputElement>('[data-read]');
    const show = (problem = '') => {
      const loaded = read(READING);
      const r = loaded.status === 'ok' ? loaded.data : READING.empty();
      const { chapter = '', chapters = '', mode } = this.dataset;
      const all = chapters.split(' ').filter(Boolean);
      if (box) {
        box.checked = r.read.includes(chapter);
        box.disabled = 'message' in loaded; // a newer or unreadable record is kept as it is
      }
      this.querySelector('[data-count]')!.textContent =
        problem ||
        ('message' in loaded ? `Your saved progress is kept as it is: ${loaded.message}` : '') ||
        `${readCount(r, all)} of ${all.length} chapters read.${box ? ' Your progress stays in this browser; no account needed.' : ''}`;
      // In the sidebar, tick the chapters that are read.
      if (mode === 'summary') {
        for (const a of this.closest('.sidebar-content')?.querySelectorAll('a') ?? []) {
          const c = all.find((id) => a.pathname.endsWith(`/${id}/`));
          if (c) a.toggleAttribute('data-read', r.read.includes(c));
        }
      }
    };
    box?.addEventListener('change', () => {
      const saved = write(READING, (r) => setRead(r, this.dataset.chapter ?? '', box.checked));
      show(saved.ok ? '' : `Not saved: ${saved.message}`);
      document.dispatchEvent(new Event('reading-change')); // the sidebar's count on this page
    });
    onExternalChange(READING, () => show());
    document.addEventListener('reading-change', () => box || show());
    show();
    this.dataset.ready = '';
  }
}

if (!customElements.get('reading-progress')) customElements.define('reading-progress', ReadingProgress);
