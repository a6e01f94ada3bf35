/**
 * Asks before a destructive action, in a modal <dialog> (focus moves into it,
 * Escape cancels). Resolves true only when the reader confirms. Text only.
 */
import { el } from './dom.ts';

export function confirmAction(question: string, detail: string, confirmLabel: string): Promise<boolean> {
  const yes = el('button', { type: 'button', class: 'button', value: 'yes' }, confirmLabel);
  const no = el('button', { type: 'button', class: 'button', value: 'no', autofocus: true }, 'Cancel');
  const dialog = el(
    'dialog',
    { class: 'confirm', 'aria-labelledby': 'confirm-q', 'aria-describedby': 'confirm-d' },
    el('p', { id: 'confirm-q', class: 'confirm-q' }, question),
    el('p', { id: 'confirm-d' }, detail),
    el('div', { class: 'confirm-actions' }, no, yes),
  );
  document.body.append(dialog);
  return new Promise((resolve) => {
    let answer = false;
    yes.addEventListener('click', () => {
      answer = true;
      dialog.close();
    });
    no.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(answer);
    });
    dialog.showModal();
  });
}
