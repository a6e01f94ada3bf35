/**
 * Turns the guide configuration into Starlight settings: sidebar (with hidden
 * sections left out and the organisation's own pages as a group), logo, edit
 * links and the accent colour. Pure.
 */
import type { GuideConfig, HideableSection } from './schema.ts';
import { GUIDE_PARTS } from './parts.ts';
import { TOOLS } from '../tools/registry.ts';

type SidebarItem = { label: string; link: string } | { slug: string } | { autogenerate: { directory: string } };

/** The sidebar; `orgPageIds` are the overlay's pages in order (src/config/org.ts), listed first under `orgPages.label`. */
export function sidebarFor(config: GuideConfig, orgPageIds: readonly string[] = []) {
  const shown = (s: HideableSection) => !config.hide.includes(s);
  const groups: Array<{ label: string; items: SidebarItem[] }> = [];
  if (config.orgPages && orgPageIds.length > 0) groups.push({ label: config.orgPages.label, items: orgPageIds.map((slug) => ({ slug })) });
  for (const part of GUIDE_PARTS) groups.push({ label: part.label, items: part.chapters.map((c) => ({ slug: `guide/${c}` })) });
  if (shown('whole-guide')) groups.at(-1)!.items.push({ label: 'The whole guide (to print)', link: '/whole-guide/' });
  const tools = visibleTools(config).map(({ label, route }) => ({ label, link: route }));
  if (tools.length > 0) groups.push({ label: 'Tools', items: tools });
  groups.push({ label: 'About this guide', items: [{ autogenerate: { directory: 'about' } }] });
  return groups;
}

/** The tools the home page lists (hidden sections left out). */
export function visibleTools(config: GuideConfig) {
  return TOOLS.filter((t) => !config.hide.includes(t.id));
}

export function logoFor(config: GuideConfig) {
  return config.logo.dark ? { light: config.logo.light, dark: config.logo.dark, alt: config.logo.alt } : { src: config.logo.light, alt: config.logo.alt };
}

/** CSS for the accent colour in both themes ("" when the default palette is kept). */
export function accentCss(config: GuideConfig): string {
  if (!config.palette) return '';
  const { light, dark } = config.palette;
  return (
    `:root{--sl-color-accent-low:${dark.low};--sl-color-accent:${dark.accent};--sl-color-accent-high:${dark.high};}` +
    `:root[data-theme='light']{--sl-color-accent-low:${light.low};--sl-color-accent:${light.accent};--sl-color-accent-high:${light.high};}`
  );
}
