import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../src/lib/csv.ts';
import { eligibilityFactOf } from '../../src/lib/certs/describe.ts';
import { FACT_STATUSES } from '../../src/lib/facts/provenance.ts';
import { GROUP_LABELS, SKILL_DIMENSIONS, SKILL_IDS } from '../../src/lib/ladder/dimensions.ts';
import { LIST_SEPARATOR, OPEN_DATA_FILES, OPEN_DATA_FORMAT, OPEN_DATA_VERSION, openDataFile, type OpenDataInput } from '../../src/lib/open-data.ts';
import { loadCertificationFiles, roles, sourcedFacts } from './support/data.ts';

const root = join(import.meta.dirname, '../..');

/** The same records src/data/open-data.ts builds from the collections. */
function input(base = '/'): OpenDataInput {
  const certs = loadCertificationFiles();
  const nameOf = (id: string) => certs.find((c) => c.id === id)?.short ?? id;
  return {
    roles: roles(),
    dimensions: SKILL_DIMENSIONS,
    groupLabels: GROUP_LABELS,
    credentials: certs.map((c) => ({ ...c, facts: [eligibilityFactOf(c.prerequisites, nameOf), ...c.facts] })),
    anchorSources: Object.fromEntries(
      sourcedFacts().map((f) => [f.id, { label: f.label, url: f.source?.url ?? null, publisher: f.source?.publisher ?? null }]),
    ),
    base,
    guideVersion: '0.2.0',
  };
}

const data = input();
const render = (file: string, i = data) => openDataFile(file)!.render(i);
const json = (file: string, i = data) => JSON.parse(render(file, i)) as Record<string, unknown> & { [k: string]: any };
const csv = (file: string, i = data) => {
  const rows = parseCsv(render(file, i));
  return { header: rows[0]!, rows: rows.slice(1) };
};

test('the files: ladder, skills and credentials as JSON, and their flat tables as CSV', () => {
  assert.deepEqual(
    OPEN_DATA_FILES.map((f) => f.file),
    [
      'ladder.json',
      'roles.csv',
      'role-moves.csv',
      'role-skills.csv',
      'rung-profiles.json',
      'rung-profiles.csv',
      'rung-profile-anchors.csv',
      'skills.json',
      'skills.csv',
      'credentials.json',
      'credentials.csv',
      'credential-facts.csv',
      'renewal-rules.csv',
      'renewal-areas.csv',
    ],
  );
  for (const f of OPEN_DATA_FILES) {
    assert.equal(f.file.endsWith(`.${f.format}`), true, f.file);
    assert.match(f.file, /^[a-z-]+\.(json|csv)$/);
    assert.ok(f.fields.length > 0 && f.fields.every((x) => x.name && x.meaning.length > 10), f.file);
  }
});

test('every JSON file carries the format, its version, the dataset and the dictionary address', () => {
  for (const f of OPEN_DATA_FILES.filter((x) => x.format === 'json')) {
    const d = json(f.file);
    assert.equal(d.format, OPEN_DATA_FORMAT);
    assert.equal(d.formatVersion, OPEN_DATA_VERSION);
    assert.equal(d.dataset, f.file.replace('.json', ''));
    assert.equal(d.guideVersion, '0.2.0');
    assert.equal(d.dictionary, '/about/open-data/');
    assert.ok(render(f.file).endsWith('}\n'));
  }
});

test('every CSV file: the documented columns as its header, rows as wide as the header, CRLF records', () => {
  for (const f of OPEN_DATA_FILES.filter((x) => x.format === 'csv')) {
    const text = render(f.file);
    assert.ok(text.endsWith('\r\n'), f.file);
    assert.doesNotMatch(text.charAt(0), /\uFEFF/, 'no byte-order mark');
    const { header, rows } = csv(f.file);
    assert.deepEqual(
      header,
      f.fields.map((x) => x.name),
      f.file,
    );
    assert.equal(new Set(header).size, header.length, `${f.file}: column names are unique`);
    assert.ok(rows.length > 0, f.file);
    for (const r of rows) assert.equal(r.length, header.length, `${f.file}: ${r.join('|')}`);
  }
});

