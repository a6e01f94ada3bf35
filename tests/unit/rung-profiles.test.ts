import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { parse, stringify } from 'yaml';
import {
  coreOf,
  formatAmount,
  formatCount,
  formatMoneyRange,
  formatMonths,
  isRoundAmount,
  mergeProfile,
  profileNote,
  profileRows,
  type ProfileCore,
  type RungProfile,
} from '../../src/lib/ladder/profile.ts';
import { comparisonNote, direction, profileStepUp } from '../../src/lib/ladder/profile-compare.ts';
import { asStepUp } from '../../src/lib/ladder/compare.ts';
import { roleSchemaFor } from '../../src/schemas/role.ts';
import { profileOverrideSchema } from '../../src/schemas/profile.ts';
import { formatIssues } from '../../src/schemas/fact.ts';
import { checkContent, checkDataSchemas } from '../../build/integrations/content-integrity.ts';
import { roles } from './support/data.ts';

const BUILD_DAY = '2026-12-07';
const root = join(import.meta.dirname, '../..');
const all = roles();
const role = (id: string) => all.find((r) => r.id === id)!;
const RUNGS = all.filter((r) => r.kind === 'rung').sort((a, b) => a.rung! - b.rung!);
const profiled = all.filter((r) => r.profile);
const core = (id: string) => coreOf(role(id).profile as RungProfile);

// ---- Figures in words ---------------------------------------------------------------

test('amounts in words: thousands with commas, millions and billions with up to two decimals', () => {
  assert.equal(formatAmount(50_000, 'gbp'), '£50,000');
  assert.equal(formatAmount(100_000, 'gbp'), '£100,000');
  assert.equal(formatAmount(1_000_000, 'gbp'), '£1 million');
  assert.equal(formatAmount(1_500_000, 'gbp'), '£1.5 million');
  assert.equal(formatAmount(1_250_000, 'usd'), 'US$1.25 million');
  assert.equal(formatAmount(13_000_000, 'usd'), 'US$13 million');
  assert.equal(formatAmount(250_000_000, 'usd'), 'US$250 million');
  assert.equal(formatAmount(2_500_000_000, 'eur'), '€2.5 billion');
});

test('a range for readers: "£100,000 to £1.5 million" in words, "£1–10 million" when compact', () => {
  assert.equal(formatMoneyRange({ min: 100_000, max: 1_500_000 }, 'gbp'), '£100,000 to £1.5 million');
  assert.equal(formatMoneyRange({ min: 1_000_000, max: 10_000_000 }, 'gbp'), '£1 million to £10 million');
  assert.equal(formatMoneyRange({ min: 100_000, max: 1_500_000 }, 'gbp', 'compact'), '£100,000–£1.5 million');
  assert.equal(formatMoneyRange({ min: 1_000_000, max: 10_000_000 }, 'gbp', 'compact'), '£1–10 million');
  assert.equal(formatMoneyRange({ min: 1_250_000, max: 13_000_000 }, 'usd', 'compact'), 'US$1.25–13 million');
  assert.equal(formatMoneyRange({ min: 50_000, max: 200_000 }, 'gbp', 'compact'), '£50,000–£200,000');
  assert.equal(formatMoneyRange({ min: 500_000_000, max: 2_000_000_000 }, 'gbp', 'compact'), '£500 million–£2 billion');
  assert.equal(formatCount({ min: 4, max: 15 }, 'words', 'people'), '4 to 15 people');
  assert.equal(formatCount({ min: 20, max: 80 }, 'compact'), '20–80');
  assert.equal(formatCount({ min: 1000, max: 2500 }, 'compact', 'people'), '1,000–2,500 people');
});

test('durations read as months, or as whole years from two years up', () => {
  assert.equal(formatMonths(3, 12), '3 to 12 months');
  assert.equal(formatMonths(12, 30), '12 to 30 months');
  assert.equal(formatMonths(24, 60), '2 to 5 years');
  assert.equal(formatMonths(12, 24, 'compact'), '1–2 years');
  assert.equal(formatMonths(6, 24), '6 to 24 months');
});

test('only round amounts are allowed, so the words never round a figure away', () => {
  for (const n of [1000, 50_000, 999_000, 1_000_000, 1_250_000, 13_000_000]) assert.ok(isRoundAmount(n), String(n));
  for (const n of [0, -5000, 1500.5, 12_345, 1_234_567, 1_005_000]) assert.ok(!isRoundAmount(n), String(n));
});

