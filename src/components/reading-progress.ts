/**
 * <reading-progress>: marks a chapter as read and shows how many are, what to
 * read next and the way to the reader's plan, from the store's "reading"
 * record (src/lib/reading.ts). Other tabs' changes appear at once. Small on
 * purpose: every chapter page loads it. A saved record it cannot read is kept
 * as it is; the way to download it or start afresh is loaded only then.
 */
import { PLAN_RECORD, READING, nextUnread, readCount, setRead } from '../lib/reading.ts';
import { KEY_PREFIX } from '../lib/store.ts';
import { onExternalChange, rawOf, read, write } from '../browser/storage.ts';

/** A chapter's title and address, from the links already on the page (the sidebar's, or the home page's list of parts). */
function chapterLink(id: string): HTMLAnchorElement | null {
  const links = document.querySelectorAll<HTMLAnchorElement>('.sidebar-content a[href], .guide-parts a[href]');
  return [...links].find((a) => a.pathname.endsWith(`/${id}/`)) ?? null;
}

class ReadingProgress extends HTMLElement {
  #recovering = false;

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
        ('message' in loaded ? (box ? 'Your saved reading progress cannot be read here.' : 'Saved progress cannot be read.') : '') ||
        `${readCount(r, all)} of ${all.length} chapters read.${box ? ' Your progress stays in this browser; no account needed.' : ''}`;
      if ('message' in loaded && box) void this.#offerRecovery(loaded.message, loaded.status === 'invalid', show);
      if (mode === 'summary') this.#summary(r.read, all);
    };
    box?.addEventListener('change', () => {
      const saved = write(READING, (r) => setRead(r, this.dataset.chapter ?? '', box.checked));
      show(saved.ok ? '' : `Not saved: ${saved.message} Your chapters marked read before are unchanged.`);
      document.dispatchEvent(new Event('reading-change')); // the sidebar's count on this page
    });
    onExternalChange(READING, () => show());
    document.addEventListener('reading-change', () => box || show());
    show();
    this.dataset.ready = '';
  }

  /** The sidebar's ticks, the plan link and "Continue: …". */
  #summary(read: string[], all: string[]) {
    for (const a of this.closest('.sidebar-content')?.querySelectorAll('a') ?? []) {
      const c = all.find((id) => a.pathname.endsWith(`/${id}/`));
      if (c) a.toggleAttribute('data-read', read.includes(c));
    }
    const plan = this.querySelector<HTMLElement>('[data-plan-link]');
    if (plan) plan.dataset.shown = String(rawOf(`${KEY_PREFIX}${PLAN_RECORD}`) !== null);
    const link = this.querySelector<HTMLAnchorElement>('[data-continue]');
    if (!link) return;
    const next = nextUnread({ read }, all);
    const target = next ? chapterLink(next) : null;
    const everything = all.length > 0 && all.every((c) => read.includes(c));
    if (target) {
      link.href = target.href;
      link.querySelector('[data-continue-label]')!.textContent = 'Continue:';
      link.querySelector('[data-continue-title]')!.textContent = target.textContent?.trim() ?? '';
    } else if (everything) {
      link.querySelector('[data-continue-label]')!.textContent = 'Every chapter read. Back to the start:';
    }
  }

  /** Chapter pages only: the notice with "Download it" and "Start afresh", loaded when a record cannot be read. */
  async #offerRecovery(message: string, canStartAfresh: boolean, refresh: () => void) {
    if (this.#recovering) return;
    this.#recovering = true;
    const { offerRecovery } = await import('../browser/record-recovery.ts');
    offerRecovery(this, 'reading', {
      what: 'reading progress',
      file: 'saved-reading-progress',
      message: `Your saved reading progress is kept as it is, because this page cannot read it. ${message}`,
      canStartAfresh,
      changed: () => {
        refresh();
        document.dispatchEvent(new Event('reading-change'));
      },
    });
  }
}

if (!customElements.get('reading-progress')) customElements.define('reading-progress', ReadingProgress);
