/**
 * "Copy link" for a tool's shareable state: copies the page's address (state
 * in the fragment, never sent to a server) and says so beside the button.
 * Where the browser refuses the clipboard (an intranet over plain http, a
 * locked-down browser), the link is shown selected so the reader can copy it.
 */
export function wireCopyLink(button: HTMLButtonElement, status: HTMLElement, url: () => string, fallback?: HTMLInputElement): void {
  button.addEventListener('click', async () => {
    const link = url();
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      status.textContent = 'Link copied. Whoever opens it sees these answers; nothing is stored on a server.';
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