test('ladder: every role once, rungs numbered 1 to 5, moves to roles that exist, a full skill profile each', () => {
  const { roles: list } = json('ladder.json') as { roles: any[] };
  const ids = list.map((r) => r.id);
  assert.equal(ids.length, roles().length);
  assert.equal(new Set(ids).size, ids.length);
  assert.deepEqual(
    list
      .filter((r) => r.kind === 'rung')
      .map((r) => r.rung)
      .sort(),
    [1, 2, 3, 4, 5],
  );
  for (const r of list) {
    assert.ok(['rung', 'entry', 'side-door', 'specialisation'].includes(r.kind));
    if (r.kind !== 'rung') assert.equal(r.rung, null);
    for (const m of r.moves) assert.ok(ids.includes(m.to), `${r.id} → ${m.to}`);
    assert.deepEqual(Object.keys(r.skills), [...SKILL_IDS]);
    for (const s of Object.values(r.skills) as Array<{ level: number; why: string }>) {
      assert.ok(Number.isInteger(s.level) && s.level >= 1 && s.level <= 5);
      assert.ok(s.why.length >= 20);
    }
    assert.equal(r.page, `/roles/${r.id}/`);
  }
  const pm = list.find((r) => r.id === 'project-manager');
  assert.deepEqual(pm.skills.planning, { level: 4, why: roles().find((r) => r.id === 'project-manager')!.skillNotes.planning });
});

test('the CSV tables hold the same ladder: roles, moves and one skill row per role and skill', () => {
  const ladder = (json('ladder.json') as { roles: any[] }).roles;
  const rolesCsv = csv('roles.csv');
  assert.deepEqual(
    rolesCsv.rows.map((r) => r[0]),
    ladder.map((r) => r.id),
  );
  const rungCol = rolesCsv.header.indexOf('rung');
  assert.deepEqual(
    rolesCsv.rows.map((r) => r[rungCol]),
    ladder.map((r) => (r.rung === null ? '' : String(r.rung))),
  );
  const moves = csv('role-moves.csv').rows;
  assert.equal(
    moves.length,
    ladder.reduce((n, r) => n + r.moves.length, 0),
  );
  const skills = csv('role-skills.csv').rows;
  assert.equal(skills.length, ladder.length * SKILL_IDS.length);
  for (const [role, skill, level, why] of skills) {
    const r = ladder.find((x) => x.id === role);
    assert.equal(Number(level), r.skills[skill!].level);
    assert.equal(why, r.skills[skill!].why);
  }
});

test('skills: every dimension with its group and five level descriptions', () => {
  const d = json('skills.json');
  assert.deepEqual(
    d.groups.map((g: { id: string }) => g.id),
    ['ways-of-working', 'power-skills', 'business-acumen', 'technical-literacy'],
  );
  assert.deepEqual(
    d.skills.map((s: { id: string }) => s.id),
    [...SKILL_IDS],
  );
  for (const s of d.skills)
    assert.deepEqual(
      s.levels.map((l: { level: number }) => l.level),
      [1, 2, 3, 4, 5],
    );
  const { header, rows } = csv('skills.csv');
  assert.deepEqual(header.slice(-5), ['level_1', 'level_2', 'level_3', 'level_4', 'level_5']);
  assert.deepEqual(rows[0]!.slice(-5), SKILL_DIMENSIONS[0]!.levels);
});

