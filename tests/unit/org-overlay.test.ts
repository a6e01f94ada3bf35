import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadOrgOverlay, resolveOrgDir } from '../../src/config/org.ts';
import { sidebarFor } from '../../src/config/starlight.ts';

// The overlay loader against the real project (its roles and credentials) with
// an overlay folder in a temporary directory, named by GUIDE_ORG_DIR.
const root = resolve(import.meta.dirname, '../..');
const fixture = 'tests/fixtures/org-site';

function overlay(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'guide-org-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
const env = (dir: string, extra: Record<string, string> = {}) => ({ GUIDE_ORG_DIR: dir, ...extra });
const config = (o: object) => `export default ${JSON.stringify(o)};\n`;
const page = (title: string, extra = '') => `---\ntitle: ${title}\ndescription: About ${title}.\n${extra}---\n\nText.\n`;

test('no overlay: the public defaults, no pages, grades or policy', async () => {
  assert.equal(resolveOrgDir(root, {}), null);
  const o = await loadOrgOverlay(root, {});
  assert.equal(o.dir, null);
  assert.equal(o.configFile, 'guide.config.ts');
  assert.equal(o.config.title, 'IT Project Management Career Guide');
  assert.deepEqual([o.pages, o.grades, o.certificationPolicy, o.favicon], [[], null, null, null]);
});

test('GUIDE_ORG_DIR must name a folder that exists', () => {
  assert.throws(() => resolveOrgDir(root, { GUIDE_ORG_DIR: 'no/such/overlay' }), /GUIDE_ORG_DIR=no\/such\/overlay: no such folder/);
});

test('the example organisation: config from the overlay, paths from its folder, pages in order, grades, policy, favicon', async () => {
  const o = await loadOrgOverlay(root, env(fixture));
  assert.equal(o.configFile, `${fixture}/guide.config.ts`);
  assert.equal(o.config.base, '/intranet/pm/');
  assert.equal(o.config.logo.light, `./${fixture}/branding/logo-light.svg`);
  assert.deepEqual(
    o.pages.map((p) => [p.id, p.file]),
    [
      ['org/career-levels', `${fixture}/pages/career-levels.mdx`],
      ['org/training-budget', `${fixture}/pages/training-budget.mdx`],
      ['org/mentoring', `${fixture}/pages/mentoring.mdx`],
    ],
  );
  assert.equal(o.grades!.organisation, 'Northwind Logistics');
  assert.equal(o.grades!.grades.find((g) => g.role === 'senior-project-manager')!.grade, 'P3');
  assert.equal(o.certificationPolicy!.credentials['pmi-pmp']!.status, 'funded-and-preferred');
  assert.match(o.favicon!.href, /^\/favicon\.[0-9a-f]{10}\.svg$/);
  assert.equal(o.favicon!.type, 'image/svg+xml');
  // SITE_BASE still overrides the overlay's base.
  assert.equal((await loadOrgOverlay(root, env(fixture, { SITE_BASE: '/x/' }))).config.base, '/x/');
  const sidebar = sidebarFor(
    o.config,
    o.pages.map((p) => p.id),
  );
  assert.deepEqual(sidebar[0], { label: 'At Northwind', items: [{ slug: 'org/career-levels' }, { slug: 'org/training-budget' }, { slug: 'org/mentoring' }] });
});

test('every problem in an overlay is reported at once, each naming its file and field', async () => {
  const dir = overlay({
    'guide.config.ts': config({ title: 'Careers', logo: { light: './branding/missing.svg' }, favicon: './branding/nope.svg' }),
    'pages/Career Levels.mdx': page('Levels'),
    'pages/levels.mdx': page('Levels'),
    'pages/no-title.mdx': '---\ndescription: x\n---\n',
    'grades.yaml': 'grades:\n  - grade: P1\n    role: project-boss\n',
    'certification-policy.yaml': 'credentials:\n  pmi-pmx:\n    status: funded\n',
    'settings.yaml': 'a: 1\n',
  });
  try {
    await assert.rejects(loadOrgOverlay(root, env(dir)), (err: Error) => {
      const m = err.message;
      assert.match(m, /^Invalid organisation overlay:/);
      for (const expected of [
        /guide\.config\.ts: field "logo\.light" names \.\/branding\/missing\.svg, which does not exist/,
        /guide\.config\.ts: field "favicon" names \.\/branding\/nope\.svg, which does not exist/,
        /Career Levels\.mdx: page file names must be lower case words joined by hyphens/,
        /no-title\.mdx: field "title" is missing/,
        /guide\.config\.ts: field "orgPages" is not set/,
        /grades\.yaml: field "grades\[0\]\.role" is "project-boss", which is not a role of the guide/,
        /certification-policy\.yaml: field "credentials\.pmi-pmx" is not a credential of the guide/,
        /guide\.config\.ts: field "organisation" must be set when the overlay has grades\.yaml/,
        /settings\.yaml: not a file the overlay reads/,
      ]) {
        assert.match(m, expected);
      }
      assert.ok(m.includes(`  - ${join(dir, 'grades.yaml')}: field`), 'a file outside the project is named by its absolute path');
      return true;
    });
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('schema errors in grades.yaml and certification-policy.yaml name the file and the field; broken YAML names the file', async () => {
  const dir = overlay({
    'guide.config.ts': config({ organisation: 'Acme' }),
    'grades.yaml': 'label: Acme grade\ngrades:\n  - grade: P1\n    role: project-manager\n    band: 4\n',
    'certification-policy.yaml': 'ranking: loud\ncredentials:\n  pmi-pmp:\n    status: free\n',
  });
  try {
    await assert.rejects(loadOrgOverlay(root, env(dir)), (err: Error) => {
      assert.match(err.message, /grades\.yaml: field "grades\[0\]" Unrecognized key: "band"/);
      assert.match(err.message, /certification-policy\.yaml: field "ranking"/);
      assert.match(err.message, /certification-policy\.yaml: field "credentials\.pmi-pmp\.status"/);
      return true;
    });
    writeFileSync(join(dir, 'grades.yaml'), 'grades: [\n');
    await assert.rejects(loadOrgOverlay(root, env(dir)), /grades\.yaml: not valid YAML/);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('config errors name the overlay’s config file; home actions and favicon types are checked', async () => {
  const dir = overlay({
    'guide.config.ts': config({ favicon: './x.gif', home: { actions: [{ text: 'Go', link: 'javascript:alert(1)' }], colour: 'red' } }),
  });
  try {
    await assert.rejects(loadOrgOverlay(root, env(dir)), (err: Error) => {
      const file = join(dir, 'guide.config.ts');
      assert.ok(err.message.includes(`${file}: field "favicon"`), err.message);
      assert.ok(err.message.includes(`${file}: field "home.actions[0].link"`), err.message);
      assert.ok(err.message.includes(`${file}: field "home"`), err.message);
      return true;
    });
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('pages are ordered by sidebar.order, then by file name; files starting with "_" are skipped', async () => {
  const dir = overlay({
    'guide.config.ts': config({ organisation: 'Acme', orgPages: { label: 'At Acme' } }),
    'pages/zeta.mdx': page('Zeta', 'sidebar:\n  order: 1\n'),
    'pages/alpha.mdx': page('Alpha'),
    'pages/beta.md': page('Beta'),
    'pages/_draft.mdx': page('Draft'),
  });
  try {
    const o = await loadOrgOverlay(root, env(dir));
    assert.deepEqual(
      o.pages.map((p) => p.id),
      ['org/zeta', 'org/alpha', 'org/beta'],
    );
    assert.equal(o.config.logo.light, './src/assets/logo.svg', 'the guide’s own logo when the overlay sets none');
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('grades.yaml: a grade’s own profile figures load with the grade; figures for a role the guide gives no profile, or bad figures, name the file and field', async () => {
  const o = await loadOrgOverlay(root, env(fixture));
  const p2 = o.grades!.grades.find((g) => g.grade === 'P2')!;
  assert.deepEqual(p2.profile!.budget!.gbp, { min: 50_000, max: 750_000 });
  assert.equal(p2.profile!.team!.basis, undefined, 'the kind stays the guide’s unless the grade names its own');
  const dir = overlay({
    'guide.config.ts': config({ organisation: 'Acme' }),
    'grades.yaml': [
      'grades:',
      '  - grade: S1',
      '    role: scrum-master',
      '    profile: { team: { min: 5, max: 9 } }',
      '  - grade: P2',
      '    role: project-manager',
      '    profile: { budget: { gbp: { min: 90000, max: 80000 } }, duration: { minMonths: 6 } }',
      '',
    ].join('\n'),
  });
  try {
    await assert.rejects(loadOrgOverlay(root, env(dir)), (err: Error) => {
      assert.match(err.message, /grades\.yaml: field "grades\[1\]\.profile\.budget\.gbp\.max" \(80000\) must be larger than "min" \(90000\)/);
      assert.match(err.message, /grades\.yaml: field "grades\[1\]\.profile\.duration"/);
      return true;
    });
    writeFileSync(join(dir, 'grades.yaml'), 'grades:\n  - grade: S1\n    role: scrum-master\n    profile: { team: { min: 5, max: 9 } }\n');
    await assert.rejects(
      loadOrgOverlay(root, env(dir)),
      /grades\.yaml: field "grades\[0\]\.profile" adjusts the profile of "scrum-master", which has none in the guide; profiles exist for pmo-lead, portfolio-manager, programme-manager, project-coordinator, project-manager, senior-project-manager/,
    );
  } finally {
    rmSync(dir, { recursive: true });
  }
});
