/** Build-time access to the certifications collection, in display order. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { CertInput } from '../lib/certs/engine.ts';

export type CertificationEntry = CollectionEntry<'certifications'>;

const LEVEL_ORDER = ['entry', 'mid', 'specialist', 'senior', 'executive'];

export async function loadCertifications(): Promise<CertificationEntry[]> {
  const certs = await getCollection('certifications');
  return certs.sort(
    (a, b) => LEVEL_ORDER.indexOf(a.data.level) - LEVEL_ORDER.indexOf(b.data.level) || a.data.short.localeCompare(b.data.short),
  );
}

/** The subset the chooser engine needs (shipped to the browser as JSON). */
export function toEngineInput(c: CertificationEntry): CertInput & { href: string; body: string; terms: string[] } {
  const d = c.data;
  return {
    id: c.id,
    short: d.short,
    name: d.name,
    kind: d.kind,
    stages: d.stages,
    goals: d.goals,
    methods: d.methods,
    regions: d.regions,
    sectors: d.sectors,
    prerequisites: { paths: d.prerequisites.paths, confidence: d.prerequisites.confidence },
    coveredBy: d.coveredBy,
    status: d.status,
    confidence: d.confidence,
    href: `certifications/${c.id}/`,
    body: d.body,
    terms: d.glossary,
  };
}
