/**
 * The one pass over a built site. Every page is read once and finished (its
 * source markers numbered and its Sources list written, then its
 * Content-Security-Policy added), then parsed once and held to every
 * page-wide rule (build/site/rules.ts) and to html-validate's standard rules.
 * Every failure is reported with its page, line and rule. Runs at the end of
 * every build (build/integrations/site-pass.ts) and on any built folder:
 *   node build/site/cli.ts dist [base]
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { withMetaPolicy } from '../csp.ts';
import { idsOf } from '../link-check.ts';
import { numberFootnotes } from './footnotes.ts';
import { parsePage, type Finding } from './page.ts';
import { RULES, type SiteContext } from './rules.ts';

/** html-validate's rules of the HTML standard (content models, attributes, unique ids…), without its style rules. */
export const HTML_VALIDATE_CONFIG: ConfigData = { extends: ['html-validate:standard'] };

export interface SitePassResult {
  pages: number;
  /** Distinct sources listed, summed over pages. */
  sources: number;
  findings: Finding[];
}

export function listFiles(root: string): Set<string> {
  const files = new Set<string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.add(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return files;
}

export async function runSitePass(
  root: string,
  opts: { base: string; transform?: boolean; rules?: Readonly<Record<string, (typeof RULES)[string]>>; validateHtml?: boolean },
): Promise<SitePassResult> {
  const { base, transform = true, rules = RULES, validateHtml = true } = opts;
  const files = listFiles(root);
  const pages = [...files].filter((f) => f.endsWith('.html')).sort();
  const html = new Map<string, string>();
  const findings: Finding[] = [];
  let sources = 0;

  for (const file of pages) {
    const original = readFileSync(join(root, file), 'utf8');
    let text = original;
    if (transform) {
      const notes = numberFootnotes(text);
      sources += notes.sources;
      findings.push(...notes.problems.map((message) => ({ file, line: 0, rule: 'footnotes', message })));
      text = withMetaPolicy(notes.html);
      if (text !== original) writeFileSync(join(root, file), text);
    }
    html.set(file, text);
  }

  const idCache = new Map<string, Set<string>>();
  const site: SiteContext = {
    base,
    files,
    idsOf: (file) => {
      let ids = idCache.get(file);
      if (!ids) idCache.set(file, (ids = idsOf(html.get(file) ?? '')));
      return ids;
    },
  };
  const validator = validateHtml ? new HtmlValidate(HTML_VALIDATE_CONFIG) : null;
  for (const file of pages) {
    const text = html.get(file)!;
    const page = parsePage(file, text);
    for (const rule of Object.values(rules)) findings.push(...rule(page, site));
    if (validator) {
      const report = await validator.validateString(text, file);
      for (const r of report.results) for (const m of r.messages) findings.push({ file, line: m.line, rule: `html-validate/${m.ruleId}`, message: m.message });
    }
  }
  return { pages: pages.length, sources, findings };
}

/** Findings as lines a person can act on: "dist/guide/x/index.html:12  rule  message". */
export function formatFindings(root: string, findings: readonly Finding[], limit = 100): string {
  const lines = findings.slice(0, limit).map((f) => `${root}/${f.file}:${f.line}  ${f.rule}  ${f.message}`);
  if (findings.length > limit) lines.push(`… and ${findings.length - limit} more`);
  return lines.join('\n');
}
