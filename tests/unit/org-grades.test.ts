import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gradeLine, gradeName, gradesForRole, gradesJson, type OrgGradesJson } from '../../src/lib/org/grades.ts';
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
  const twice = gradesFileSchema.safeParse({ grades: [{ grade: 'P1', role: 'project-coordinator' }, { grade: 'P1', role: 'project-manager' }] });
  assert.equal(twice.success, false);
  assert.deepEqual(twice.error!.issues.map((i) => [i.path.join('.'), i.message]), [['grades.1.grade', '"P1" is listed twice (also at grades.0)']]);
  assert.equal(gradesFileSchema.parse({ grades: [{ grade: 'P1', role: 'project-manager' }] }).label, 'Grade');
});
