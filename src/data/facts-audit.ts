/**
 * Every sourced fact in the guide, for the "How we check facts" page: the
 * credential facts (eligibility included), the market figures and the other
 * sourced facts, each with its status, source, reference period and dates.
 * Build-time only; the page renders it, nothing is typed by hand.
 */
import { getCollection } from 'astro:content';
import { eligibilityFact, loadCertifications, shortNames } from './certifications.ts';
import { isOverdue, isoDay, type Fact, type IssuerPage } from '../lib/facts/provenance.ts';

export type AuditArea = 'credentials' | 'market' | 'other';

export interface AuditRow {
  area: AuditArea;
  label: string;
  /** The page a reader sees it on, when it has one of its own. */
  href?: string;
  fact: Fact;
  issuer: IssuerPage;
  period: string | null;
  due: boolean;
}

export async function factsAudit(): Promise<AuditRow[]> {
  const today = isoDay(new Date());
  const nameOf = await shortNames();
  const rows: AuditRow[] = [];
  for (const cert of await loadCertifications()) {
    const d = cert.data;
    for (const fact of [eligibilityFact(cert, nameOf), ...d.facts]) {
      rows.push({
        area: 'credentials',
        label: `${d.short}: ${fact.label}`,
        href: `/certifications/${cert.id}/`,
        fact,
        issuer: d.issuer,
        period: null,
        due: isOverdue(fact, today),
      });
    }
  }
  for (const m of await getCollection('market')) {
    rows.push({ area: 'market', label: m.data.label, fact: m.data, issuer: m.data.issuer, period: m.data.period, due: isOverdue(m.data, today) });
  }
  for (const f of await getCollection('facts')) {
    rows.push({ area: 'other', label: f.data.label, fact: f.data, issuer: f.data.issuer, period: null, due: isOverdue(f.data, today) });
  }
  return rows;
}
