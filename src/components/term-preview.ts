/**
 * Hover and focus previews for <Term> links (WCAG 1.4.13: the preview can be
 * dismissed with Escape, can be hovered without disappearing, and stays until
 * the pointer or focus leaves). On touch screens, where nothing hovers, the
 * first tap on a term opens its preview instead of leaving the page; the
 * "Read the full entry" link inside it (or a second tap on the term) opens
 * the entry, and a tap anywhere else closes it. Uses the Popover API's top layer, so showing a
 * preview never shifts the page's layout. Text comes from server-rendered
 * markup; nothing is built from strings here.
 */

const HIDE_DELAY_MS = 200;

export function enhanceTermPreviews(root: Document): void {
  if (root.documentElement.dataset.termPreviews === 'on') return;
  root.documentElement.dataset.termPreviews = 'on';

  // byTap: opened by a tap, so the next tap on the same term follows the link.
  let open: { link: HTMLElement; popover: HTMLElement; byTap: boolean } | null = null;
  let hideTimer: number | undefined;
  let lastPointer = '';

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
    open = { link, popover, byTap: false };
  };

  const hideSoon = () => {
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(() => {
      const active = root.activeElement;
      if (open && (open.link.matches(':hover') || open.popover.matches(':hover') || active === open.link || open.popover.contains(active))) return;
      hide();
    }, HIDE_DELAY_MS);
  };

  const termLink = (target: EventTarget | null): HTMLElement | null => (target instanceof Element ? target.closest<HTMLElement>('a[data-term-preview]') : null);

  root.addEventListener('pointerover', (e) => {
    const link = termLink(e.target);
    if (link && (e as PointerEvent).pointerType !== 'touch') show(link);
    else if (open && e.target instanceof Element && open.popover.contains(e.target)) window.clearTimeout(hideTimer);
  });
  root.addEventListener('pointerout', (e) => {
    // A finger lifting off the screen "leaves" the link; that is no reason to close.
    if (!open || (e as PointerEvent).pointerType === 'touch') return;
    const to = (e as PointerEvent).relatedTarget;
    if (to instanceof Node && (open.link.contains(to) || open.popover.contains(to))) return;
    hideSoon();
  });
  root.addEventListener(
    'pointerdown',
    (e) => {
      lastPointer = (e as PointerEvent).pointerType;
      const target = e.target;
      if (open && lastPointer === 'touch' && !(target instanceof Node && (open.link.contains(target) || open.popover.contains(target)))) hide();
    },
    { capture: true },
  );
  root.addEventListener('click', (e) => {
    const link = termLink(e.target);
    if (!link || lastPointer !== 'touch' || !popoverFor(link)) return;
    if (open?.link === link && open.byTap) return; // the second tap opens the entry
    e.preventDefault();
    show(link);
    if (open?.link === link) open.byTap = true;
  });
  root.addEventListener('focusin', (e) => {
    const link = termLink(e.target);
    if (link) show(link);
    // Focus moving into the open preview (a tap on its link) keeps it open.
    else if (!(open && e.target instanceof Node && open.popover.contains(e.target))) hide();
  });
  root.addEventListener('focusout', (e) => {
    if (termLink(e.target)) hideSoon();
  });
  root.addEventListener('keydown', (e) => {
    lastPointer = ''; // Enter on a focused term follows it, whatever was tapped before
    if (e.key === 'Escape' && open) {
      hide();
    }
  });
  window.addEventListener('scroll', () => open && place(open.link, open.popover), { passive: true });
  window.addEventListener('resize', () => open && place(open.link, open.popover));
}
