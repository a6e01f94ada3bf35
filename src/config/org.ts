/**
 * The organisation overlay: everything an organisation adds lives in one
 * folder outside the guide's own tree, so pulling a new version of the guide
 * never conflicts with it.
 *
 *   org/                        (or the folder named by GUIDE_ORG_DIR)
 *     guide.config.ts           name, title, logo, favicon, colour, base path, home hero, …
 *     pages/*.mdx               its own pages, published under /org/<file name>/
 *     branding/…                logo and favicon (paths in the config are relative to this folder)
 *     grades.yaml               its grades mapped onto the guide's ladder     (src/schemas/org.ts)
 *     certification-policy.yaml funded / preferred / not supported credentials (src/schemas/org.ts)
 *
 * Every file is optional. Without an overlay the guide builds as the public
 * site. Everything is validated here, when astro.config.ts loads, and every
 * error names the file and the field.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { parseGuideConfig, type GuideConfig } from './schema.ts';
import { certificationPolicyFileSchema, gradesFileSchema } from '../schemas/org.ts';
import type { CertificationPolicyData, OrgGradesData } from '../lib/org/types.ts';
import { fieldPath, formatIssues, type Issue } from '../lib/issues.ts';

/** Where the guide keeps its own pages; an overlay's pages never go here. */
export const DOCS_DIR = 'src/content/docs';
/** The URL segment (and docs id prefix) of the organisation's pages. */
export const ORG_SEGMENT = 'org';
/** The Pagefind metadata field that carries the organisation's name on its own pages (weighted in astro.config.ts). */
export const ORG_META = 'organisation';
/** How much a match in that field adds (Pagefind's page title has 5). */
export const ORG_META_WEIGHT = 10;

export interface OrgPage {
  /** Docs collection id, e.g. "org/career-levels" (published at /org/career-levels/). */
  id: string;
  /** Path from the project root, e.g. "org/pages/career-levels.mdx". */
  file: string;
  title: string;
  description: string | null;
  order: number | null;
}

export interface OrgOverlay {
  /** Absolute path of the overlay folder, or null when there is none. */
  dir: string | null;
  /** The config file used, from the project root. */
  configFile: string;
  config: GuideConfig;
  pages: OrgPage[];
  grades: OrgGradesData | null;
  certificationPolicy: CertificationPolicyData | null;
  /** The favicon to publish, or null to keep the guide's own public/favicon.svg. */
  favicon: { source: string; href: string; type: string } | null;
}

const posix = (p: string) => p.split(sep).join('/');
/** A path as shown in messages: from the project root, or absolute when outside it. */
const fromRoot = (root: string, abs: string) => {
  const rel = posix(relative(root, abs));
  return rel.startsWith('../') || isAbsolute(rel) ? abs : rel || '.';
};

/** The overlay folder: GUIDE_ORG_DIR if set (it must exist), else ./org when present, else none. */
export function resolveOrgDir(root: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const named = env.GUIDE_ORG_DIR?.trim();
  if (named) {
    const dir = resolve(root, named);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      throw new Error(`GUIDE_ORG_DIR=${named}: no such folder (${dir}). Create it or unset GUIDE_ORG_DIR to build the public guide.`);
    }
    return dir;
  }
  const dflt = resolve(root, ORG_SEGMENT);
  return existsSync(dflt) && statSync(dflt).isDirectory() ? dflt : null;
}

/** The folder of the overlay's pages, if it has one. */
export function orgPagesDir(root: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const dir = resolveOrgDir(root, env);
  const pages = dir && join(dir, 'pages');
  return pages && existsSync(pages) ? pages : null;
}

const listIssues = (file: string, issues: ReadonlyArray<Issue>) => formatIssues(file, issues).map((line) => `  - ${line}`);

function readYaml(abs: string, name: string): unknown {
  try {
    return parse(readFileSync(abs, 'utf8')) ?? {};
  } catch (err) {
    throw new Error(`Invalid organisation overlay:\n  - ${name}: not valid YAML: ${(err as Error).message}`, { cause: err });
  }
}

/** The guide's roles that have a profile (field "profile" in their YAML file): the only ones a grade may adjust. */
function rolesWithProfiles(root: string): Set<string> {
  const dir = join(root, 'src/content/roles');
  return new Set(
    readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .filter((f) => {
        try {
          const data = parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown> | null;
          return Boolean(data && typeof data === 'object' && data.profile);
        } catch {
          return false;
        }
      })
      .map((f) => f.replace(/\.ya?ml$/, '')),
  );
}