test('credentials: every fact with its status and source, eligibility first; values only where a source gives them', () => {
  const list = (json('credentials.json') as { credentials: any[] }).credentials;
  assert.equal(list.length, loadCertificationFiles().length);
  let facts = 0;
  for (const c of list) {
    assert.equal(c.facts[0].id, 'eligibility');
    for (const f of c.facts) {
      facts++;
      assert.ok((FACT_STATUSES as readonly string[]).includes(f.status));
      // Eligibility always has its words (the rule as long published when no issuer page confirms it), as on the pages.
      if (f.status === 'not-found') assert.deepEqual([f.id === 'eligibility' ? null : f.value, f.source], [null, null], `${c.id}.${f.id}`);
      else assert.ok(f.value && f.source?.url.startsWith('https://'), `${c.id}.${f.id}`);
      if (f.status === 'confirmed') assert.equal(f.source.kind, 'official');
      assert.match(f.checked, /^\d{4}-\d{2}-\d{2}$/);
      assert.match(f.reviewBy, /^\d{4}-\d{2}-\d{2}$/);
    }
    const renewal = c.facts.find((f: { id: string }) => f.id === 'renewal');
    assert.equal(c.renewalRule !== null, renewal.status === 'confirmed', c.id);
  }
  assert.equal(csv('credential-facts.csv').rows.length, facts);
  assert.equal(csv('credentials.csv').rows.length, list.length);
});

test('renewal rules: one row per credential, fields only where the issuer confirms the rule; areas in their own table', () => {
  const { header, rows } = csv('renewal-rules.csv');
  const col = (name: string) => header.indexOf(name);
  assert.equal(rows.length, loadCertificationFiles().length);
  for (const r of rows) {
    const confirmed = r[col('renewal_status')] === 'confirmed';
    assert.equal(r[col('cycle_years')] !== '', confirmed, r[0]);
    if (!confirmed)
      assert.ok(
        r.slice(2).every((v) => v === ''),
        r[0],
      );
  }
  const pmp = rows.find((r) => r[0] === 'pmi-pmp')!;
  assert.deepEqual([pmp[col('cycle_years')], pmp[col('units')], pmp[col('units_required')], pmp[col('fee_fact')]], ['3', 'PDUs', '60', 'renewal-fee']);
  assert.deepEqual(csv('renewal-areas.csv').rows, [
    ['pmi-capm', 'Ways of Working', '2', ''],
    ['pmi-capm', 'Power Skills', '2', ''],
    ['pmi-capm', 'Business Acumen', '2', ''],
    ['pmi-capm', 'Giving Back', '', '6'],
  ]);
});

test('lists in one cell split back exactly: no item holds the separator', () => {
  const items = [
    ...data.roles.flatMap((r) => [...r.titles, ...r.certifications, ...(r.profile?.stakeholders ?? [])]),
    ...data.credentials.flatMap((c) => [...c.coveredBy, ...(c.renewalRule?.routes ?? []), ...(c.renewalRule?.conditions ?? [])]),
  ];
  for (const item of items) assert.ok(!item.includes(LIST_SEPARATOR.trim()), item);
});

