/** The open data as JSON files, /data/<name>.json (described in src/lib/open-data.ts and on /about/open-data/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { openDataInput } from '../../data/open-data.ts';
import { OPEN_DATA_FILES, openDataFile } from '../../lib/open-data.ts';

export const getStaticPaths = (() =>
  OPEN_DATA_FILES.filter((f) => f.format === 'json').map((f) => ({ params: { name: f.file.replace(/\.json$/, '') } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = openDataFile(`${params.name}.json`)!;
  return new Response(file.render(await openDataInput()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
