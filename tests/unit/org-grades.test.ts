import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gradeLine, gradeName, gradeProfilesJson, gradesForRole, gradesJson, profileViewsFor, type OrgGradesJson } from '../../src/lib/org/grades.ts';
import { gradesFileSchema } from '../../src/schemas/org.ts';

const data = {
  organisation: 'Northwind Logistics',
  label: 'Northwind grade',
  grades: [
    { grade: 'P2', role: 'project-manager', title: 'Project Manager', payBand: 'Band 4', ask: 'The PMO' },
    { grade: 'P3', role: 'senior-project-manager', title: 'Senior Project Manager' },
    { grade: 'P3+', role: 'senior-project-manager', title: 'Lead Project Manager' },
    { grade: 'P4', role: 'senior-project-manager' },
  ],
};

test('a grade is shown as its grade and internal title, or the grade alone', () => {
  assert.equal(gradeName({ grade: 'P3', title: 'Project Manager' }), 'P3 Project Manager');
  assert.equal(gradeName({ grade: 'P3' }), 'P3');
});

test('grades are grouped by the guide’s role in the order of grades.yaml, with pay band and whom to ask', () => {
  const json = gradesJson(data);
  assert.deepEqual(json.byRole['project-manager'], [{ name: 'P2 Project Manager', payBand: 'Band 4', ask: 'The PMO' }]);
  assert.deepEqual(
    gradesForRole(json, 'senior-project-manager').map((g) => g.name),
    ['P3 Senior Project Manager', 'P3+ Lead Project Manager', 'P4'],
  );
  assert.deepEqual(JSON.parse(JSON.stringify(json)), json, 'plain JSON for the islands');
});

test('the line beside a role names one grade, or several joined with "or"', () => {
  const json = gradesJson(data);
  assert.equal(gradeLine(json, 'project-manager'), 'Northwind grade: P2 Project Manager');
  assert.equal(gradeLine(json, 'senior-project-manager'), 'Northwind grade: P3 Senior Project Manager, P3+ Lead Project Manager or P4');
  assert.equal(gradeLine(json, 'portfolio-manager'), null);
  assert.equal(gradeLine(null, 'project-manager'), null);
});

test('hostile role ids (e.g. from the address) and malformed data find nothing and never throw', () => {
  const json = gradesJson(data);
  for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty', '', 'project-manager/../x']) {
    assert.deepEqual(gradesForRole(json, id), [], id);
    assert.equal(gradeLine(json, id), null, id);
  }
  const odd = { organisation: 'X', label: 'Grade', byRole: { a: 'not a list', b: [null, { name: 3 }, { name: 'G1' }] } } as unknown as OrgGradesJson;
  assert.deepEqual(gradesForRole(odd, 'a'), []);
  assert.deepEqual(gradesForRole(odd, 'b'), [{ name: 'G1' }]);
  assert.deepEqual(gradesForRole({ byRole: null } as unknown as OrgGradesJson, 'a'), []);
});

test('grades.yaml: a grade listed twice, a bad role id and unknown fields are errors with their field', () => {
  const result = gradesFileSchema.safeParse({
    grades: [
      { grade: 'P1', role: 'project-coordinator' },
      { grade: 'P1', role: 'Project Manager', colour: 'red' },
    ],
  });
  assert.equal(result.success, false);
  const paths = result.error!.issues.map((i) => i.path.join('.'));
  assert.ok(paths.includes('grades.1.role'), paths.join());
  assert.ok(paths.includes('grades.1'), paths.join()); // the unknown key
  const twice = gradesFileSchema.safeParse({
    grades: [
      { grade: 'P1', role: 'project-coordinator' },
      { grade: 'P1', role: 'project-manager' },
    ],
  });
  assert.equal(twice.success, false);
  assert.deepEqual(
    twice.error!.issues.map((i) => [i.path.join('.'), i.message]),
    [['grades.1.grade', '"P1" is listed twice (also at grades.0)']],
  );
  assert.equal(gradesFileSchema.parse({ grades: [{ grade: 'P1', role: 'project-manager' }] }).label, 'Grade');
});

test('grade profiles: grouped by role for the pages; a role shows its grade’s own figures, and the guide’s too while another grade gives none', () => {
  const guide = {
    budget: { basis: 'leads' as const, gbp: { min: 100_000, max: 1_500_000 }, usd: { min: 125_000, max: 2_000_000 } },
    team: { basis: 'leads' as const, min: 4, max: 15 },
    duration: { minMonths: 3, maxMonths: 18 },
    parallel: { min: 1, max: 4, of: 'projects' },
    decides: 'Re-plans within tolerances.',
    stakeholders: ['the sponsor', 'suppliers'],
  };
  const withProfiles = {
    ...data,
    grades: [
      { grade: 'P2', role: 'project-manager', title: 'Project Manager', profile: { budget: { gbp: { min: 50_000, max: 750_000 } } } },
      { grade: 'P3', role: 'senior-project-manager' },
    ],
  };
  const profiles = gradeProfilesJson(withProfiles)!;
  assert.deepEqual(Object.keys(profiles.byRole), ['project-manager']);
  assert.deepEqual(profiles.byRole['project-manager']![0]!.name, 'P2 Project Manager');
  assert.equal(gradeProfilesJson(data), null, 'no grade with a profile, nothing to send');
  const grades = gradesJson(withProfiles);
  const [own, ...rest] = profileViewsFor(guide, 'project-manager', profiles, gradesForRole(grades, 'project-manager'));
  assert.deepEqual(rest, [], 'the only grade gives its own, so the guide’s figures are not shown beside them');
  assert.equal(own!.gradeLine, 'Northwind grade: P2 Project Manager');
  assert.deepEqual(own!.orgFields, ['budget']);
  assert.equal(own!.organisation, 'Northwind Logistics');
  assert.deepEqual(own!.profile.team, guide.team);
  // A role whose grades give no figures, or that has no grade, shows the guide's.
  assert.deepEqual(profileViewsFor(guide, 'senior-project-manager', profiles, gradesForRole(grades, 'senior-project-manager')), [
    { profile: guide, orgFields: [] },
  ]);
  assert.deepEqual(profileViewsFor(guide, 'portfolio-manager', null, []), [{ profile: guide, orgFields: [] }]);
  // Two grades on one role, one with figures: both views, the organisation's first.
  const two = { ...withProfiles, grades: [...withProfiles.grades, { grade: 'P2+', role: 'project-manager' }] };
  const views = profileViewsFor(guide, 'project-manager', gradeProfilesJson(two), gradesForRole(gradesJson(two), 'project-manager'));
  assert.deepEqual(
    views.map((v) => v.orgFields),
    [['budget'], []],
  );
  for (const id of ['__proto__', 'constructor', 'toString'])
    assert.deepEqual(profileViewsFor(guide, id, profiles, []), [{ profile: guide, orgFields: [] }], id);
});

test('grades.yaml: a grade’s profile is validated field by field', () => {
  const bad = gradesFileSchema.safeParse({
    grades: [{ grade: 'P2', role: 'project-manager', profile: { budget: { gbp: { min: 750_000, max: 50_000 } }, team: { min: 3 }, speed: 'fast' } }],
  });
  assert.equal(bad.success, false);
  const paths = bad.error!.issues.map((i) => i.path.join('.'));
  for (const p of ['grades.0.profile.budget.gbp.max', 'grades.0.profile.team.max', 'grades.0.profile'])
    assert.ok(paths.includes(p), `${p} in ${paths.join(', ')}`);
});
