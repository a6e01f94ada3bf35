/**
 * Every tool of the guide, once. The sidebar, the home page's cards, the
 * sections an organisation may hide, the routes, the bench, the size budgets
 * and the browser tests all read this list; a tool's own files live in
 * src/tools/<id>/ (page, island, styles). Adding a tool is a folder and one
 * entry here. Plain data: imported by the Astro config, pages, scripts and tests.
 */

/** gzip bytes a browser fetches on load and idle (JS includes inline scripts). */
export interface Budget {
  html: number;
  css: number;
  js: number;
  total: number;
}

/** How the CSP check uses a page, so that every script on it runs. */
export interface Exercise {
  /** The page to load, with any query or fragment that brings its state. */
  path: string;
  /** A selector that exists once the island has run. */
  ready?: string;
  /** Text typed into the field with this accessible label. */
  fill?: { label: string; text: string };
}

export interface Tool {
  /** The folder under src/tools/ and the key an organisation names in `hide`. */
  id: string;
  /** Sidebar and card title. */
  label: string;
  /** The home page's card text. */
  description: string;
  /** Where the tool's page lives, e.g. "/roles/". */
  route: string;
  /** More routes the tool builds (pattern → file in its folder), e.g. one page per role. */
  subRoutes?: Readonly<Record<string, string>>;
  /** The page type measured by the bench and held to its budget, and the path measured. */
  pageType: string;
  measure: string;
  budget: Budget;
  /** A page of the tool's sub-routes, measured and budgeted as its own page type. */
  subPage?: { pageType: string; measure: string; budget: Budget };
  exercise: Exercise;
}

export const TOOLS = [
  {
    id: 'roles',
    label: 'Role-ladder explorer',
    description: 'The path from coordinator to portfolio manager, with entry routes, side doors, and any two roles compared skill by skill.',
    route: '/roles/',
    subRoutes: { '/roles/[id]': 'role-page.astro', '/roles/skill-notes.json': 'skill-notes.json.ts', '/roles/profiles.json': 'profiles.json.ts' },
    pageType: 'explorer',
    measure: 'roles/',
    // The whole page, offline reading's 1,000 bytes included, within 45 KiB (46,080 bytes) on load + idle.
    budget: { html: 23200, css: 11200, js: 12100, total: 45080 },
    subPage: { pageType: 'role', measure: 'roles/project-manager/', budget: { html: 13200, css: 11200, js: 9600, total: 33800 } },
    exercise: { path: 'roles/?role=pmo-lead&compare=project-manager', ready: '[data-ladder-map] a[data-role][aria-current="true"]' },
  },
  {
    id: 'certifications',
    label: 'Certification chooser',
    description: 'Tell it where you are; it ranks credentials, explains why, and checks your eligibility against sourced prerequisites.',
    route: '/certifications/',
    subRoutes: { '/certifications/[id]': 'credential-page.astro' },
    pageType: 'chooser',
    measure: 'certifications/',
    budget: { html: 23400, css: 12600, js: 27600, total: 63500 },
    subPage: { pageType: 'credential', measure: 'certifications/pmi-pmp/', budget: { html: 11300, css: 11200, js: 9600, total: 31900 } },
    exercise: { path: 'certifications/?lead=30', ready: '[data-picks] > li' },
  },
  {
    id: 'self-assessment',
    label: 'Skills self-assessment',
    description: 'Rate yourself on the ladder’s eleven skills; see the closest role, the gap to the next, and what to grow first.',
    route: '/tools/self-assessment/',
    pageType: 'assessment',
    measure: 'tools/self-assessment/',
    budget: { html: 14700, css: 12600, js: 28900, total: 56200 },
    exercise: { path: 'tools/self-assessment/?r=33333333333', ready: '[data-results]' },
  },
  {
    id: 'career-plan',
    label: 'Career plan',
    description: 'Turn the gap into short-, mid- and long-term goals you can edit, print on one page, or download.',
    route: '/tools/career-plan/',
    subRoutes: { '/tools/career-plan/renewals.json': 'renewals.json.ts' },
    pageType: 'plan',
    measure: 'tools/career-plan/',
    budget: { html: 11700, css: 12600, js: 23900, total: 48100 },
    exercise: { path: 'tools/career-plan/' },
  },
  {
    id: 'one-to-one',
    label: 'One-to-one pack',
    description: 'One printable page for a career conversation: your rung and the next, each gap with both ratings and your evidence, your plan.',
    route: '/tools/one-to-one/',
    pageType: 'pack',
    measure: 'tools/one-to-one/',
    budget: { html: 10400, css: 12600, js: 29100, total: 52100 },
    exercise: { path: 'tools/one-to-one/', ready: 'one-to-one-pack[data-ready]' },
  },
  {
    id: 'team',
    label: 'Team view',
    description:
      'For managers: load your reports’ self-assessment files and see the team’s spread per skill, its rungs and the gaps most of them share. Nothing is uploaded.',
    route: '/tools/team/',
    pageType: 'team',
    measure: 'tools/team/',
    budget: { html: 8700, css: 12600, js: 29300, total: 50600 },
    exercise: { path: 'tools/team/', ready: 'team-view[data-ready]' },
  },
  {
    id: 'templates',
    label: 'Templates',
    description: 'Project charter, status report, RAID log, stakeholder map and communication plan, as Markdown and CSV.',
    route: '/tools/templates/',
    pageType: 'templates',
    measure: 'tools/templates/',
    budget: { html: 18300, css: 12600, js: 9000, total: 39900 },
    exercise: { path: 'tools/templates/' },
  },
  {
    id: 'glossary',
    label: 'Glossary',
    description: 'Every term the guide uses, in plain English: filter it, link to any entry, or hover a marked term in a chapter to preview it.',
    route: '/glossary/',
    subRoutes: { '/glossary/[id]': 'term-page.astro' },
    pageType: 'glossary',
    measure: 'glossary/',
    budget: { html: 54100, css: 12600, js: 9300, total: 75900 },
    subPage: { pageType: 'term', measure: 'glossary/raid-log/', budget: { html: 9200, css: 11200, js: 9000, total: 29300 } },
    exercise: { path: 'glossary/', fill: { label: 'Filter terms', text: 'risk' } },
  },
] as const satisfies readonly Tool[];

