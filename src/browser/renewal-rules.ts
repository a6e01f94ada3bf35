/**
 * The credentials' renewal rules, fetched from the JSON address a page names
 * in its data-renewals attribute. Null when they cannot be had (offline, a
 * missing file, bad JSON): the callers then show what they can without them.
 */
import { readInfos } from '../lib/held-credentials.ts';
import type { RenewalInfo } from '../lib/renewal-rule.ts';

export async function fetchRenewalInfos(url: string | undefined): Promise<RenewalInfo[] | null> {
  try {
    const res = await fetch(url ?? '', { credentials: 'same-origin' });
    return res.ok ? readInfos(await res.json()) : null;
  } catch {
    return null;
  }
}
