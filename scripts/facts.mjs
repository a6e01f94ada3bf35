#!/usr/bin/env node
/**
 * npm run facts [-- --json] [-- --strict] [-- --today YYYY-MM-DD]
 * Lists every fact that can go stale (credential facts, eligibility rules,
 * market figures) with its kind, source date, checked date and review date,
 * stalest first, and prints counts. --json prints the report as JSON.
 * --strict exits 1 when any fact is past its review date; the default run
 * never fails on the calendar, so CI stays deterministic.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildFactsReport, formatFactsReport } from '../src/lib/facts/report.ts';
import { isoDay } from '../src/lib/facts/provenance.ts';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const todayArg = args[args.indexOf('--today') + 1];
const today = args.includes('--today') && /^\d{4}-\d{2}-\d{2}$/.test(todayArg ?? '') ? todayArg : isoDay(new Date());

const yamlFiles = (dir) =>
  readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => ({ file: f, data: parse(readFileSync(join(dir, f), 'utf8')) ?? {} }));

const records = [];
for (const { file, data } of yamlFiles('src/content/certifications')) {
  const p = data.prerequisites?.provenance;
  if (p) records.push({ where: `certifications/${file}#eligibility`, label: `${data.short}: eligibility`, value: null, ...p });
  for (const f of data.facts ?? []) records.push({ where: `certifications/${file}#${f.id}`, label: `${data.short}: ${f.label}`, ...f });
}
for (const { file, data } of yamlFiles('src/content/market')) records.push({ where: `market/${file}`, label: data.label, ...data });

const report = buildFactsReport(records, today);
console.log(flag('--json') ? JSON.stringify(report, null, 2) : formatFactsReport(report));
if (flag('--strict') && report.counts.overdue > 0) {
  console.error(`\n${report.counts.overdue} fact(s) are past their review date.`);
  process.exit(1);
}
