/** Build-time access to the certifications collection, in display order, and to each credential's facts. */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { CertInput } from '../lib/certs/engine.ts';
import { compareNames } from '../lib/glossary.ts';
import { eligibilityFactOf } from '../lib/certs/describe.ts';
import type { Fact, IssuerPage } from '../lib/facts/provenance.ts';
import { renewalInfo, type RenewalInfo } from '../lib/renewal-rule.ts';

export type CertificationEntry = CollectionEntry<'certifications'>;

const LEVEL_ORDER = ['entry', 'mid', 'specialist', 'senior', 'executive'];

let cached: Promise<CertificationEntry[]> | undefined;

/** Every credential, sorted by level then short name (loaded once per build). */
export function loadCertifications(): Promise<CertificationEntry[]> {
  cached ??= getCollection('certifications').then((certs) =>
    certs.sort((a, b) => LEVEL_ORDER.indexOf(a.data.level) - LEVEL_ORDER.indexOf(b.data.level) || compareNames(a.data.short, b.data.short)),
  );
  return cached;
}

/** Short names by id, for phrases such as "holding the CAPM counts instead". */
export async function shortNames(): Promise<(id: string) => string> {
  const certs = await loadCertifications();
  const names = new Map(certs.map((c) => [c.id, c.data.short]));
  return (id) => names.get(id) ?? id;
}

export interface ShownFact extends Fact {
  id: string;
  label: string;
  note?: string | undefined;
}

/** The eligibility rule in words (generated from the paths the chooser evaluates), with its provenance. */
export function eligibilityFact(cert: CertificationEntry, nameOf: (id: string) => string): ShownFact {
  return eligibilityFactOf(cert.data.prerequisites, nameOf);
}

/** One fact of one credential by id ("eligibility" is generated); throws with a clear message if missing. */
export async function certFact(certId: string, factId: string): Promise<{ fact: ShownFact; issuer: IssuerPage; cert: CertificationEntry }> {
  const cert = await getEntry('certifications', certId);
  if (!cert) throw new Error(`<CertFact cert="${certId}">: there is no credential "${certId}" in src/content/certifications/`);
  if (factId === 'eligibility') return { fact: eligibilityFact(cert, await shortNames()), issuer: cert.data.issuer, cert };
  const fact = cert.data.facts.find((f) => f.id === factId);
  if (!fact) {
    const known = ['eligibility', ...cert.data.facts.map((f) => f.id)].join(', ');
    throw new Error(`<CertFact cert="${certId}" fact="${factId}">: no such fact in src/content/certifications/${certId}.yaml (known: ${known})`);
  }
  return { fact, issuer: cert.data.issuer, cert };
}

/** The subset the chooser island uses (shipped to the browser as JSON): nothing else, as every byte is on the page. */
export function toEngineInput(c: CertificationEntry): CertInput & { href: string; body: string; terms: string[] } {
  const d = c.data;
  return {
    id: c.id,
    short: d.short,
    name: d.name,
    issuer: d.issuer.publisher,
    level: d.level,
    kind: d.kind,
    stages: d.stages,
    goals: d.goals,
    methods: d.methods,
    regions: d.regions,
    sectors: d.sectors,
    prerequisites: { paths: d.prerequisites.paths, status: d.prerequisites.provenance.status },
    coveredBy: d.coveredBy,
    status: d.status,
    href: `certifications/${c.id}/`,
    body: d.body, // the filter of the list of every credential
    terms: d.glossary,
  };
}

/** Every credential's renewal (rule, fact and fee fact) for the career plan, to embed with <JsonData>. */
export async function renewalInfos(): Promise<RenewalInfo[]> {
  return (await loadCertifications()).map((c) => renewalInfo({ id: c.id, ...c.data }));
}