// ---- The data ------------------------------------------------------------------------

test('every rung and the PMO lead has a profile; the figures rise up the ladder', () => {
  assert.deepEqual(profiled.map((r) => r.id).sort(), [
    'pmo-lead',
    'portfolio-manager',
    'programme-manager',
    'project-coordinator',
    'project-manager',
    'senior-project-manager',
  ]);
  assert.equal(role('pmo-lead').kind, 'side-door');
  for (const r of profiled) {
    const p = r.profile!;
    assert.equal(p.basis, 'editorial-estimate');
    assert.equal(p.checked, BUILD_DAY);
    assert.ok(p.anchors.length > 0, r.id);
  }
  // Budgets led by a role grow rung by rung.
  const led = RUNGS.filter((r) => r.profile!.budget.basis === 'leads').map((r) => r.profile!.budget.gbp!);
  for (let i = 1; i < led.length; i++) assert.equal(direction(led[i - 1]!, led[i]!), 'grow');
});

test('the rows a page shows: the figures in words, notes as their own sentences, every row the guide’s', () => {
  const rows = profileRows({ profile: core('project-manager'), orgFields: [] });
  assert.deepEqual(
    rows.map((r) => [r.label, r.value]),
    [
      ['Budget', '£100,000 to £1.5 million (US$125,000 to US$2 million)'],
      ['Team', '4 to 15 people'],
      ['Duration', '3 to 18 months'],
      ['At once', '1 to 4 projects'],
      ['Decision rights', core('project-manager').decides],
      [
        'Stakeholders',
        'The sponsor, one or two suppliers, the service owner who will run the result, business leads, the change advisory board and the finance business partner.',
      ],
    ],
  );
  assert.ok(rows.every((r) => r.origin === 'guide'));
  const spm = profileRows({ profile: core('senior-project-manager'), orgFields: [] });
  assert.equal(spm.find((r) => r.key === 'team')!.value, '20 to 80 people, led through three to six workstream or supplier leads');
  const coordinator = profileRows({ profile: core('project-coordinator'), orgFields: [] });
  assert.equal(coordinator[0]!.value, 'None of its own; supports projects of £50,000 to £2 million (US$60,000 to US$2.5 million)');
  assert.equal(coordinator[1]!.value, 'Coordinates 5 to 30 people, none of whom report to the role');
  const portfolio = profileRows({ profile: core('portfolio-manager'), orgFields: [] });
  assert.equal(portfolio[2]!.value, 'Continuous');
  assert.equal(portfolio[3]!.value, '20 to 150 initiatives in flight or waiting to start');
  for (const r of profiled) {
    for (const row of profileRows({ profile: coreOf(r.profile as RungProfile), orgFields: [] })) {
      assert.doesNotMatch(row.value, / {2}|\(\s|\s\)|\.\.|,,|\( [^)]*\(/, `${r.id} ${row.key}: ${row.value}`);
      assert.match(row.value, /^[A-Z0-9£]/, `${r.id} ${row.key} starts with a capital: ${row.value}`);
    }
  }
});

test('the note says the figures are the editors’ estimates, and says so differently where an organisation gives its own', () => {
  const guide = profileNote({ orgFields: [] }, '7 December 2026');
  assert.match(guide, /No official body publishes budgets, team sizes or durations by rung/);
  assert.match(guide, /the editors’ estimates for a mid-sized or large organisation/);
  assert.match(guide, /Last reviewed 7 December 2026\.$/);
  const some = profileNote({ orgFields: ['budget'], organisation: 'Northwind' }, '7 December 2026');
  assert.match(some, /^The figures marked “From Northwind” are set by Northwind for this grade\. The rest are the editors’ estimates/);
  assert.match(some, /Decision rights and stakeholders are the editors’ summary/);
  const size = profileNote({ orgFields: ['budget', 'team', 'duration', 'parallel', 'decides', 'stakeholders'], organisation: 'Northwind' }, '7 December 2026');
  assert.equal(size, 'Every figure here is set by Northwind for this grade. The decision rights and stakeholders are set by Northwind too.');
  assert.match(
    profileNote({ orgFields: ['decides'], organisation: 'Northwind' }),
    /^The figures are the editors’ estimates.+The decision rights are set by Northwind; the stakeholders are the editors’ summary\.$/,
  );
  for (const n of [guide, some, size]) assert.doesNotMatch(n, / {2}|\.\./);
});

// ---- Step-up sentences -----------------------------------------------------------------

const compared = (lower: string, higher: string) =>
  profileStepUp({ name: role(lower).name, profile: core(lower) }, { name: role(higher).name, profile: core(higher) });
const textOf = (changes: ReturnType<typeof profileStepUp>, key: string) => changes.find((c) => c.key === key)?.text;

test('project manager to senior project manager: budgets and teams grow, in the guide’s words', () => {
  const c = compared('project-manager', 'senior-project-manager');
  assert.equal(textOf(c, 'budget'), 'Budgets grow from £100,000–£1.5 million to £1–10 million.');
  assert.equal(textOf(c, 'team'), 'Teams grow from 4–15 people to 20–80, led through three to six workstream or supplier leads.');
  assert.equal(textOf(c, 'duration'), 'The work runs longer, from 3–18 months to 12–30 months.');
  assert.equal(textOf(c, 'parallel'), 'Work in parallel narrows from 1–4 projects to 1–2.');
  const decides = c.find((x) => x.key === 'decides')!;
  assert.deepEqual([decides.text, decides.detailRole, decides.detail], ['Decision rights', 'Senior project manager', core('senior-project-manager').decides]);
  assert.match(textOf(c, 'stakeholders')!, /^Stakeholders widen to include an executive sponsor, a steering committee, .+ and internal audit\.$/);
});

test('every pair of adjacent rungs gets a sentence per measure, written for its case', () => {
  const expected: Record<string, Record<string, string>> = {
    'project-coordinator>project-manager': {
      budget: 'Budgets move from none of your own, on projects of £50,000–£2 million, to £100,000–£1.5 million for the work you lead.',
      team: 'The team moves from coordinating 5–30 people who report elsewhere to directing 4–15 people.',
      duration: 'The work runs for 3–18 months in both roles.',
      parallel: 'Work in parallel stays at 1–4 projects.',
    },
    'senior-project-manager>programme-manager': {
      budget: 'Budgets grow from £1–10 million to £5–50 million.',
      team: 'Teams grow from 20–80 people to 50–300, led through three to eight project managers.',
      duration: 'The work runs longer, from 12–30 months to 2–5 years.',
      parallel: 'Work in parallel grows from 1–2 projects to 3–10 linked projects in one programme.',
    },
    'programme-manager>portfolio-manager': {
      budget: 'Budgets move from £5–50 million for the work you lead to £10–200 million a year across the portfolio.',
      team: 'The team moves from directing 50–300 people through three to eight project managers to running an office of 3–15 people.',
      duration: 'The work moves from fixed terms of 2–5 years to running continuously, with no end date.',
      parallel: 'Work in parallel grows from 3–10 linked projects in one programme to 20–150 initiatives in flight or waiting to start.',
    },
  };
  for (let i = 0; i + 1 < RUNGS.length; i++) {
    const [lo, hi] = [RUNGS[i]!, RUNGS[i + 1]!];
    // The explorer orders a pair as a step up by skills; for adjacent rungs that is the ladder's own order.
    const [a, b] = asStepUp(lo, hi);
    assert.deepEqual([a.id, b.id], [lo.id, hi.id]);
    const changes = compared(lo.id, hi.id);
    assert.deepEqual(changes.map((c) => c.key).slice(0, 5), ['budget', 'team', 'duration', 'parallel', 'decides'], `${lo.id} > ${hi.id}`);
    for (const c of changes) {
      const words = [c.text, c.detail ?? ''].join(' ');
      assert.match(c.text, /^[A-Z]/, `${lo.id} > ${hi.id}: "${c.text}" starts with a capital`);
      assert.doesNotMatch(words, / {2}|\.\.|,,|, \.|\(\(|\)\)|\( | \)/, `no doubled spaces or stray punctuation: "${words}"`);
      assert.doesNotMatch(words, /\([^)]*\(/, `no nested parentheses: "${words}"`);
      // Names keep their capitals: a sentence of the guide's own never holds a role's name lower-cased.
      if (c.key !== 'stakeholders') {
        for (const r of all) assert.doesNotMatch(c.text, new RegExp(`\\b${r.name.toLowerCase()}\\b(?!s)`), `${r.name} lower-cased in "${c.text}"`);
      }
    }
    for (const [key, text] of Object.entries(expected[`${lo.id}>${hi.id}`] ?? {})) assert.equal(textOf(changes, key), text, `${lo.id} > ${hi.id} ${key}`);
  }
});

test('every pair of profiled roles, both ways round, reads cleanly: one sentence per measure and nothing assembled from labels', () => {
  for (const x of profiled) {
    for (const y of profiled) {
      if (x.id === y.id) continue;
      const changes = compared(x.id, y.id);
      for (const c of changes) {
        assert.match(c.text, /^[A-Z].*[.]$|^Decision rights$/, `${x.id} > ${y.id}: "${c.text}"`);
        assert.doesNotMatch(c.text, / {2}|\.\.|,,|, \.|undefined|null|NaN/, `${x.id} > ${y.id}: "${c.text}"`);
        assert.doesNotMatch(c.text, /\b(budget|team|duration|at once|decision rights|stakeholders)\b:/, 'no row label lower-cased into a sentence');
      }
    }
  }
});

test('the other cases: shrinking, equal, overlapping, different currencies and a role without a profile', () => {
  const base = core('project-manager');
  const withBudget = (gbp: { min: number; max: number }, usd?: { min: number; max: number }): ProfileCore => ({
    ...base,
    budget: { basis: 'leads', gbp, usd },
  });
  const two = (a: ProfileCore, b: ProfileCore) => profileStepUp({ name: 'Role A', profile: a }, { name: 'Role B', profile: b });
  assert.equal(textOf(compared('senior-project-manager', 'project-manager'), 'budget'), 'Budgets shrink from £1–10 million to £100,000–£1.5 million.');
  assert.equal(textOf(two(base, base), 'budget'), 'Budgets stay at £100,000–£1.5 million.');
  assert.equal(textOf(two(base, base), 'team'), 'Teams stay at 4–15 people.');
  assert.equal(textOf(two(base, base), 'duration'), 'The work runs for 3–18 months in both roles.');
  assert.equal(textOf(two(base, base), 'stakeholders'), undefined, 'no new stakeholders, no sentence');
  assert.equal(
    textOf(two(withBudget({ min: 100_000, max: 5_000_000 }), withBudget({ min: 500_000, max: 2_000_000 })), 'budget'),
    'Budgets overlap: £100,000–£5 million for Role A against £500,000–£2 million for Role B.',
  );
  const dollars: ProfileCore = { ...base, budget: { basis: 'leads', usd: { min: 200_000, max: 900_000 } } };
  const pounds: ProfileCore = { ...base, budget: { basis: 'leads', gbp: { min: 100_000, max: 700_000 } } };
  assert.equal(
    textOf(two(pounds, dollars), 'budget'),
    'The two budgets are given in different currencies: £100,000–£700,000 for Role A and US$200,000–US$900,000 for Role B.',
  );
  assert.equal(
    textOf(two(base, dollars), 'budget'),
    'Budgets overlap: US$125,000–US$2 million for Role A against US$200,000–US$900,000 for Role B.',
    'compared in the currency both give',
  );
  assert.deepEqual(profileStepUp({ name: 'Scrum master', profile: null }, { name: 'Project manager', profile: base }), [
    { key: 'missing', text: 'The guide gives no budget, team or duration for Scrum master, so there are no figures to compare.' },
  ]);
  assert.deepEqual(profileStepUp({ name: 'A', profile: undefined }, { name: 'B', profile: null }), []);
  const continuous = compared('portfolio-manager', 'pmo-lead');
  assert.equal(textOf(continuous, 'duration'), 'The work runs continuously in both roles, with no end date.');
  assert.equal(textOf(compared('pmo-lead', 'programme-manager'), 'duration'), 'The work moves from running continuously to fixed terms of 2–5 years.');
  assert.equal(
    textOf(compared('pmo-lead', 'portfolio-manager'), 'team'),
    'Your own office overlaps: 2–20 people for PMO lead against 3–15 people for Portfolio manager.',
  );
});

test('the comparison’s note: the editors’ estimates, or an organisation’s own where it gives them', () => {
  const guide = { orgFields: [] };
  assert.match(comparisonNote({ name: 'A', view: guide }, { name: 'B', view: guide })!, /^No official body publishes budgets, team sizes or durations by rung/);
  assert.equal(comparisonNote({ name: 'A', view: null }, { name: 'B', view: undefined }), null);
  assert.equal(
    comparisonNote({ name: 'Project manager', view: guide }, { name: 'Senior project manager', view: { orgFields: ['budget'], organisation: 'Northwind' } }),
    'Figures set by Northwind stand in for the guide’s where it gives them, for Senior project manager; the rest are the editors’ estimates for a mid-sized or large organisation, which no official body publishes.',
  );
});

// ---- An organisation's own fields --------------------------------------------------------

test('an organisation’s fields replace the guide’s one by one, keep the guide’s kind unless they name their own, and are marked as its own', () => {
  const guide = core('senior-project-manager');
  const view = mergeProfile(
    guide,
    { budget: { gbp: { min: 500_000, max: 5_000_000 } }, stakeholders: ['the transformation board', 'two suppliers'] },
    { organisation: 'Northwind', grade: 'P3' },
  );
  assert.deepEqual(view.orgFields, ['budget', 'stakeholders']);
  assert.deepEqual(view.profile.budget, { gbp: { min: 500_000, max: 5_000_000 }, basis: 'leads' });
  assert.equal(view.profile.team, guide.team);
  assert.equal(view.organisation, 'Northwind');
  const rows = profileRows(view);
  assert.deepEqual(
    rows.map((r) => r.origin),
    ['org', 'guide', 'guide', 'guide', 'guide', 'org'],
  );
  assert.equal(rows[0]!.value, '£500,000 to £5 million', 'no dollar figure the organisation did not give');
  assert.equal(mergeProfile(guide, { team: { min: 10, max: 40 } }).profile.team.through, undefined, 'the guide’s "led through" does not outlive its numbers');
  assert.deepEqual(mergeProfile(guide, undefined), { profile: guide, orgFields: [] });
});

test('grades.yaml profile: any subset of fields; a bad one names its field', () => {
  assert.equal(profileOverrideSchema.safeParse({ budget: { gbp: { min: 500_000, max: 5_000_000 } } }).success, true);
  assert.equal(profileOverrideSchema.safeParse({ duration: { continuous: true } }).success, true);
  const bad = profileOverrideSchema.safeParse({
    budget: { gbp: { min: 5_000_000, max: 500_000 } },
    team: { min: 3.5, max: 10, colour: 'red' },
    decides: 'lowercase and no stop',
  });
  assert.equal(bad.success, false);
  const paths = bad.error!.issues.map((i) => i.path.join('.'));
  for (const p of ['budget.gbp.max', 'team', 'team.min', 'decides']) assert.ok(paths.includes(p), `${p} in ${paths.join(', ')}`);
  const empty = profileOverrideSchema.safeParse({});
  assert.equal(empty.success, false);
  assert.match(empty.error!.issues[0]!.message, /at least one field/);
  const noMoney = profileOverrideSchema.safeParse({ budget: { basis: 'leads' } });
  assert.deepEqual(
    noMoney.error!.issues.map((i) => [i.path.join('.'), i.message]),
    [['budget', 'needs a range in at least one currency: gbp, usd or eur']],
  );
});

// ---- Bad data fails with file and field -----------------------------------------------------

const schemaErrors = (file: string, data: unknown, today = BUILD_DAY) => {
  const r = roleSchemaFor(today).safeParse(data);
  return r.success ? [] : formatIssues(file, r.error.issues);
};
const pmData = () => parse(readFileSync(join(root, 'src/content/roles/project-manager.yaml'), 'utf8')) as Record<string, any>;

test('a rung without a profile fails, naming file and field', () => {
  const data = pmData();
  delete data.profile;
  assert.deepEqual(schemaErrors('src/content/roles/project-manager.yaml', data), [
    'src/content/roles/project-manager.yaml: field "profile" is required for a rung: its typical budget, team, duration, work in parallel, decision rights and stakeholders',
  ]);
  const entry = parse(readFileSync(join(root, 'src/content/roles/scrum-master.yaml'), 'utf8'));
  assert.deepEqual(schemaErrors('scrum-master.yaml', entry), [], 'other roles may go without');
});

test('bad profile figures fail, each naming file and field', () => {
  const data = pmData();
  data.profile.budget.gbp = { min: 1_500_000, max: 100_000 };
  data.profile.budget.usd = { min: 125_432, max: 2_000_000 };
  delete data.profile.team.basis;
  data.profile.duration = { minMonths: 3 };
  data.profile.parallel.of = 'projects.';
  data.profile.decides = 'decides things';
  data.profile.basis = 'official';
  data.profile.anchors = [];
  const errors = schemaErrors('src/content/roles/project-manager.yaml', data);
  for (const field of [
    'profile.budget.gbp.max',
    'profile.budget.usd.min',
    'profile.team.basis',
    'profile.duration',
    'profile.parallel.of',
    'profile.decides',
    'profile.basis',
    'profile.anchors',
  ]) {
    assert.ok(
      errors.some((e) => e.startsWith(`src/content/roles/project-manager.yaml: field "${field}"`)),
      `${field}:\n${errors.join('\n')}`,
    );
  }
  assert.ok(
    errors.includes('src/content/roles/project-manager.yaml: field "profile.budget.gbp.max" (100000) must be larger than "min" (1500000): a budget is a range'),
  );
  assert.ok(
    errors.includes(
      'src/content/roles/project-manager.yaml: field "profile.budget.usd.min" (125432) must be a round figure: whole thousands below a million, and steps of 10,000 from a million up',
    ),
  );
  assert.ok(
    errors.includes(
      'src/content/roles/project-manager.yaml: field "profile.basis" must be "editorial-estimate": no official body publishes budgets, teams or durations by rung',
    ),
  );
});

test('a profile reviewed after the build date, or missing its dollars, fails', () => {
  const data = pmData();
  data.profile.checked = '2026-12-24';
  delete data.profile.budget.usd;
  assert.deepEqual(schemaErrors('pm.yaml', data), [
    'pm.yaml: field "profile.budget.usd" is required: the guide gives every budget in pounds and in dollars',
    'pm.yaml: field "profile.checked" (2026-12-24) is after the build date 2026-12-07: "checked" is the day the editors last reviewed the figures',
  ]);
});

test('the build’s schema pass and cross-checks name the file: a bad figure, an unknown framework', () => {
  const dir = mkdtempSync(join(tmpdir(), 'guide-profile-'));
  try {
    const fixture = join(root, 'tests/fixtures/integrity/valid');
    const rolesDir = join(dir, 'src/content/roles');
    mkdirSync(rolesDir, { recursive: true });
    const data = parse(readFileSync(join(fixture, 'src/content/roles/rung-two.yaml'), 'utf8')) as Record<string, any>;
    data.profile.team.max = 2;
    writeFileSync(join(rolesDir, 'rung-two.yaml'), stringify(data));
    assert.deepEqual(checkDataSchemas(dir, { certifications: 'none', market: 'none', facts: 'none', roles: 'src/content/roles' }, BUILD_DAY), [
      'src/content/roles/rung-two.yaml: field "profile.team.max" (2) must be larger than "min" (4): a team size is a range',
    ]);
    // An anchor naming a fact that does not exist is caught where the collections meet.
    const errors = checkContent(fixture).concat(
      checkContentWith(fixture, (d) => {
        d.profile.anchors = [{ fact: 'no-such-framework', says: 'Somewhere' }];
      }),
    );
    assert.deepEqual(errors, ['src/content/roles/rung-two.yaml: "rung-two" field "profile.anchors[0].fact" refers to unknown fact "no-such-framework"']);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

/** checkContent over a copy of the valid fixture with rung-two.yaml changed. */
function checkContentWith(fixture: string, change: (data: Record<string, any>) => void): string[] {
  const copy = mkdtempSync(join(tmpdir(), 'guide-integrity-'));
  try {
    for (const sub of ['certifications', 'docs/guide', 'glossary', 'roles', 'facts']) mkdirSync(join(copy, 'src/content', sub), { recursive: true });
    const files = [
      'certifications/cert-a.yaml',
      'certifications/cert-b.yaml',
      'docs/guide/chapter.mdx',
      'glossary/backlog-grooming.yaml',
      'glossary/raid-log.yaml',
      'glossary/risk.yaml',
      'roles/entry-one.yaml',
      'roles/rung-one.yaml',
      'roles/rung-two.yaml',
      'facts/framework-a.yaml',
    ];
    for (const f of files) writeFileSync(join(copy, 'src/content', f), readFileSync(join(fixture, 'src/content', f)));
    const data = parse(readFileSync(join(fixture, 'src/content/roles/rung-two.yaml'), 'utf8')) as Record<string, any>;
    change(data);
    writeFileSync(join(copy, 'src/content/roles/rung-two.yaml'), stringify(data));
    return checkContent(copy);
  } finally {
    rmSync(copy, { recursive: true });
  }
}
