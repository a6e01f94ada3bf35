/**
 * Build-time: the collections as the open data's plain records
 * (src/lib/open-data.ts), for the files under /data/ and the data dictionary.
 */
import { getCollection } from 'astro:content';
import pkg from '../../package.json' with { type: 'json' };
import { eligibilityFact, loadCertifications, shortNames } from './certifications.ts';
import { loadRoles } from './roles.ts';
import { GROUP_LABELS, SKILL_DIMENSIONS } from '../lib/ladder/dimensions.ts';
import type { OpenDataInput } from '../lib/open-data.ts';

let cached: Promise<OpenDataInput> | undefined;

export function openDataInput(): Promise<OpenDataInput> {
  cached ??= (async () => {
    const { roles } = await loadRoles();
    const certs = await loadCertifications();
    const nameOf = await shortNames();
    const facts = await getCollection('facts');
    return {
      roles: roles.map((r) => ({ id: r.id, ...r.data })),
      dimensions: SKILL_DIMENSIONS,
      groupLabels: GROUP_LABELS,
      credentials: certs.map((c) => ({ id: c.id, ...c.data, facts: [eligibilityFact(c, nameOf), ...c.data.facts] })),
      anchorSources: Object.fromEntries(
        facts.map((f) => [f.id, { label: f.data.label, url: f.data.source?.url ?? null, publisher: f.data.source?.publisher ?? null }]),
      ),
      base: import.meta.env.BASE_URL,
      guideVersion: pkg.version,
    };
  })();
  return cached;
}
