/**
 * The way back from a saved record the page cannot read: the record is kept
 * as it is until the reader chooses, and the page where it is used offers
 * "Download it" (the stored text, byte for byte) and "Start afresh" (asks
 * first, keeps the old text for Undo, then writes an empty record). Loaded on
 * demand by the pages that only need it when something is wrong (chapters,
 * the chooser), so they do not carry it otherwise. Text only, no markup.
 */
import { confirmAction } from './confirm.ts';
import { el } from './dom.ts';
import { keepForUndo, undo, download } from './tool-store.ts';
import { rawOf, write } from './storage.ts';
import { RECORDS, type RecordName } from '../lib/records.ts';
import { keyOf, type RecordSpec } from '../lib/store.ts';

export interface Recovery {
  /** What the record holds, for sentences: "your reading progress". */
  what: string;
  /** The name of the downloaded file, without the date and extension. */
  file: string;
  /** Said before the buttons: why the record cannot be used. */
  message: string;
  /** Whether the page may write over it (false for a record in a newer format, which only a newer page may change). */
  canStartAfresh: boolean;
  /** Called after the record was replaced or put back, so the page shows what is stored now. */
  changed?(): void;
}

const today = () => new Date().toISOString().slice(0, 10);

/** Puts the recovery notice at the start of `host` (once), and returns it. */
export function offerRecovery(host: HTMLElement, name: RecordName, r: Recovery): HTMLElement {
  host.querySelector(':scope > .recovery')?.remove();
  const spec = RECORDS[name] as RecordSpec<unknown>;
  const status = el('p', { class: 'recovery-status', role: 'status' });
  const downloadButton = el('button', { type: 'button', class: 'button' }, 'Download it');
  const afresh = el('button', { type: 'button', class: 'button' }, 'Start afresh');
  const undoButton = el('button', { type: 'button', class: 'button', hidden: true }, 'Undo');
  afresh.hidden = !r.canStartAfresh;
  const box = el(
    'div',
    { class: 'notice recovery', role: 'group', 'aria-label': `Saved ${r.what} that cannot be read` },
    el('p', {}, r.message),
    el('div', { class: 'notice-actions' }, downloadButton, afresh, undoButton),
    status,
  );
  downloadButton.addEventListener('click', () => {
    download(`itpm-career-guide-${r.file}-${today()}.json`, 'application/json', rawOf(keyOf(spec)) ?? '');
    status.textContent = `A copy of your saved ${r.what} is in your downloads.`;
  });
  afresh.addEventListener('click', async () => {
    const ok = await confirmAction(
      'Start afresh?',
      `Your saved ${r.what} cannot be read here and is replaced by an empty one. Download a copy first if you may need it. You can undo this until you close the browser.`,
      'Start afresh',
    );
    if (!ok) return;
    keepForUndo(`start your ${r.what} afresh`, [name]);
    const saved = write(spec, () => spec.empty(), true);
    if (!saved.ok) {
      status.textContent = `Could not start afresh: ${saved.message}`;
      return;
    }
    downloadButton.hidden = afresh.hidden = true;
    undoButton.hidden = false;
    status.textContent = `Started afresh. Undo puts your old ${r.what} back.`;
    r.changed?.();
    undoButton.focus();
  });
  undoButton.addEventListener('click', () => {
    if (!undo(name)) {
      status.textContent = 'There is nothing to undo.';
      return;
    }
    undoButton.hidden = true;
    downloadButton.hidden = false;
    afresh.hidden = !r.canStartAfresh;
    status.textContent = `Your old ${r.what} is back, kept as it was.`;
    r.changed?.();
    downloadButton.focus();
  });
  host.prepend(box);
  return box;
}
