/**
 * Which web sites the guide may cite. An allowlist: a source on any other
 * domain stops the build, so training vendors, exam-preparation sites,
 * forums and SEO relays can never become a fact's source. Pure data and
 * helpers.
 *
 * OFFICIAL_DOMAINS: the issuers of the credentials the guide covers, the
 * owners of the skills frameworks it cites, the statistics bodies and
 * government services it quotes, and the official texts of laws. A fact is
 * shown as confirmed only with a source here.
 *
 * INDEPENDENT_DOMAINS: reputable independent publishers (national
 * newspapers, wire services carrying an issuer's own press release). A fact
 * from one of them is shown as "reported, not yet confirmed by <issuer>".
 */
export const OFFICIAL_DOMAINS: Readonly<Record<string, string>> = Object.freeze({
  // Credential issuers
  'pmi.org': 'Project Management Institute (PMI)',
  'peoplecert.org': 'PeopleCert',
  'axelos.com': 'AXELOS (PeopleCert)',
  'scrum.org': 'Scrum.org',
  'scrumalliance.org': 'Scrum Alliance',
  'scaledagile.com': 'Scaled Agile, Inc.',
  'scaledagileframework.com': 'Scaled Agile, Inc.',
  'comptia.org': 'CompTIA',
  'apm.org.uk': 'Association for Project Management (APM)',
  'apmg-international.com': 'APMG International',
  'ipma.world': 'International Project Management Association (IPMA)',
  'ipma.ch': 'International Project Management Association (IPMA)',
  // IPMA delegates certification to national certification bodies.
  'prosjektledelse.org': 'IPMA Norway (Norsk senter for prosjektledelse)',
  'ipma-sa.org': 'IPMA South Africa',
  'grow.google': 'Google',
  // Frameworks that grade project work
  'sfia-online.org': 'SFIA Foundation',
  // Statistics bodies and government services
  'bls.gov': 'US Bureau of Labor Statistics',
  'onetonline.org': 'O*NET OnLine (US Department of Labor)',
  'onetcenter.org': 'National Center for O*NET Development (US Department of Labor)',
  'careeronestop.org': 'CareerOneStop (US Department of Labor)',
  'ons.gov.uk': 'Office for National Statistics (UK)',
  'gov.uk': 'UK Government',
  'legislation.gov.uk': 'legislation.gov.uk (The National Archives)',
  'projectdelivery.gov.uk': 'UK Government Project Delivery Function',
  'instituteforapprenticeships.org': 'Institute for Apprenticeships and Technical Education',
  'skillsengland.gov.uk': 'Skills England',
  'jobbank.gc.ca': 'Job Bank (Government of Canada)',
  'esdc.gc.ca': 'Employment and Social Development Canada',
  'statcan.gc.ca': 'Statistics Canada',
  'joboutlook.gov.au': 'Job Outlook (Australian Government)',
  'jobsandskills.gov.au': 'Jobs and Skills Australia',
  'labourmarketinsights.gov.au': 'Labour Market Insights (Australian Government)',
  'abs.gov.au': 'Australian Bureau of Statistics',
  'ec.europa.eu': 'European Commission',
  'eur-lex.europa.eu': 'EUR-Lex (European Union law)',
});

export const INDEPENDENT_DOMAINS: Readonly<Record<string, string>> = Object.freeze({
  'thisdaylive.com': 'ThisDay (Nigerian national daily)',
  'punchng.com': 'The Punch (Nigerian national daily)',
  'businesswire.com': 'Business Wire (an issuer’s own press release)',
  'prnewswire.com': 'PR Newswire (an issuer’s own press release)',
  'theguardian.com': 'The Guardian',
  'ft.com': 'Financial Times',
  'bbc.co.uk': 'BBC',
  'reuters.com': 'Reuters',
});

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

function domainIn(list: Readonly<Record<string, string>>, url: string): string | null {
  const host = hostOf(url);
  if (!host) return null;
  return Object.keys(list).find((d) => under(host, d)) ?? null;
}

/** The allowlisted official domain a URL belongs to, or null. */
export function officialDomain(url: string): string | null {
  return domainIn(OFFICIAL_DOMAINS, url);
}

export function isOfficial(url: string): boolean {
  return officialDomain(url) !== null;
}

export function isIndependent(url: string): boolean {
  return domainIn(INDEPENDENT_DOMAINS, url) !== null;
}

/** True when a URL may be cited at all: an official or an approved independent source. */
export function isCitable(url: string): boolean {
  return isOfficial(url) || isIndependent(url);
}
