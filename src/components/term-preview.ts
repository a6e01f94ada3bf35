/**
 * Hover and focus previews for <Term> links (WCAG 1.4.13: the preview can be
 * dismissed with Escape, can be hovered without disappearing, and stays until
 * the pointer or focus leaves). Uses the Popover API's top layer, so showing a
 * preview never shifts the page's layout. Text comes from server-rendered
 * markup; nothing is built from strings here.
 */

const HIDE_DELAY_MS = 200;

export function enhanceTermPreviews(root: Document): void {
  if (root.documentElement.dataset.termPreviews === 'on') return;
  root.documentElement.dataset.termPreviews = 'on';

  let open: { link: HTMLElement; popover: HTMLElement } | null = null;
  let hideTimer: number | undefined;

  const popoverFor = (link: HTMLElement): HTMLElement | null => {
    const id = link.dataset.termPreview;
    const el = id ? root.getElementById(id) : null;
    return el && typeof el.showPopover === 'function' ? el : null;
  };

  const place = (link: HTMLElement, popover: HTMLElement) => {
    const r = link.getBoundingClientRect();
    const width = Math.min(320, window.innerWidth - 16);
    popover.style.width = `${width}px`;
    const left = Math.max(8, Math.min(r.left, window.innerWidth - width - 8));
    popover.style.left = `${left}px`;
    const below = r.bottom + 6;
    const height = popover.offsetHeight;
    popover.style.top = below + height > window.innerHeight - 8 && r.top > height + 14 ? `${r.top - height - 6}px` : `${below}px`;
  };

  const hide = () => {
    window.clearTimeout(hideTimer);
    if (open?.popover.matches(':popover-open')) open.popover.hidePopover();
    open = null;
  };

  const show = (link: HTMLElement) => {
    window.clearTimeout(hideTimer);
    if (open?.link === link) return;
    hide();
    const popover = popoverFor(link);
    if (!popover) return;
    popover.showPopover();
    place(link, popover);
    open = { link, popover };
  };

  const hideSoon = () => {
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(() => {
      const active = root.activeElement;
      if (open && (open.link.matches(':hover') || open.popover.matches(':hover') || active === open.link)) return;
      hide();
    }, HIDE_DELAY_MS);
  };

  const termLink = (target: EventTarget | null): HTMLElement | null =>
    target instanceof Element ? target.closest<HTMLElement>('a[data-term-preview]') : null;

  root.addEventListener('pointerover', (e) => {
    const link = termLink(e.target);
    if (link && (e as PointerEvent).pointerType !== 'touch') show(link);
    else if (open && e.target instanceof Element && open.popover.contains(e.target)) window.clearTimeout(hideTimer);
  });
  root.addEventListener('pointerout', (e) => {
    if (!open) return;
    const to = (e as PointerEvent).relatedTarget;
    if (to instanceof Node && (open.link.contains(to) || open.popover.contains(to))) return;
    hideSoon();
  });
  root.addEventListener('focusin', (e) => {
    const link = termLink(e.target);
    if (link) show(link);
    else hide();
  });
  root.addEventListener('focusout', (e) => {
    if (termLink(e.target)) hideSoon();
  });
  root.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && open) {
      hide();
    }
  });
  window.addEventListener('scroll', () => open && place(open.link, open.popover), { passive: true });
  window.addEventListener('resize', () => open && place(open.link, open.popover));
}
