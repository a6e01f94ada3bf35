/** Data the self-assessment and plan islands need, resolved at build time. */
import { getCollection } from 'astro:content';
import { SKILL_DIMENSIONS } from '../lib/ladder/dimensions.ts';
import { withBase } from '../lib/paths.ts';
import { rungLevels } from './roles.ts';
import { loadCertifications } from './certifications.ts';
import { loadGlossary } from './glossary.ts';
import org from 'virtual:guide-org';

export async function assessmentData() {
  const rungs = await rungLevels();
  const certs = new Map((await loadCertifications()).map((c) => [c.id, c.data.short]));
  const { byId: terms } = await loadGlossary();
  const chapters = new Map((await getCollection('docs')).map((c) => [c.id, c.data.title]));
  const url = (p: string) => withBase(p, import.meta.env.BASE_URL);
  const link = (href: string, text: string) => ({ href: url(href), text });
  return {
    rungs: rungs.map((r) => ({ ...r, href: url(`/roles/${r.id}/`) })),
    helps: Object.fromEntries(
      SKILL_DIMENSIONS.map((d) => [
        d.id,
        [
          ...d.helps.chapters.map((c) => link(`/${c}/`, chapters.get(c) ?? c)),
          ...d.helps.terms.map((t) => link(`/glossary/${t}/`, terms.get(t)?.data.name ?? t)),
          ...d.helps.certifications.map((c) => link(`/certifications/${c}/`, certs.get(c) ?? c)),
        ],
      ]),
    ),
    // The organisation's grades by role id, for "closest role" and the next one (src/lib/org/grades.ts); only with an overlay.
    ...(org.grades ? { orgGrades: org.grades } : {}),
  };
}
