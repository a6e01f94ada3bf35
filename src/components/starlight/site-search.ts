/**
 * <site-search>: opens Starlight's search dialog by button or Ctrl/Cmd+K and
 * loads the search UI (./search-ui.ts: Pagefind UI and its styles) only when
 * a reader is about to search: hover, focus or touch on the button starts the
 * download, and opening the dialog waits for it. Follows Starlight 0.42.4's
 * SiteSearch element, which instead loads the UI on idle on every page.
 */
type Loader = () => Promise<unknown>;

class SiteSearch extends HTMLElement {
  #loading: Promise<unknown> | undefined;

  constructor() {
    super();
    const openBtn = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
    const closeBtn = this.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
    const dialog = this.querySelector('dialog')!;
    const dialogFrame = this.querySelector('.dialog-frame')!;
    const mount = this.querySelector<HTMLElement>('#starlight__search');

    const load: Loader = () => {
      if (!mount) return Promise.resolve();
      this.#loading ??= import('./search-ui.ts')
        .then(({ mountSearch }) => mountSearch(mount, this.dataset.translations))
        .catch((err: unknown) => {
          // Let a later attempt retry (e.g. after a dropped connection).
          this.#loading = undefined;
          throw err;
        });
      return this.#loading;
    };
    const focusInput = () => {
      if (dialog.open) this.querySelector('input')?.focus();
    };

    /** Close the modal if a user clicks on a link or outside of the modal. */
    const onClick = (event: MouseEvent) => {
      const isLink = 'href' in (event.target || {});
      if (isLink || (document.body.contains(event.target as Node) && !dialogFrame.contains(event.target as Node))) {
        closeModal();
      }
    };

    const openModal = (event?: MouseEvent) => {
      dialog.showModal();
      document.body.toggleAttribute('data-search-modal-open', true);
      focusInput();
      load().then(focusInput, () => {});
      event?.stopPropagation();
      window.addEventListener('click', onClick);
    };

    const closeModal = () => dialog.close();

    const prefetch = () => void load().catch(() => {});
    for (const type of ['pointerenter', 'focus', 'touchstart']) openBtn.addEventListener(type, prefetch, { once: true, passive: true });
    openBtn.addEventListener('click', openModal);
    openBtn.disabled = false;
    closeBtn.addEventListener('click', closeModal);

    dialog.addEventListener('close', () => {
      document.body.toggleAttribute('data-search-modal-open', false);
      window.removeEventListener('click', onClick);
    });

    // Listen for `ctrl + k` and `cmd + k` keyboard shortcuts.
    window.addEventListener('keydown', (e) => {
      if ((e.metaKey === true || e.ctrlKey === true) && e.key === 'k') {
        if (dialog.open) closeModal();
        else openModal();
        e.preventDefault();
      }
    });
  }
}

customElements.define('site-search', SiteSearch);
