/** The open data as CSV files, /data/<name>.csv (described in src/lib/open-data.ts and on /about/open-data/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { openDataInput } from '../../data/open-data.ts';
import { OPEN_DATA_FILES, openDataFile } from '../../lib/open-data.ts';

export const getStaticPaths = (() =>
  OPEN_DATA_FILES.filter((f) => f.format === 'csv').map((f) => ({ params: { name: f.file.replace(/\.csv$/, '') } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = openDataFile(`${params.name}.csv`)!;
  return new Response(file.render(await openDataInput()), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
