/**
 * Which web sites the guide may cite, and how. Pure data and helpers.
 *
 * OFFICIAL_DOMAINS: the issuers of the credentials the guide covers and the
 * primary statistics bodies it quotes. A fact may be shown as confirmed only
 * with a source on one of these domains (or a subdomain of one).
 *
 * BLOCKED_DOMAINS: exam-dump, CV, recipe and generated-SEO sites found
 * while researching the guide. They are never cited, not even as secondary.
 */
export const OFFICIAL_DOMAINS: Readonly<Record<string, string>> = Object.freeze({
  // Credential issuers
  'pmi.org': 'Project Management Institute (PMI)',
  'peoplecert.org': 'PeopleCert',
  'axelos.com': 'AXELOS (PeopleCert)',
  'scrum.org': 'Scrum.org',
  'scrumalliance.org': 'Scrum Alliance',
  'scaledagile.com': 'Scaled Agile, Inc.',
  'comptia.org': 'CompTIA',
  'apm.org.uk': 'Association for Project Management (APM)',
  'ipma.world': 'International Project Management Association (IPMA)',
  'ipma.ch': 'International Project Management Association (IPMA)',
  // IPMA delegates certification to national certification bodies.
  'prosjektledelse.org': 'IPMA Norway (Norsk senter for prosjektledelse)',
  'ipma-sa.org': 'IPMA South Africa',
  'grow.google': 'Google',
  // Primary statistics bodies and government sources
  'bls.gov': 'US Bureau of Labor Statistics',
  'ons.gov.uk': 'Office for National Statistics (UK)',
  'gov.uk': 'UK Government',
  'projectdelivery.gov.uk': 'UK Government Project Delivery Function',
  'jobbank.gc.ca': 'Job Bank (Government of Canada)',
  'joboutlook.gov.au': 'Job Outlook (Australian Government)',
  'ec.europa.eu': 'European Commission (Eurostat)',
});

export const BLOCKED_DOMAINS: readonly string[] = Object.freeze([
  // recipe-themed and generated "guide" pages
  'visualfoodie.com',
  'winenfood.com',
  'eatsip365.com',
  'eathealthy365.com',
  'grokipedia.com',
  'ifvod.info',
  '0685.com',
  'obiikriationz.com',
  // exam dumps and question banks
  'xcerts.com',
  'crucialexams.com',
  'capmquiz.com',
  'pass-it.ai',
  'flashgenius.net',
  'globalexamatlas.com',
  // CV and job-board pages
  'postjobfree.com',
  'careeremployer.com',
  // document re-hosts
  'scribd.com',
  'fliphtml5.com',
  // throwaway hosting used by generated sites
  'pages.dev',
  'workers.dev',
]);

/** Lower-case host name of a URL without "www.", or null when it is not a valid http(s) URL. */
export function hostOf(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return u.hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

const under = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/** The allowlisted domain a URL belongs to, or null. */
export function officialDomain(url: string): string | null {
  const host = hostOf(url);
  if (!host) return null;
  return Object.keys(OFFICIAL_DOMAINS).find((d) => under(host, d)) ?? null;
}

export function isOfficial(url: string): boolean {
  return officialDomain(url) !== null;
}

export function isBlocked(url: string): boolean {
  const host = hostOf(url);
  return host !== null && BLOCKED_DOMAINS.some((d) => under(host, d));
}