test('no real data is mistaken for a formula, and hostile text is written as text', () => {
  for (const f of OPEN_DATA_FILES.filter((x) => x.format === 'csv')) {
    for (const row of csv(f.file).rows) for (const cell of row) assert.doesNotMatch(cell, /^'[=+\-@]/, `${f.file}: ${cell}`);
  }
  const hostile = input();
  const [first, ...rest] = hostile.roles;
  hostile.roles = [{ ...first!, name: '=HYPERLINK("https://evil.example")', summary: '@SUM(1)\n"quoted", with comma' }, ...rest];
  const row = csv('roles.csv', hostile).rows[0]!;
  assert.equal(row[1], '\'=HYPERLINK("https://evil.example")');
  assert.equal(row[5], '\'@SUM(1)\n"quoted", with comma');
  assert.equal((json('ladder.json', hostile) as { roles: any[] }).roles[0].name, '=HYPERLINK("https://evil.example")', 'JSON keeps the text as it is');
});

test('under a base path, page addresses and the dictionary carry it', () => {
  const based = input('/careers/');
  assert.equal(json('ladder.json', based).dictionary, '/careers/about/open-data/');
  assert.equal((json('ladder.json', based) as { roles: any[] }).roles[0].page.startsWith('/careers/roles/'), true);
  assert.ok(csv('credentials.csv', based).rows.every((r) => r.at(-1)!.startsWith('/careers/certifications/')));
});

test('the dictionary page lists every file through its component, and the endpoints build every file', () => {
  const page = readFileSync(join(root, 'src/content/docs/about/open-data.mdx'), 'utf8');
  for (const part of ['downloads', 'json', 'csv']) assert.match(page, new RegExp(`<OpenDataDictionary part="${part}" />`));
  for (const format of ['json', 'csv']) {
    const endpoint = readFileSync(join(root, `src/pages/data/[name].${format}.ts`), 'utf8');
    assert.match(endpoint, new RegExp(`f\\.format === '${format}'`));
  }
});

test('rung profiles: every rung and the PMO lead, figures in fields and in words, each file saying they are the editors’ estimates', () => {
  const d = json('rung-profiles.json');
  assert.match(d.basisNote, /editors’ estimates for a mid-sized or large organisation/);
  assert.match(d.basisNote, /no official body publishes such figures/);
  const list = d.profiles as any[];
  assert.deepEqual(
    list.map((p) => p.role),
    ['project-coordinator', 'project-manager', 'senior-project-manager', 'programme-manager', 'portfolio-manager', 'pmo-lead'],
  );
  assert.deepEqual(
    list.map((p) => p.rung),
    [1, 2, 3, 4, 5, null],
  );
  const pm = list.find((p) => p.role === 'project-manager');
  assert.deepEqual(pm.budget.gbp, { min: 100000, max: 1500000 });
  assert.equal(pm.budget.inWords, '£100,000 to £1.5 million (US$125,000 to US$2 million)');
  assert.equal(pm.team.inWords, '4 to 15 people');
  assert.deepEqual([pm.duration.continuous, pm.duration.minMonths, pm.duration.maxMonths, pm.duration.inWords], [false, 3, 18, '3 to 18 months']);
  const portfolio = list.find((p) => p.role === 'portfolio-manager');
  assert.deepEqual([portfolio.duration.continuous, portfolio.duration.minMonths, portfolio.duration.inWords], [true, null, 'Continuous']);
  for (const p of list) {
    assert.equal(p.basis, 'editorial-estimate');
    assert.equal(p.checked, '2026-12-07');
    assert.equal(p.page, `/roles/${p.role}/`);
    for (const a of p.anchors) {
      assert.ok(a.url.startsWith('https://'), `${p.role} ${a.fact}`);
      assert.ok(/sfia-online\.org|apm\.org\.uk|gov\.uk|ipma\.world|pmi\.org/.test(a.url), `${p.role} ${a.fact}: ${a.url} is a framework owner’s own page`);
    }
  }
  const rows = csv('rung-profiles.csv');
  assert.deepEqual(
    rows.rows.map((r) => r[0]),
    list.map((p) => p.role),
  );
  const col = (name: string) => rows.header.indexOf(name);
  const pmRow = rows.rows.find((r) => r[0] === 'project-manager')!;
  assert.deepEqual([pmRow[col('budget_gbp_min')], pmRow[col('budget_gbp_max')], pmRow[col('basis')]], ['100000', '1500000', 'editorial-estimate']);
  assert.equal(pmRow[col('stakeholders')]!.split(LIST_SEPARATOR).length, pm.stakeholders.length);
  assert.equal(rows.rows.find((r) => r[0] === 'pmo-lead')![col('rung')], '');
  const anchors = csv('rung-profile-anchors.csv');
  assert.equal(
    anchors.rows.length,
    list.reduce((n, p) => n + p.anchors.length, 0),
  );
  assert.ok(anchors.rows.every((r) => r[5]!.startsWith('https://')));
  // The dictionary says the figures are estimates, column by column.
  for (const name of ['budget_gbp_min', 'team_min', 'duration_min_months', 'parallel_min']) {
    assert.match(openDataFile('rung-profiles.csv')!.fields.find((f) => f.name === name)!.meaning, /editors’ estimate/, name);
  }
});
