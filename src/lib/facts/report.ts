/**
 * The facts report behind `npm run facts`: every stale-able fact in the data
 * with its kind, source date, checked date and review date, stalest first,
 * and counts. Pure: records in, rows and text out; `today` is passed in so
 * tests (and CI) never depend on the calendar.
 */
import { isOverdue, type Provenance } from './provenance.ts';

export interface FactRecord extends Provenance {
  /** Where it lives, e.g. "certifications/pmi-pmp.yaml#fee". */
  where: string;
  label: string;
  value: string | null;
}

export interface FactRow {
  where: string;
  label: string;
  status: Provenance['status'];
  kind: 'official' | 'independent' | 'none';
  publisher: string | null;
  sourceDate: string | null;
  checked: string;
  reviewBy: string;
  overdue: boolean;
}

export interface FactsReport {
  today: string;
  rows: FactRow[];
  counts: { total: number; official: number; independent: number; notFound: number; overdue: number };
}

export function buildFactsReport(records: readonly FactRecord[], today: string): FactsReport {
  const rows = records
    .map((r): FactRow => ({
      where: r.where,
      label: r.label,
      status: r.status,
      kind: r.source?.kind ?? 'none',
      publisher: r.source?.publisher ?? null,
      sourceDate: r.source?.date ?? null,
      checked: r.checked,
      reviewBy: r.reviewBy,
      overdue: isOverdue(r, today),
    }))
    // Stalest first: the earliest review date, then the oldest check, then by place for a stable order.
    .sort((a, b) => a.reviewBy.localeCompare(b.reviewBy) || a.checked.localeCompare(b.checked) || a.where.localeCompare(b.where));
  return {
    today,
    rows,
    counts: {
      total: rows.length,
      official: rows.filter((r) => r.kind === 'official').length,
      independent: rows.filter((r) => r.kind === 'independent').length,
      notFound: rows.filter((r) => r.status === 'not-found').length,
      overdue: rows.filter((r) => r.overdue).length,
    },
  };
}

const pad = (s: string, n: number) => (s.length >= n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));

/** The report as a plain-text table with a summary line. */
export function formatFactsReport(report: FactsReport): string {
  const head = `${pad('REVIEW BY', 11)} ${pad('CHECKED', 11)} ${pad('KIND', 10)} ${pad('SOURCE DATE', 12)} ${pad('WHERE', 48)} LABEL`;
  const lines = report.rows.map(
    (r) =>
      `${pad(r.reviewBy, 11)} ${pad(r.checked, 11)} ${pad(r.kind === 'none' ? 'not found' : r.kind, 10)} ${pad(r.sourceDate ?? '-', 12)} ${pad(r.where, 48)} ${r.label}${r.overdue ? '  << OVERDUE' : ''}`,
  );
  const c = report.counts;
  const summary = `${c.total} facts: ${c.official} official, ${c.independent} independent, ${c.notFound} not found; ${c.overdue} overdue for review (today ${report.today}).`;
  return [head, ...lines, '', summary].join('\n');
}
