/**
 * Build-time integrity checks that a per-entry schema cannot express:
 * glossary names/aliases unique, related and seeInstead ids exist, every
 * <Term id="…"> in the guide names a real term. Runs when Astro loads its
 * config (build, dev and check), so bad data stops everything with a message
 * naming the file, the term and the field.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { checkGlossaryIntegrity, findTermUses, type TermRecord, type TermUse } from '../../src/lib/glossary.ts';
import { checkReferences, listRefs, type RefRecord } from '../references.ts';
import { checkLadder, type RoleNode } from '../../src/lib/ladder/graph.ts';
import { certificationSchemaFor } from '../../src/schemas/certification.ts';
import { roleSchemaFor } from '../../src/schemas/role.ts';
import { marketFigureSchemaFor } from '../../src/schemas/market.ts';
import { sourcedFactSchemaFor } from '../../src/schemas/sourced-fact.ts';
import { formatIssues } from '../../src/schemas/fact.ts';
import { isoDay } from '../../src/lib/facts/provenance.ts';
import { unconfirmedClaims } from '../../src/lib/facts/claims.ts';
import { analyseChapter, MAX_CONTRASTS } from '../prose.ts';
import { CHAPTER_SLUGS } from '../../src/config/parts.ts';
import { checkYamlSource, duplicateRungs } from '../yaml-files.ts';

/** The folders of YAML data files, one entry per file. */
export const DATA_DIRS = {
  glossary: 'src/content/glossary',
  certifications: 'src/content/certifications',
  roles: 'src/content/roles',
  market: 'src/content/market',
  facts: 'src/content/facts',
};

/**
 * Every YAML data file read as YAML before anything else: empty, comment-only,
 * list-topped and malformed files, and two rungs with one number, each named
 * with its file (and line) and what to do.
 */
export function checkDataFiles(root: string, dirs: Record<string, string> = DATA_DIRS): string[] {
  const errors: string[] = [];
  const rungs: Array<{ file: string; id: string; kind: unknown; rung: unknown }> = [];
  for (const [name, folder] of Object.entries(dirs)) {
    let files: string[];
    try {
      files = readdirSync(join(root, folder));
    } catch {
      continue;
    }
    for (const f of files.filter((x) => /\.ya?ml$/.test(x)).sort()) {
      const file = relative(root, join(root, folder, f));
      const source = readFileSync(join(root, folder, f), 'utf8');
      const problems = checkYamlSource(source, file);
      errors.push(...problems);
      if (problems.length === 0 && name === 'roles') {
        const data = parse(source) as Record<string, unknown>;
        rungs.push({ file, id: f.replace(/\.ya?ml$/, ''), kind: data.kind, rung: data.rung });
      }
    }
  }
  return [...errors, ...duplicateRungs(rungs)];
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Reads the glossary folder (one YAML file per term, id = file name). */
export function readGlossaryDir(dir: string, root: string): Array<TermRecord & { text: string }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => {
      const file = relative(root, join(dir, f));
      let data: Record<string, unknown>;
      try {
        data = (parse(readFileSync(join(dir, f), 'utf8')) ?? {}) as Record<string, unknown>;
      } catch (err) {
        throw new Error(`${file}: not valid YAML: ${(err as Error).message}`, { cause: err });
      }
      return {
        id: f.replace(/\.ya?ml$/, ''),
        file,
        name: typeof data.name === 'string' ? data.name : '',
        aliases: strings(data.aliases),
        related: strings(data.related),
        seeInstead: typeof data.seeInstead === 'string' ? data.seeInstead : undefined,
        text: [data.summary, data.definition].filter((x) => typeof x === 'string').join(' '),
      };
    });
}

/** Every <Term id> used in the MD/MDX files below a folder. */
export function readTermUses(dir: string, root: string): TermUse[] {
  const uses: TermUse[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.mdx?$/.test(name)) uses.push(...findTermUses(readFileSync(path, 'utf8'), relative(root, path)));
    }
  };
  walk(dir);
  return uses;
}

/** Parsed YAML files of a data folder (missing folder = none), with id and repo-relative path. */
export function readDataDir(dir: string, root: string): Array<{ id: string; file: string; data: Record<string, unknown> }> {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => {
      const file = relative(root, join(dir, f));
      try {
        return { id: f.replace(/\.ya?ml$/, ''), file, data: (parse(readFileSync(join(dir, f), 'utf8')) ?? {}) as Record<string, unknown> };
      } catch (err) {
        throw new Error(`${file}: not valid YAML: ${(err as Error).message}`, { cause: err });
      }
    });
}

