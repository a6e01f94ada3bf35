import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rankCertifications, topPicks } from '../../src/lib/certs/engine.ts';
import { DEFAULT_PROFILE, type Profile } from '../../src/lib/certs/profile.ts';
import { applyCertificationPolicy, policyBadge, policyFor, policyReason, POLICY_SCORE, topPicksWithPolicy } from '../../src/lib/org/certification-policy.ts';
import type { CertificationPolicyData } from '../../src/lib/org/types.ts';
import { certificationPolicyFileSchema } from '../../src/schemas/org.ts';
import { certifications } from './support/data.ts';

const certs = certifications();
const profile = (p: Partial<Profile>): Profile => ({ ...DEFAULT_PROFILE, held: [], ...p });
const ids = (picks: { cert: { id: string } }[]) => picks.map((p) => p.cert.id);
const policy = (credentials: CertificationPolicyData['credentials'], ranking: 'policy' | 'neutral' = 'policy'): CertificationPolicyData => ({
  organisation: 'Northwind Logistics',
  budget: 'Up to £1,500 a year.',
  ranking,
  credentials,
});
const pm = profile({ stage: 'project-manager', education: 'bachelor', monthsWork: 60, monthsLeading: 40, trainingHours: 35, goal: 'lead-projects' });

test('each status has its own badge and its own sentence, naming the organisation', () => {
  assert.equal(policyBadge('funded'), 'Funded');
  assert.equal(policyBadge('funded-and-preferred'), 'Funded and preferred');
  assert.equal(policyBadge('not-supported'), 'Not supported');
  const p = policy({
    'pmi-pmp': { status: 'funded-and-preferred', note: 'Book through the PMO.' },
    'pmi-capm': { status: 'preferred' },
    'prince2-foundation': { status: 'funded' },
    'google-pm-certificate': { status: 'not-supported' },
  });
  assert.equal(policyReason(p, 'pmi-pmp'), 'Preferred and funded by Northwind Logistics, so it ranks higher here. Book through the PMO.');
  assert.equal(policyReason(p, 'pmi-capm'), 'Preferred by Northwind Logistics, so it ranks higher here.');
  assert.equal(policyReason(p, 'prince2-foundation'), 'Funded by Northwind Logistics.');
  assert.equal(policyReason(p, 'google-pm-certificate'), 'Not supported by Northwind Logistics, so it ranks lower here.');
  assert.equal(policyReason({ ...p, ranking: 'neutral' }, 'pmi-capm'), 'Preferred by Northwind Logistics.');
  assert.equal(policyReason(p, 'pmi-acp'), null);
  assert.equal(policyReason(null, 'pmi-pmp'), null);
});

test('hostile ids and malformed policies find nothing and never throw', () => {
  const p = policy({ 'pmi-pmp': { status: 'funded' } });
  for (const id of ['constructor', '__proto__', 'toString', '']) assert.equal(policyFor(p, id), null, id);
  const odd = { ...p, credentials: { x: { status: 'bribed' }, y: null } } as unknown as CertificationPolicyData;
  assert.equal(policyFor(odd, 'x'), null);
  assert.equal(policyFor(odd, 'y'), null);
  assert.equal(policyFor({ ...p, credentials: null } as unknown as CertificationPolicyData, 'pmi-pmp'), null);
});

test('a preferred credential ranks higher and says why; an unsupported one ranks lower; funding alone does not move it', () => {
  const plain = rankCertifications(certs, pm);
  const rank = (list: { cert: { id: string } }[], id: string) => ids(list).indexOf(id);
  // Pick a credential in the middle of the pickable ones so it has room to move both ways.
  const pickable = plain.filter((p) => p.excluded === false);
  const midPick = pickable[Math.floor(pickable.length / 2)]!;
  const mid = midPick.cert.id;
  const up = applyCertificationPolicy(plain, policy({ [mid]: { status: 'preferred' } }));
  assert.ok(rank(up, mid) < rank(plain, mid), `${mid} moves up from ${rank(plain, mid)} to ${rank(up, mid)}`);
  const pick = up.find((p) => p.cert.id === mid)!;
  assert.equal(pick.score, midPick.score + POLICY_SCORE.preferred);
  assert.equal(pick.reasons[0], 'Preferred by Northwind Logistics, so it ranks higher here.');
  const down = applyCertificationPolicy(plain, policy({ [mid]: { status: 'not-supported' } }));
  assert.ok(rank(down, mid) > rank(plain, mid));
  const funded = applyCertificationPolicy(plain, policy({ [mid]: { status: 'funded' } }));
  assert.equal(rank(funded, mid), rank(plain, mid));
  assert.equal(funded.find((p) => p.cert.id === mid)!.reasons[0], 'Funded by Northwind Logistics.');
  // Neutral ranking marks without moving.
  const neutral = applyCertificationPolicy(plain, policy({ [mid]: { status: 'preferred' } }, 'neutral'));
  assert.deepEqual(ids(neutral), ids(plain));
  assert.equal(neutral.find((p) => p.cert.id === mid)!.reasons[0], 'Preferred by Northwind Logistics.');
  // The input is not changed.
  assert.equal(plain.find((p) => p.cert.id === mid)!.reasons.includes(pick.reasons[0]!), false);
});

test('topPicksWithPolicy: the same picks as topPicks without a policy; with one, a preferred credential enters the top five', () => {
  assert.deepEqual(ids(topPicksWithPolicy(certs, pm, null)), ids(topPicks(certs, pm)));
  const top = ids(topPicks(certs, pm));
  const candidate = rankCertifications(certs, pm).find((p) => !top.includes(p.cert.id) && p.excluded === false)!;
  const withPolicy = topPicksWithPolicy(certs, pm, policy({ [candidate.cert.id]: { status: 'preferred' } }));
  assert.ok(ids(withPolicy).includes(candidate.cert.id), `${candidate.cert.id} in ${ids(withPolicy).join()}`);
  assert.equal(withPolicy.length, 5);
  // Held credentials stay out whatever the policy says.
  const held = topPicksWithPolicy(certs, { ...pm, held: ['pmi-pmp'] }, policy({ 'pmi-pmp': { status: 'funded-and-preferred' } }));
  assert.equal(ids(held).includes('pmi-pmp'), false);
});

test('certification-policy.yaml: statuses, ids and an empty list are checked', () => {
  const bad = certificationPolicyFileSchema.safeParse({ ranking: 'loud', credentials: { 'PMI PMP': { status: 'free' } } });
  assert.equal(bad.success, false);
  const paths = bad.error!.issues.map((i) => i.path.join('.'));
  assert.ok(paths.includes('ranking'), paths.join());
  assert.ok(
    paths.some((p) => p.startsWith('credentials')),
    paths.join(),
  );
  assert.equal(certificationPolicyFileSchema.safeParse({ credentials: {} }).success, false);
  assert.equal(certificationPolicyFileSchema.parse({ credentials: { 'pmi-pmp': { status: 'funded' } } }).ranking, 'policy');
});