/** Ids of a content folder's entries (their file names), for cross-checks. */
function contentIds(root: string, folder: string): Set<string> {
  return new Set(
    readdirSync(join(root, folder))
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => f.replace(/\.ya?ml$/, '')),
  );
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

function readPages(root: string, pagesDir: string, problems: string[]): OrgPage[] {
  const pages: OrgPage[] = [];
  for (const f of readdirSync(pagesDir).sort()) {
    const abs = join(pagesDir, f);
    const name = fromRoot(root, abs);
    if (statSync(abs).isDirectory()) {
      problems.push(`  - ${name}: folders are not supported in pages/; keep every page directly in ${fromRoot(root, pagesDir)}/`);
      continue;
    }
    if (f.startsWith('_') || f.startsWith('.')) continue;
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*\.mdx?$/.test(f)) {
      problems.push(`  - ${name}: page file names must be lower case words joined by hyphens, ending .mdx or .md (e.g. "career-levels.mdx")`);
      continue;
    }
    const fm = FRONTMATTER.exec(readFileSync(abs, 'utf8'));
    let data: Record<string, unknown>;
    try {
      data = (fm ? parse(fm[1]!) : {}) ?? {};
    } catch (err) {
      problems.push(`  - ${name}: the frontmatter is not valid YAML: ${(err as Error).message}`);
      continue;
    }
    if (typeof data.title !== 'string' || !data.title.trim()) {
      problems.push(`  - ${name}: field "title" is missing; every page needs a title (and a description) in its frontmatter`);
      continue;
    }
    const sidebar = (data.sidebar ?? {}) as Record<string, unknown>;
    pages.push({
      id: `${ORG_SEGMENT}/${f.replace(/\.mdx?$/, '')}`,
      file: name,
      title: data.title.trim(),
      description: typeof data.description === 'string' ? data.description.trim() : null,
      order: typeof sidebar.order === 'number' ? sidebar.order : null,
    });
  }
  // The order of the sidebar group and the home page: `sidebar.order` first, then file name.
  return pages.sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.id.localeCompare(b.id));
}

const FAVICON_TYPES: Record<string, string> = { '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon' };

/**
 * Loads and validates the overlay (or the public defaults). The config file is
 * GUIDE_CONFIG if set, else the overlay's guide.config.ts, else ./guide.config.ts.
 * SITE_BASE and SITE_URL in the environment override `base` and `site`.
 */