/** Ids given to a component in the MD/MDX files below a folder: <MarketFigure id="x" />. */
export function readComponentIds(dir: string, component: string, root = dir): Array<{ file: string; id: string }> {
  const ids: Array<{ file: string; id: string }> = [];
  const pattern = new RegExp(`<${component}\\b[^>]*?\\bid="([a-z0-9-]+)"`, 'g');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.mdx?$/.test(name)) for (const m of readFileSync(path, 'utf8').matchAll(pattern)) ids.push({ file: relative(root, path), id: m[1]! });
    }
  };
  walk(dir);
  return ids;
}

/**
 * Market figures: one statistic, one value (only one current record per
 * series; history names what replaced it), and every record shown somewhere.
 */
export function checkMarket(market: Array<{ id: string; file: string; data: Record<string, unknown> }>, used: ReadonlySet<string>): string[] {
  const errors: string[] = [];
  const ids = new Set(market.map((m) => m.id));
  const current = new Map<string, string[]>();
  for (const { id, file, data } of market) {
    const history = data.history as { supersededBy?: string } | undefined;
    if (!history) current.set(String(data.series), [...(current.get(String(data.series)) ?? []), file]);
    if (history?.supersededBy && !ids.has(history.supersededBy))
      errors.push(`${file}: field "history.supersededBy" names "${history.supersededBy}", which is not a figure in src/content/market/`);
    if (!used.has(id))
      errors.push(`${file}: figure "${id}" is shown nowhere: render it with <MarketFigure id="${id}" /> in a page or list it in a role's "pay", or delete it`);
  }
  for (const [series, files] of current) {
    if (files.length > 1)
      errors.push(`${files.join(' and ')}: two current figures for one series "${series}": keep the newer and mark the other as history (or delete it)`);
  }
  return errors;
}

/** Chapter ids ("guide/skills") from the docs folder. */
function readChapterIds(docsDir: string): Set<string> {
  const ids = new Set<string>();
  const walk = (d: string, prefix: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path, `${prefix}${name}/`);
      else if (/\.mdx?$/.test(name)) ids.add(`${prefix}${name.replace(/\.mdx?$/, '')}`);
    }
  };
  walk(docsDir, '');
  return ids;
}

const objList = (v: unknown): Array<Record<string, unknown>> =>
  Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null) : [];

/** The sourced facts a role's profile cites as frameworks, in order. */
const anchorFacts = (data: Record<string, unknown>): string[] => objList(((data.profile ?? {}) as Record<string, unknown>).anchors).map((a) => String(a.fact));

/** Schema errors of every file in a data folder, one line each naming the file and the field. */
function schemaErrors(
  files: Array<{ file: string; data: Record<string, unknown> }>,
  schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> } } },
): string[] {
  return files.flatMap(({ file, data }) => {
    const result = schema.safeParse(data);
    return result.success || !result.error ? [] : formatIssues(file, result.error.issues);
  });
}

export interface ChapterCheck {
  errors: string[];
  chapters: number;
  words: number;
  contrasts: number;
}

/**
 * The guide's chapters: each opens with <Outcomes>, ends with an exercise, has
 * a description and 1,000–2,000 words, writes "CV" and British spelling, keeps
 * credential figures out of prose, and sits in exactly one part of the guide
 * (src/config/parts.ts); the "X, not Y" contrast is rare across the guide.
 */
export function checkChapters(root: string, dir = 'src/content/docs/guide', parts: readonly string[] = CHAPTER_SLUGS): ChapterCheck {
  const errors: string[] = [];
  let words = 0;
  let contrasts = 0;
  const files = readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.mdx') || f.endsWith('.md'))
    .sort();
  for (const f of files) {
    const file = relative(root, join(root, dir, f));
    const report = analyseChapter(readFileSync(join(root, dir, f), 'utf8'));
    words += report.words;
    contrasts += report.contrasts.length;
    errors.push(...report.problems.map((p) => `${file}: ${p}`));
    const slug = f.replace(/\.mdx?$/, '');
    if (!parts.includes(slug)) errors.push(`${file}: chapter "${slug}" is in no part of the guide; add it to src/config/parts.ts`);
  }
  for (const slug of parts) {
    if (!files.some((f) => f.replace(/\.mdx?$/, '') === slug))
      errors.push(`src/config/parts.ts: lists chapter "${slug}", but ${dir}/${slug}.mdx does not exist`);
  }
  if (contrasts > MAX_CONTRASTS) {
    errors.push(
      `${dir}: ${contrasts} "X, not Y" / "rather than" contrasts across the guide (at most ${MAX_CONTRASTS}); run node scripts/prose-lint.mjs to list them`,
    );
  }
  return { errors, chapters: files.length, words, contrasts };
}

