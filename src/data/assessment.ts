/** Data the self-assessment and plan islands need, resolved at build time. */
import { getCollection, render } from 'astro:content';
import { SKILL_DIMENSIONS } from '../lib/ladder/dimensions.ts';
import { withBase } from '../lib/paths.ts';
import { rungLevels } from './roles.ts';
import org from 'virtual:guide-org';

export async function assessmentData() {
  const rungs = await rungLevels();
  const docs = new Map((await getCollection('docs')).map((c) => [c.id, c]));
  const url = (p: string) => withBase(p, import.meta.env.BASE_URL);
  /** A section's title from the chapter's own headings, so the link reads as the page it opens. */
  const section = async (to: string) => {
    const [id = '', anchor = ''] = to.split('#');
    const entry = docs.get(id);
    if (!entry) throw new Error(`src/lib/ladder/dimensions.ts: readNext "${to}" names no chapter`);
    const heading = (await render(entry)).headings.find((h) => h.slug === anchor);
    if (!heading) throw new Error(`src/lib/ladder/dimensions.ts: readNext "${to}" names no section of ${id}`);
    return { href: url(`/${id}/#${anchor}`), section: heading.text, chapter: entry.data.title };
  };
  return {
    rungs: rungs.map((r) => ({ ...r, href: url(`/roles/${r.id}/`) })),
    readNext: Object.fromEntries(
      await Promise.all(
        SKILL_DIMENSIONS.map(async (d) => [d.id, await Promise.all(d.readNext.map(async (r) => ({ ...(await section(r.to)), why: r.why })))] as const),
      ),
    ),
    // The organisation's grades by role id, for "closest role" and the next one (src/lib/org/grades.ts); only with an overlay.
    ...(org.grades ? { orgGrades: org.grades } : {}),
  };
}
