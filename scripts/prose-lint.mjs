#!/usr/bin/env node
/**
 * Prose checks for the guide's chapters (MDX). Usage:
 *   node scripts/prose-lint.mjs [files…]      (default: src/content/docs/guide/*.mdx)
 * Prints, per file: the word count of the prose, the "X, not Y" / "rather than"
 * contrasts, American spellings, "résumé", figures written as literal text
 * (credential facts and market figures belong in <CertFact>/<MarketFigure>),
 * and whether the chapter opens with <Outcomes> and ends with an "Exercise"
 * section. Exits 1 when a hard rule fails (spelling, résumé, literal figures,
 * missing outcomes or exercise, fewer than 1,000 words).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyseChapter } from '../build/prose.ts';

const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const targets = files.length
  ? files
  : readdirSync('src/content/docs/guide')
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => join('src/content/docs/guide', f));

let failed = false;
let total = 0;
let contrasts = 0;
for (const file of targets) {
  const report = analyseChapter(readFileSync(file, 'utf8'));
  total += report.words;
  contrasts += report.contrasts.length;
  const problems = report.problems;
  console.log(
    `\n${file}: ${report.words} words, ${report.contrasts.length} contrast(s), ${report.inventedNotes} "invented" note(s), ${report.listOrderAsides.length} list-order aside(s)`,
  );
  for (const c of report.contrasts) console.log(`  contrast  line ${c.line}: ${c.text}`);
  for (const p of problems) console.log(`  ERROR     ${p}`);
  if (problems.length) failed = true;
}
console.log(`\n${targets.length} file(s), ${total} words, ${contrasts} contrast(s) in all.`);
process.exit(failed ? 1 : 0);