export type ToolId = (typeof TOOLS)[number]['id'];

/** Sections an organisation may hide: every tool, and the printable whole guide. */
export const HIDEABLE_SECTIONS = [...TOOLS.map((t) => t.id), 'whole-guide'] as unknown as readonly [ToolId | 'whole-guide', ...Array<ToolId | 'whole-guide'>];
export type HideableSection = ToolId | 'whole-guide';

/** Pages that are not tools, measured and budgeted all the same. */
export const OTHER_PAGE_TYPES: ReadonlyArray<{ pageType: string; measure: string; budget: Budget }> = [
  { pageType: 'home', measure: '', budget: { html: 8300, css: 11200, js: 7200, total: 26600 } },
  { pageType: 'chapter', measure: 'guide/the-role/', budget: { html: 18800, css: 11200, js: 9700, total: 39500 } },
];

/**
 * What offline reading adds to every page, in gzip bytes as the budget test
 * measures them: the inline script that registers the worker and shows the
 * update notice (counted in the HTML and again as JS), the web app manifest
 * link, the script's CSP hash, and the notice's CSS. Kept apart so the
 * budgets above still say what each page's own content costs.
 */
export const OFFLINE_ON_EVERY_PAGE: Budget = { html: 500, css: 100, js: 400, total: 1000 };

const withOffline = (b: Budget): Budget => ({
  html: b.html + OFFLINE_ON_EVERY_PAGE.html,
  css: b.css + OFFLINE_ON_EVERY_PAGE.css,
  js: b.js + OFFLINE_ON_EVERY_PAGE.js,
  total: b.total + OFFLINE_ON_EVERY_PAGE.total,
});

/** Every measured page type with its path and budget (offline reading's share included): the bench and the budget test read this. */
export function pageTypes(): Array<{ pageType: string; measure: string; budget: Budget }> {
  return [
    ...OTHER_PAGE_TYPES,
    ...TOOLS.flatMap((t: Tool) => [{ pageType: t.pageType, measure: t.measure, budget: t.budget }, ...(t.subPage ? [t.subPage] : [])]),
  ].map((p) => ({ ...p, budget: withOffline(p.budget) }));
}

/** The routes the tools add (pattern → entrypoint from the project root), for the Astro config. */
export function toolRoutes(): Array<{ pattern: string; entrypoint: string }> {
  return TOOLS.flatMap((t: Tool) => [
    { pattern: t.route.replace(/\/$/, ''), entrypoint: `./src/tools/${t.id}/page.astro` },
    ...Object.entries(t.subRoutes ?? {}).map(([pattern, file]) => ({ pattern, entrypoint: `./src/tools/${t.id}/${file}` })),
  ]);
}
