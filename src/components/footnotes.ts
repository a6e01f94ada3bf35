/**
 * Source markers beside facts ("US$405¹"). Without JavaScript a marker is a
 * link to its entry in the page's "Sources" list, which links back. With it,
 * a click, a tap or Enter opens the same entry in a popover next to the
 * marker: focus moves into it, Escape or a tap elsewhere closes it (the
 * Popover API's light dismiss) and focus returns to the marker. The popover
 * holds a copy of the list entry's nodes; no markup is built from strings.
 */

export function enhanceFootnotes(root: Document): void {
  if (root.documentElement.dataset.footnotes === 'on') return;
  root.documentElement.dataset.footnotes = 'on';

  let popover: HTMLElement | null = null;
  let opener: HTMLElement | null = null;

  const ensurePopover = (): HTMLElement | null => {
    if (popover) return popover;
    const box = root.createElement('div');
    if (typeof box.showPopover !== 'function') return null;
    box.className = 'fn-popover';
    box.setAttribute('popover', 'auto');
    box.setAttribute('role', 'dialog');
    box.tabIndex = -1;
    box.addEventListener('toggle', (e) => {
      if ((e as ToggleEvent).newState !== 'closed') return;
      const back = opener;
      opener = null;
      // Only take focus back when it was inside the note (not when the reader clicked elsewhere).
      if (back && (root.activeElement === box || box.contains(root.activeElement) || root.activeElement === root.body)) back.focus();
    });
    root.body.append(box);
    popover = box;
    return box;
  };

  const place = (marker: HTMLElement, box: HTMLElement) => {
    const r = marker.getBoundingClientRect();
    const width = Math.min(360, window.innerWidth - 16);
    box.style.width = `${width}px`;
    box.style.left = `${Math.max(8, Math.min(r.left - 24, window.innerWidth - width - 8))}px`;
    const height = box.offsetHeight;
    const below = r.bottom + 6;
    box.style.top = below + height > window.innerHeight - 8 && r.top > height + 14 ? `${r.top - height - 6}px` : `${below}px`;
  };

  root.addEventListener('click', (e) => {
    const marker = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('a.fn-ref') : null;
    if (!marker) return;
    const id = decodeURIComponent(marker.hash.slice(1));
    const entry = id ? root.getElementById(id) : null;
    const box = entry ? ensurePopover() : null;
    if (!entry || !box) return; // the link still jumps to the Sources list
    e.preventDefault();
    if (box.matches(':popover-open')) box.hidePopover();
    const title = root.createElement('p');
    title.className = 'fn-popover-title';
    title.textContent = marker.getAttribute('aria-label') ?? 'Source';
    const body = root.createElement('div');
    for (const child of entry.childNodes) {
      if (child instanceof Element && child.classList.contains('source-back')) continue;
      body.append(child.cloneNode(true));
    }
    box.replaceChildren(title, body);
    box.setAttribute('aria-label', title.textContent);
    opener = marker;
    box.showPopover();
    place(marker, box);
    box.focus();
  });
  window.addEventListener('resize', () => popover?.matches(':popover-open') && popover.hidePopover());
}
