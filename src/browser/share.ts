/**
 * "Copy link" for a tool's shareable state: copies the page's address (state
 * in the fragment, never sent to a server) and says so beside the button.
 * Where the browser refuses the clipboard (an intranet over plain http, a
 * locked-down browser), the link is shown selected so the reader can copy it.
 * `url` returns null when there is nothing to share yet.
 */
export interface CopyLink {
  button: HTMLButtonElement;
  /** Where the confirmation (or the reason nothing was copied) is said. */
  status: HTMLElement;
  /** The link to copy, or null when there is nothing to share yet. */
  url: () => string | null;
  /** Shown selected when the browser refuses the clipboard. */
  fallback?: HTMLInputElement | null;
  /** The confirmation, written for what the link shows. */
  copied: string | (() => string);
  nothingYet?: string;
}

export function wireCopyLink({ button, status, url, fallback, copied, nothingYet = 'There is nothing to share yet.' }: CopyLink): void {
  button.addEventListener('click', async () => {
    const link = url();
    if (link === null) {
      status.textContent = nothingYet;
      return;
    }
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      status.textContent = typeof copied === 'function' ? copied() : copied;
    } catch {
      if (fallback) {
        fallback.hidden = false;
        fallback.value = link;
        fallback.focus();
        fallback.select();
        status.textContent = 'This browser would not copy the link: it is selected above, so press Ctrl+C (or Cmd+C) to copy it.';
      } else {
        status.textContent = 'This browser would not copy the link: copy it from the address bar instead.';
      }
    }
  });
}
