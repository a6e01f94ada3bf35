#!/usr/bin/env node
// Validates every HTML page of a build:
//   node scripts/validate-html.mjs [dist]
// 1. html-validate with its "html-validate:standard" preset: the rules that
//    check a document against the HTML standard (content models, permitted
//    attributes and order, unique ids, …), without its style rules
//    (void-style, no-inline-style, …).
// 2. A structure check html-validate does not make: nothing after </body> or
//    </html> (build/html-structure.ts).
// Zero errors are allowed, except the upstream Starlight findings listed in
// ALLOWED, each by rule and reason. Exits 1 with a list of findings otherwise.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { strayAfterDocumentEnd } from '../build/html-structure.ts';

/**
 * Findings in markup we do not own (Starlight 0.42 components), by rule, with
 * why they are accepted and which markup they match. None at Starlight 0.42.4:
 * keep this list short and each entry explained.
 * @type {Array<{ rule: string, selector: RegExp, reason: string }>}
 */
export const ALLOWED = [];

export const CONFIG = { extends: ['html-validate:standard'] };

function htmlFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.html')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** Every finding on every page of `dir`, with the allowed ones set apart. */
export async function validateSite(dir, HtmlValidate, allowed = ALLOWED) {
  const validator = new HtmlValidate(CONFIG);
  const findings = [];
  const accepted = [];
  const files = htmlFiles(dir);
  for (const path of files) {
    const file = relative(dir, path).split(sep).join('/');
    const html = readFileSync(path, 'utf8');
    const report = await validator.validateString(html, file);
    for (const result of report.results) {
      for (const m of result.messages) {
        const finding = { file, line: m.line, column: m.column, rule: m.ruleId, message: m.message, selector: m.selector ?? '' };
        const allow = allowed.find((a) => a.rule === m.ruleId && a.selector.test(finding.selector));
        (allow ? accepted : findings).push(finding);
      }
    }
    for (const message of strayAfterDocumentEnd(html)) {
      const line = Number(/^line (\d+)/.exec(message)?.[1] ?? 0);
      findings.push({ file, line, column: 0, rule: 'stray-after-document-end', message, selector: '' });
    }
  }
  return { pages: files.length, findings, accepted };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  let HtmlValidate;
  try {
    ({ HtmlValidate } = await import('html-validate'));
  } catch {
    console.error('error: the html-validate package is not installed; run `npm ci` (it is a devDependency).');
    process.exit(1);
  }
  const { pages, findings, accepted } = await validateSite(dir, HtmlValidate);
  for (const f of findings.slice(0, 100)) console.error(`${dir}/${f.file}:${f.line}:${f.column}  ${f.rule}  ${f.message}${f.selector ? `  (${f.selector})` : ''}`);
  const rules = [...new Set(findings.map((f) => f.rule))].join(', ');
  if (findings.length > 0) {
    console.error(`\nHTML validation failed: ${findings.length} finding(s) in ${new Set(findings.map((f) => f.file)).size} of ${pages} pages (${rules}).`);
    process.exit(1);
  }
  console.log(`HTML valid: ${pages} pages in ${dir}/, 0 errors (html-validate:standard + nothing after </html>); ${accepted.length} allowed upstream finding(s).`);
}
