/** Loads the real data collections for unit tests, validated by their schemas. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { certificationSchema } from '../../../src/schemas/certification.ts';
import { roleSchema } from '../../../src/schemas/role.ts';
import { sourcedFactSchema } from '../../../src/schemas/sourced-fact.ts';
import type { CertInput } from '../../../src/lib/certs/engine.ts';

const root = join(import.meta.dirname, '../../..');

function loadDir<T>(dir: string, schema: { parse: (v: unknown) => T }): Array<T & { id: string }> {
  const full = join(root, dir);
  return readdirSync(full)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...schema.parse(parse(readFileSync(join(full, f), 'utf8'))) }));
}

/** The certifications as the chooser engine sees them (the same mapping as src/data/certifications.ts). */
export const certifications = (): CertInput[] =>
  loadDir('src/content/certifications', certificationSchema).map((c) => ({
    ...c,
    issuer: c.issuer.publisher,
    prerequisites: { paths: c.prerequisites.paths, status: c.prerequisites.provenance.status },
  }));
export const roles = () => loadDir('src/content/roles', roleSchema);

/** Every certification file as its schema reads it (renewal rules, facts and all), with its id. */
export const loadCertificationFiles = () => loadDir('src/content/certifications', certificationSchema);

/** The other sourced facts (src/content/facts/), with their ids: the frameworks the rung profiles cite among them. */
export const sourcedFacts = () => loadDir('src/content/facts', sourcedFactSchema);
