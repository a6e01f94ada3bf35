/**
 * The site's page templates, in one place. Pages of one template share their
 * markup and components, so the browser checks (axe, requests, narrow
 * screens, CSP, layout shift) run on ONE representative page per template;
 * what must hold on every page is checked by the build's site pass
 * (build/site/rules.ts). The list is written down here, from the guide's
 * structure (src/config/parts.ts) and the tool registry
 * (src/tools/registry.ts), never derived from the pages it is compared with:
 * tests/e2e/templates.spec.ts fails when a page of a build belongs to no
 * template (a new section needs its template and representative here), when
 * a template has no page, or when a representative is not one of its pages.
 */
import { CHAPTER_SLUGS } from '../../src/config/parts.ts';
import { OTHER_PAGE_TYPES, TOOLS, type Tool } from '../../src/tools/registry.ts';

/** The builds under test: dist/ at /, dist-base/ at /careers/, the example organisation's release at /intranet/pm/. */
export type Build = 'root' | 'subpath' | 'org';
export const BUILDS: readonly Build[] = ['root', 'subpath', 'org'];

export interface Template {
  name: string;
  /** Does this site-relative path ("", "guide/skills/", …) belong to the template? */
  matches: (path: string) => boolean;
  /** The site-relative path of the page that stands for the template (undefined: none named, a coverage problem). */
  representative: string | undefined;
  /** The status the representative answers with. */
  status: number;
  /** False for a page the sitemap never lists (the 404 page). */
  inSitemap: boolean;
  builds: readonly Build[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A registry route pattern ("/roles/[id]") as a matcher of site-relative paths ("roles/pmo-lead/"). */
export function routeMatcher(route: string): (path: string) => boolean {
  const segments = route.replace(/^\/|\/$/g, '').split('/');
  const re = new RegExp(`^${segments.map((s) => (/^\[[^\]]+\]$/.test(s) ? '[^/]+' : escape(s))).join('/')}/$`);
  return (path) => re.test(path);
}

const measured = (pageType: string) => OTHER_PAGE_TYPES.find((t) => t.pageType === pageType)?.measure;

/** Every template of the site. `tools` and `chapters` are parameters for the unit test; the suite uses the real ones. */
export function siteTemplates(tools: readonly Tool[] = TOOLS, chapters: readonly string[] = CHAPTER_SLUGS): Template[] {
  const all = { status: 200, inSitemap: true, builds: BUILDS };
  return [
    { ...all, name: 'home', matches: (p) => p === '', representative: measured('home') },
    { ...all, name: 'chapter', matches: (p) => chapters.some((s) => p === `guide/${s}/`), representative: measured('chapter') },
    { ...all, name: 'whole guide', matches: (p) => p === 'whole-guide/', representative: 'whole-guide/' },
    { ...all, name: 'about page', matches: (p) => /^about\/[^/]+\/$/.test(p), representative: 'about/checking-facts/' },
    { ...all, name: '404', matches: (p) => p === '404/', representative: 'no-such-page/', status: 404, inSitemap: false },
    ...tools.flatMap((tool): Template[] => [
      { ...all, name: `tool ${tool.id}`, matches: routeMatcher(tool.route), representative: tool.measure },
      // Pages only: a data file a tool serves (skill notes, renewal rules) is not a page template.
      ...Object.keys(tool.subRoutes ?? {})
        .filter((route) => !/\.[a-z]+$/.test(route))
        .map((route) => ({
          ...all,
          name: `tool ${tool.id}: ${route}`,
          matches: routeMatcher(route),
          representative: tool.subPage?.measure,
        })),
    ]),
    { ...all, name: 'organisation page', matches: (p) => /^org\/[^/]+\/$/.test(p), representative: 'org/career-levels/', builds: ['org'] },
  ];
}

/** The templates of one build, each with its representative (coverage is checked by templates.spec.ts). */
export function templatesOf(build: Build): Array<Template & { representative: string }> {
  return siteTemplates().filter((t): t is Template & { representative: string } => t.builds.includes(build) && t.representative !== undefined);
}

/** The template a representative stands for, by name (throws on a typo, so a test cannot silently test nothing). */
export function representativeOf(name: string, build: Build = 'root'): string {
  const t = templatesOf(build).find((x) => x.name === name);
  if (!t) throw new Error(`no template "${name}" in the ${build} build`);
  return t.representative;
}

/**
 * Everything wrong between a template list and a build's sitemap: a page in
 * no template or in two, a template without pages, a template without a
 * representative, a representative that is not one of the template's pages
 * or not in the sitemap. Empty when the list covers the build.
 */
export function coverageProblems(templates: readonly Template[], build: Build, paths: readonly string[]): string[] {
  const problems: string[] = [];
  const mine = templates.filter((t) => t.builds.includes(build));
  const listed = new Set(paths);
  for (const path of paths) {
    const hits = mine.filter((t) => t.matches(path));
    if (hits.length === 0) problems.push(`/${path} belongs to no template: add its template and a representative page to tests/e2e/templates.ts`);
    if (hits.length > 1) problems.push(`/${path} belongs to ${hits.length} templates (${hits.map((t) => t.name).join(', ')})`);
  }
  for (const t of mine) {
    if (t.representative === undefined) {
      problems.push(`template "${t.name}" names no representative page (for a tool's sub-pages: its subPage in src/tools/registry.ts)`);
      continue;
    }
    if (!t.inSitemap) continue;
    if (!t.matches(t.representative)) problems.push(`template "${t.name}": its representative /${t.representative} is not one of its pages`);
    else if (!listed.has(t.representative))
      problems.push(`template "${t.name}": its representative /${t.representative} is not in the ${build} build's sitemap`);
    if (!paths.some((p) => t.matches(p))) problems.push(`template "${t.name}" has no page in the ${build} build`);
  }
  return problems;
}