/**
 * Every certification, market figure, sourced fact and role against its
 * schema, including the provenance rules (official sources on the allowlist,
 * secondary sources with a reason, no blocked sites, `checked` not after
 * `today`, a `reviewBy`) and each rung's profile. Each error names the file
 * and the field.
 */
export function checkDataSchemas(
  root: string,
  dirs: { certifications: string; market: string; facts?: string; roles?: string } = {
    certifications: 'src/content/certifications',
    market: 'src/content/market',
    facts: 'src/content/facts',
    roles: 'src/content/roles',
  },
  today: string = isoDay(new Date()),
): string[] {
  return [
    ...schemaErrors(readDataDir(join(root, dirs.certifications), root), certificationSchemaFor(today)),
    ...schemaErrors(readDataDir(join(root, dirs.market), root), marketFigureSchemaFor(today)),
    ...schemaErrors(readDataDir(join(root, dirs.facts ?? 'src/content/facts'), root), sourcedFactSchemaFor(today)),
    ...schemaErrors(readDataDir(join(root, dirs.roles ?? 'src/content/roles'), root), roleSchemaFor(today)),
  ];
}

export function checkContent(
  root: string,
  dirs = {
    glossary: 'src/content/glossary',
    docs: 'src/content/docs',
    certifications: 'src/content/certifications',
    roles: 'src/content/roles',
    market: 'src/content/market',
    facts: 'src/content/facts',
  },
): string[] {
  const terms = readGlossaryDir(join(root, dirs.glossary), root);
  const uses = readTermUses(join(root, dirs.docs), root);
  const certs = readDataDir(join(root, dirs.certifications), root);
  const roles = readDataDir(join(root, dirs.roles), root);

  const records: RefRecord[] = [
    ...certs.map(({ id, file, data }) => {
      const prereq = (data.prerequisites ?? {}) as Record<string, unknown>;
      return {
        id,
        file,
        refs: [
          ...listRefs('certification', 'coveredBy', data.coveredBy),
          ...listRefs('term', 'glossary', data.glossary),
          ...objList(prereq.paths).flatMap((p, i) => [
            ...Object.entries((p.waivedBy ?? {}) as Record<string, unknown>).flatMap(([key, ids]) =>
              listRefs('certification', `prerequisites.paths[${i}].waivedBy.${key}`, ids),
            ),
            ...listRefs('certification', `prerequisites.paths[${i}].requiresOneOf`, p.requiresOneOf),
          ]),
        ],
      };
    }),
    ...roles.map(({ id, file, data }) => ({
      id,
      file,
      refs: [
        ...listRefs('market', 'pay', data.pay),
        ...listRefs('certification', 'certifications', data.certifications),
        ...listRefs('term', 'terms', data.terms),
        ...listRefs('chapter', 'chapters', data.chapters),
        ...listRefs('fact', 'profile.anchors', anchorFacts(data)),
      ].map((r) => (r.kind === 'fact' ? { ...r, field: r.field.replace(/\[(\d+)\]$/, '[$1].fact') } : r)),
    })),
  ];
  const market = readDataDir(join(root, dirs.market), root);
  const sourced = readDataDir(join(root, dirs.facts ?? 'src/content/facts'), root);
  const known = {
    certification: new Set(certs.map((c) => c.id)),
    term: new Set(terms.map((t) => t.id)),
    role: new Set(roles.map((r) => r.id)),
    market: new Set(market.map((m) => m.id)),
    chapter: readChapterIds(join(root, dirs.docs)),
    fact: new Set(sourced.map((f) => f.id)),
  };
  const ladder: Array<RoleNode & { file: string }> = roles.map(({ id, file, data }) => ({
    id,
    file,
    kind: data.kind as RoleNode['kind'],
    rung: typeof data.rung === 'number' ? data.rung : undefined,
    moves: objList(data.moves).map((m) => ({ to: String(m.to) })),
  }));
  // Role pages show official statistics, or say that none exists: never a reported figure.
  const reported = new Set(market.filter((m) => m.data.status === 'reported').map((m) => m.id));
  const unofficialPay = roles.flatMap(({ id, file, data }) =>
    (Array.isArray(data.pay) ? data.pay : [])
      .map((p, i) => [p, i] as const)
      .filter(([p]) => typeof p === 'string' && reported.has(p))
      .map(([p, i]) => `${file}: role "${id}" field "pay[${i}]" names "${p}", a figure no statistics body confirms; role pages show official statistics only`),
  );
  const marketTags = readComponentIds(join(root, dirs.docs), 'MarketFigure', root);
  const marketUses = new Set([...marketTags.map((t) => t.id), ...roles.flatMap(({ data }) => strings(data.pay))]);
  const claims = certs.flatMap(({ id, file, data }) => {
    const facts = objList(data.facts);
    const prereq = (data.prerequisites ?? {}) as { provenance?: { status?: string } };
    const unconfirmed = [
      ...(prereq.provenance?.status && prereq.provenance.status !== 'confirmed' ? ['eligibility'] : []),
      ...facts.filter((f) => f.status !== 'confirmed').map((f) => String(f.id)),
    ];
    const short = String(data.short ?? id);
    const glossaryTexts = strings(data.glossary).flatMap((t) => {
      const term = terms.find((x) => x.id === t);
      if (!term || !term.text.includes(short)) return [];
      // The entry for the credential itself speaks of it throughout; any other entry only where it names it.
      const own = term.name.includes(short) || short.includes(term.name);
      return [{ where: `${term.file} (which names ${short})`, text: term.text, onlyNaming: !own }];
    });
    return unconfirmedClaims({
      short,
      unconfirmed,
      texts: [
        { where: `${file} field "summary"`, text: String(data.summary ?? '') },
        { where: `${file} field "notes"`, text: String(data.notes ?? '') },
        ...glossaryTexts,
      ],
    });
  });
  const factTags = readComponentIds(join(root, dirs.docs), 'SourcedFact', root);
  // A framework a rung's profile cites is shown on that role's page, with its source.
  const factUses = new Set([...factTags.map((t) => t.id), ...roles.flatMap(({ data }) => anchorFacts(data))]);
  const unknownTags = [
    ...marketTags.filter((t) => !market.some((m) => m.id === t.id)).map((t) => `${t.file}: <MarketFigure id="${t.id}"> names no figure in src/content/market/`),
    ...factTags.filter((t) => !sourced.some((f) => f.id === t.id)).map((t) => `${t.file}: <SourcedFact id="${t.id}"> names no fact in src/content/facts/`),
  ];
  const unusedFacts = sourced
    .filter((f) => !factUses.has(f.id))
    .map((f) => `${f.file}: fact "${f.id}" is shown nowhere: render it with <SourcedFact id="${f.id}" /> in a page, or delete it`);
  return [
    ...unknownTags,
    ...checkMarket(market, marketUses),
    ...unusedFacts,
    ...claims,
    ...unofficialPay,
    ...checkGlossaryIntegrity(terms, uses),
    ...checkReferences(records, known),
    ...(roles.length > 0 ? checkLadder(ladder) : []),
  ];
}

export default function contentIntegrity(options: { chapterRules?: boolean } = {}): AstroIntegration {
  const { chapterRules = true } = options;
  return {
    name: 'content-integrity',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        // Unreadable files first, then schema and provenance errors: the
        // cross-reference rules assume well-formed files.
        const files = checkDataFiles(root);
        const schema = files.length > 0 ? files : checkDataSchemas(root);
        const chapters = schema.length === 0 && chapterRules ? checkChapters(root) : null;
        const errors = schema.length > 0 ? schema : [...checkContent(root), ...(chapters?.errors ?? [])];
        if (errors.length > 0) {
          throw new Error(`Content integrity check failed (${errors.length}):\n  - ${errors.join('\n  - ')}`);
        }
        if (chapters) {
          logger?.info(
            `The guide: ${chapters.chapters} chapters, ${chapters.words.toLocaleString('en-GB')} words of chapter prose, ${chapters.contrasts} "X, not Y" contrasts.`,
          );
        }
      },
    },
  };
}
