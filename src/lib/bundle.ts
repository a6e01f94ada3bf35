/**
 * Export files: every record of the store (src/lib/store.ts) in one file, and
 * reading one back. Apart from the store so chapter pages, which only keep
 * reading progress, do not load it. Pure; never throws.
 */
import { APP_ID } from './store.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const BUNDLE_VERSION = 2;

export interface Bundle {
  app: typeof APP_ID;
  version: typeof BUNDLE_VERSION;
  exportedAt: string;
  records: Record<string, unknown>;
}

/** One file holding the data of the given records (the ones with data). */
export function serialiseBundle(records: Record<string, unknown>, now: Date): string {
  const bundle: Bundle = { app: APP_ID, version: BUNDLE_VERSION, exportedAt: now.toISOString(), records };
  return JSON.stringify(bundle, null, 2);
}

export type BundleResult = { ok: true; records: Record<string, unknown> } | { ok: false; message: string };

/**
 * Reads an export file's outer layer: which records it holds (their data is
 * validated by each record's spec afterwards). Earlier exports (format 1:
 * ratings and plan at the top level) come through `legacy`.
 */
export function parseBundle(raw: string, legacy: (d: Record<string, unknown>) => BundleResult): BundleResult {
  let d: unknown;
  try {
    d = JSON.parse(raw);
  } catch {
    return { ok: false, message: 'The file is not valid JSON.' };
  }
  if (!isObject(d) || d.app !== APP_ID) return { ok: false, message: 'This is not a file exported from the IT Project Management Career Guide.' };
  if (d.version === 1) return legacy(d);
  if (d.version !== BUNDLE_VERSION) {
    return {
      ok: false,
      message:
        typeof d.version === 'number' && d.version > BUNDLE_VERSION
          ? `It was saved by a newer version of this guide (format ${d.version}); this page reads formats 1 and ${BUNDLE_VERSION}.`
          : `It uses a format (${String(d.version)}) that this page cannot read.`,
    };
  }
  if (!isObject(d.records)) return { ok: false, message: 'The file holds no records.' };
  return { ok: true, records: d.records };
}