export async function loadOrgOverlay(root: string, env: NodeJS.ProcessEnv = process.env): Promise<OrgOverlay> {
  const dir = resolveOrgDir(root, env);
  const configAbs = env.GUIDE_CONFIG
    ? resolve(root, env.GUIDE_CONFIG)
    : dir && existsSync(join(dir, 'guide.config.ts'))
      ? join(dir, 'guide.config.ts')
      : resolve(root, 'guide.config.ts');
  const configFile = fromRoot(root, configAbs);
  let raw: Record<string, unknown>;
  try {
    raw = { ...((await import(/* @vite-ignore */ pathToFileURL(configAbs).href)).default as object) };
  } catch (err) {
    throw new Error(`Could not load the guide configuration ${configFile}: ${(err as Error).message}`, { cause: err });
  }
  if (env.SITE_BASE) raw.base = env.SITE_BASE;
  if (env.SITE_URL) raw.site = env.SITE_URL;
  const parsed = parseGuideConfig(raw, configFile);
  const problems: string[] = [];

  // Paths in the config are relative to its folder; Starlight wants them from the project root.
  const configDir = dirname(configAbs);
  const asset = (p: string, field: string): string => {
    const abs = resolve(configDir, p);
    if (!existsSync(abs)) problems.push(`  - ${configFile}: field "${field}" names ${p}, which does not exist (${fromRoot(root, abs)})`);
    const rel = fromRoot(root, abs);
    return isAbsolute(rel) ? abs : `./${rel}`;
  };
  const logoGiven = raw.logo !== undefined;
  const config: GuideConfig = {
    ...parsed,
    logo: logoGiven
      ? {
          ...parsed.logo,
          light: asset(parsed.logo.light, 'logo.light'),
          ...(parsed.logo.dark ? { dark: asset(parsed.logo.dark, 'logo.dark') } : {}),
        }
      : parsed.logo,
  };

  let favicon: OrgOverlay['favicon'] = null;
  if (config.favicon) {
    const abs = resolve(configDir, config.favicon);
    if (!existsSync(abs)) {
      problems.push(`  - ${configFile}: field "favicon" names ${config.favicon}, which does not exist (${fromRoot(root, abs)})`);
    } else {
      const ext = extname(abs).toLowerCase();
      const hash = createHash('sha256').update(readFileSync(abs)).digest('hex').slice(0, 10);
      favicon = { source: abs, href: `/favicon.${hash}${ext}`, type: FAVICON_TYPES[ext]! };
    }
  }

  // The guide's own tree must not hold organisation pages any more (0.1 kept them in src/content/docs/org/).
  const legacy = join(root, DOCS_DIR, ORG_SEGMENT);
  if (existsSync(legacy)) {
    problems.push(
      `  - ${DOCS_DIR}/${ORG_SEGMENT}/: organisation pages now live in the overlay folder (${dir ? fromRoot(root, dir) : ORG_SEGMENT}/pages/), outside the guide's own files; move them there`,
    );
  }

  const pagesDir = dir && existsSync(join(dir, 'pages')) ? join(dir, 'pages') : null;
  const pages = pagesDir ? readPages(root, pagesDir, problems) : [];
  if (pages.length > 0 && !config.orgPages) {
    problems.push(
      `  - ${configFile}: field "orgPages" is not set, but ${fromRoot(root, pagesDir!)}/ has ${pages.length} page(s); set orgPages: { label: 'At Example Corp' } to title their sidebar group`,
    );
  }
  if (config.orgPages && pages.length === 0) {
    problems.push(`  - ${configFile}: field "orgPages" is set, but there are no pages: put .mdx files in ${dir ? fromRoot(root, dir) : ORG_SEGMENT}/pages/`);
  }

  const needsName = (file: string) => {
    if (!config.organisation)
      problems.push(`  - ${configFile}: field "organisation" must be set when the overlay has ${file} (its sentences name the organisation)`);
  };

  let grades: OrgGradesData | null = null;
  const gradesAbs = dir && join(dir, 'grades.yaml');
  if (gradesAbs && existsSync(gradesAbs)) {
    const name = fromRoot(root, gradesAbs);
    const result = gradesFileSchema.safeParse(readYaml(gradesAbs, name));
    if (!result.success) problems.push(...listIssues(name, result.error.issues));
    else {
      needsName('grades.yaml');
      const roles = contentIds(root, 'src/content/roles');
      const profiled = rolesWithProfiles(root);
      result.data.grades.forEach((g, i) => {
        if (!roles.has(g.role)) {
          problems.push(
            `  - ${name}: field "${fieldPath(['grades', i, 'role'])}" is "${g.role}", which is not a role of the guide (one of: ${[...roles].sort().join(', ')})`,
          );
        } else if (g.profile && !profiled.has(g.role)) {
          problems.push(
            `  - ${name}: field "${fieldPath(['grades', i, 'profile'])}" adjusts the profile of "${g.role}", which has none in the guide; profiles exist for ${[...profiled].sort().join(', ')}`,
          );
        }
      });
      grades = { organisation: config.organisation ?? '', label: result.data.label, grades: result.data.grades };
    }
  }

  let certificationPolicy: CertificationPolicyData | null = null;
  const policyAbs = dir && join(dir, 'certification-policy.yaml');
  if (policyAbs && existsSync(policyAbs)) {
    const name = fromRoot(root, policyAbs);
    const result = certificationPolicyFileSchema.safeParse(readYaml(policyAbs, name));
    if (!result.success) problems.push(...listIssues(name, result.error.issues));
    else {
      needsName('certification-policy.yaml');
      const certs = contentIds(root, 'src/content/certifications');
      for (const id of Object.keys(result.data.credentials)) {
        if (!certs.has(id)) {
          problems.push(`  - ${name}: field "credentials.${id}" is not a credential of the guide (one of: ${[...certs].sort().join(', ')})`);
        }
      }
      certificationPolicy = {
        organisation: config.organisation ?? '',
        budget: result.data.budget ?? null,
        ranking: result.data.ranking,
        credentials: result.data.credentials,
      };
    }
  }

  for (const f of dir ? readdirSync(dir) : []) {
    if (/\.(ya?ml|json)$/.test(f) && !['grades.yaml', 'certification-policy.yaml'].includes(f)) {
      problems.push(`  - ${fromRoot(root, join(dir!, f))}: not a file the overlay reads (expected grades.yaml or certification-policy.yaml)`);
    }
  }

  if (problems.length > 0) throw new Error(`Invalid organisation overlay:\n${problems.join('\n')}`);
  return { dir, configFile, config, pages, grades, certificationPolicy, favicon };
}
