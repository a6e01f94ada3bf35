import { test, expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { expectNoAxeViolations } from './support.ts';
import { addYears, dayString, localDay, longDate, parseDay } from '../../src/lib/days.ts';

/**
 * "Credentials you hold" on the career plan, as a reader on a phone uses it:
 * add the PMP and the CAPM with the day each was earned, log learning (in two
 * of the CAPM's areas), see what is still needed change, download the
 * calendar file, delete an entry and undo it, reload, print, and never
 * scroll sideways at 360 px.
 */
const KEY = 'itpm-career-guide:credentials';
const today = localDay(new Date());
/** A year ago: the first of three years, so the deadline is two years off. */
const earned = dayString(addYears(parseDay(today)!, -1));
const deadline = dayString(addYears(parseDay(earned)!, 3) - 1);

test.use({ viewport: { width: 360, height: 800 } });

const stored = async (page: Page) => JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY)) ?? 'null')?.data;
const noSidewaysScroll = async (page: Page) => {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth, 'no sideways scroll at 360 px').toBeLessThanOrEqual(innerWidth);
};

async function addCredential(section: Locator, id: string, day: string) {
  await section.getByRole('button', { name: 'Add a credential you hold' }).click();
  await expect(section.locator('#held-add-id')).toBeFocused();
  await section.locator('#held-add-id').selectOption(id);
  await section.locator('#held-add-earned').fill(day);
  await section.getByRole('button', { name: 'Add it' }).click();
}

async function logLearning(item: Locator, units: string, extra: { area?: string; note?: string } = {}) {
  const form = item.locator('[data-log-form]');
  await form.getByLabel('PDUs').fill(units);
  if (extra.area) await form.getByLabel('Area').selectOption(extra.area);
  if (extra.note) await form.getByLabel('Note (optional)').fill(extra.note);
  await form.getByRole('button', { name: /^Add to the log/ }).click();
}

test('credentials you hold: add, log learning in two areas, calendar file, delete and undo, kept after a reload, no sideways scroll', async ({ page }) => {
  await page.goto('tools/career-plan/');
  const section = page.locator('section.held');
  await expect(section.getByRole('heading', { name: 'Credentials you hold', level: 2 })).toBeVisible();
  // Nothing saved yet: the part's code has not been loaded.
  expect(await page.evaluate(() => customElements.get('held-credentials') === undefined)).toBe(true);

  // Add the PMP: the new credential's heading takes focus, its deadline and what it needs are written out.
  await addCredential(section, 'pmi-pmp', earned);
  const pmp = section.locator('[data-held="pmi-pmp"]');
  await expect(pmp.getByRole('heading', { name: 'Project Management Professional (PMP)' })).toBeFocused();
  await expect(pmp.locator('.held-deadline')).toHaveText(`Renew by ${longDate(deadline)}, more than a year from now.`);
  await expect(pmp.locator('.held-units')).toHaveText('Nothing logged in this cycle yet: it needs 60 PDUs.');
  await expect(pmp).toContainText('What PMI asks: 60 PDUs every three years.');
  await expect(pmp.locator('[data-item-status]')).toHaveText('Added the PMP to the credentials you hold.');
  expect((await stored(page)).held).toEqual([{ id: 'pmi-pmp', earned }]);

  // Log learning: the units still needed change, said beside the button, with focus kept in the form.
  await logLearning(pmp, '10', { note: 'Agile course' });
  await expect(pmp.locator('.held-units')).toHaveText('You have logged 10 of the 60 PDUs this cycle needs: 50 more PDUs to go.');
  await expect(pmp.locator('[data-log-status]')).toHaveText(
    `Logged 10 PDUs on ${longDate(today)}. You have logged 10 of the 60 PDUs this cycle needs: 50 more PDUs to go.`,
  );
  await expect(pmp.locator('[data-log-form]').getByLabel('PDUs')).toBeFocused();
  await logLearning(pmp, '5', { note: 'Negotiation webinar' });
  await expect(pmp.locator('.held-units')).toHaveText('You have logged 15 of the 60 PDUs this cycle needs: 45 more PDUs to go.');
  // A bad number is said next to the field, which takes focus; nothing is logged.
  await logLearning(pmp, 'ten');
  await expect(pmp.locator('[data-log-error]')).toHaveText('Enter a number of PDUs above 0.');
  await expect(pmp.locator('[data-log-form]').getByLabel('PDUs')).toBeFocused();
  await expect(pmp.locator('.held-entry')).toHaveCount(2);

  // The CAPM's rule has areas (its own names): log in two of them.
  await addCredential(section, 'pmi-capm', earned);
  const capm = section.locator('[data-held="pmi-capm"]');
  await logLearning(capm, '2', { area: 'Ways of Working' });
  await logLearning(capm, '1', { area: 'Power Skills' });
  await expect(capm.locator('.held-areas li')).toHaveText([
    'Ways of Working: 2 PDUs logged; the minimum of 2 is met.',
    'Power Skills: 1 PDU logged; 1 more PDU needed for the minimum of 2.',
    'Business Acumen: none logged yet; at least 2 PDUs needed.',
    'Giving Back: none logged yet; up to 6 count.',
  ]);
  await expect(capm.locator('.held-units')).toHaveText('You have logged 3 of the 15 PDUs this cycle needs: 12 more PDUs to go.');
  await expect(capm.locator('.held-entry').first()).toContainText('1 PDU · Power Skills');

  // The calendar file: one all-day event on the deadline, with two reminders.
  const [download] = await Promise.all([page.waitForEvent('download'), pmp.getByRole('button', { name: /^Download calendar file \(\.ics\)/ }).click()]);
  expect(download.suggestedFilename()).toBe(`pmi-pmp-renewal-${deadline}.ics`);
  const ics = readFileSync((await download.path())!, 'utf8');
  expect(ics).toContain(`DTSTART;VALUE=DATE:${deadline.replaceAll('-', '')}\r\n`);
  const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
  const event = new ICAL.Event(vevent);
  expect(event.startDate.toString()).toBe(deadline);
  expect(event.startDate.isDate).toBe(true);
  expect(event.summary).toBe('Renewal deadline: PMP (PMI)');
  expect(vevent.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('trigger')))).toEqual(['-P89DT15H', '-P29DT15H']);
  await expect(pmp.locator('[data-item-status]')).toContainText(
    `The calendar file for the PMP is in your downloads: open it to add the deadline, ${longDate(deadline)}, with reminders on`,
  );

  // Delete an entry: asked first (Cancel keeps it), then deleted; Undo, beside it and focused, brings it back.
  const entries = pmp.locator('.held-entry');
  await entries
    .first()
    .getByRole('button', { name: /^Delete/ })
    .click();
  await expect(page.getByRole('dialog')).toContainText('Delete this log entry?');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(entries).toHaveCount(2);
  await entries
    .first()
    .getByRole('button', { name: /^Delete/ })
    .click();
  await expect(page.getByRole('dialog')).toContainText('Its note: “Negotiation webinar”.');
  await page.getByRole('dialog').getByRole('button', { name: 'Delete the entry' }).click();
  await expect(entries).toHaveCount(1);
  await expect(pmp.locator('.held-units')).toHaveText('You have logged 10 of the 60 PDUs this cycle needs: 50 more PDUs to go.');
  const undo = pmp.getByRole('button', { name: /^Undo/ });
  await expect(undo).toBeFocused();
  // Said beside the list the entry left, with Undo next to it.
  await expect(pmp.locator('[data-log-feedback-text]')).toHaveText('Entry deleted. Undo brings it back.');
  await expect(section.locator('[data-held-announce]')).toHaveText('Entry deleted. Undo brings it back.');
  await expect(pmp.locator('[data-log-feedback]').getByRole('button', { name: /^Undo/ })).toBeVisible();
  await undo.click();
  await expect(entries).toHaveCount(2);
  await expect(pmp.locator('.held-units')).toHaveText('You have logged 15 of the 60 PDUs this cycle needs: 45 more PDUs to go.');
  await expect(pmp.locator('[data-log-feedback-text]')).toHaveText('Undone: delete a log entry for the PMP.');
  await expect(entries.first().getByRole('button', { name: /^Delete/ })).toBeFocused();
  await noSidewaysScroll(page);

  // A new date earned moves the deadline; said beside the field, which keeps focus. A day after today is refused.
  const earlier = dayString(addYears(parseDay(earned)!, -1));
  const earnedField = pmp.getByLabel('Date earned');
  // Typed digit by digit, as on a keyboard (month, day, year here): the date saves as it becomes whole, and the field keeps focus throughout.
  await earnedField.focus();
  const [y, m, d] = earlier.split('-');
  await page.keyboard.type(`${m}${d}${y}`, { delay: 30 });
  await expect(earnedField).toHaveValue(earlier);
  await expect(pmp.locator('[data-item-status]')).toHaveText(
    `Saved. Renew by ${longDate(dayString(addYears(parseDay(earlier)!, 3) - 1))}, about a year from now.`,
  );
  await expect(earnedField).toBeFocused();
  await earnedField.fill(dayString(parseDay(today)! + 1));
  await expect(pmp.locator('[data-item-status]')).toHaveText('The day you earned it cannot be after today. The date saved before is kept.');
  expect((await stored(page)).held[0].earned).toBe(earlier);
  await earnedField.fill(earned);
  await expect(pmp.locator('.held-deadline')).toHaveText(`Renew by ${longDate(deadline)}, more than a year from now.`);

  // Kept: after a reload the part loads by itself and shows the same.
  await page.reload();
  await expect(pmp.locator('.held-entry')).toHaveCount(2);
  await expect(pmp.locator('.held-entry').first()).toContainText('Negotiation webinar');
  await expect(capm.locator('.held-units')).toHaveText('You have logged 3 of the 15 PDUs this cycle needs: 12 more PDUs to go.');
  const data = await stored(page);
  expect(data.held.map((h: { id: string }) => h.id)).toEqual(['pmi-pmp', 'pmi-capm']);
  expect(data.log).toHaveLength(4);
  await section.getByRole('button', { name: 'Add a credential you hold' }).click();
  await noSidewaysScroll(page);
  await expectNoAxeViolations(page);

  // Printed: one line per credential with its renewal date and the units still needed; no controls.
  await page.emulateMedia({ media: 'print' });
  await expect(section.locator('.held-print')).toBeVisible();
  await expect(section.locator('.held-print li')).toHaveText([
    `Project Management Professional (PMP): earned ${longDate(earned)}, renew by ${longDate(deadline)}. 45 PDUs of 60 still needed.`,
    `Certified Associate in Project Management (CAPM): earned ${longDate(earned)}, renew by ${longDate(deadline)}. 12 PDUs of 15 still needed.`,
  ]);
  await expect(pmp).toBeHidden();
  await expect(section.getByRole('button', { name: 'Add a credential you hold' })).toBeHidden();
});

test('removing a credential asks first and can be undone; another tab sees the change; the export carries it', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('tools/career-plan/');
  const section = page.locator('section.held');
  await addCredential(section, 'pmi-pmp', earned);
  await logLearning(section.locator('[data-held="pmi-pmp"]'), '8');

  // Another tab, opened before, takes the change without a reload.
  const other = await context.newPage();
  await other.goto('tools/career-plan/');
  await expect(other.locator('[data-held="pmi-pmp"] .held-units')).toHaveText('You have logged 8 of the 60 PDUs this cycle needs: 52 more PDUs to go.');
  await addCredential(section, 'scrumalliance-csm', earned);
  await expect(other.locator('[data-held="scrumalliance-csm"]')).toBeVisible();
  await expect(other.locator('[data-held-status]')).toHaveText('Your credentials were changed in another tab; this page now shows them.');

  await section.locator('[data-held="pmi-pmp"]').getByRole('button', { name: 'Remove the PMP' }).click();
  await expect(page.getByRole('dialog')).toContainText('Its date earned and the 1 entry in its learning log are taken off this page.');
  await page.getByRole('dialog').getByRole('button', { name: 'Remove it' }).click();
  await expect(section.locator('[data-held="pmi-pmp"]')).toHaveCount(0);
  await expect(section.locator('[data-held-status]')).toHaveText('The PMP was removed, with its learning log. Undo brings them back.');
  const undo = section.getByRole('button', { name: /^Undo \(remove the PMP\)/ });
  await expect(undo).toBeFocused();
  await undo.click();
  await expect(section.locator('[data-held="pmi-pmp"] .held-entry')).toHaveCount(1);
  await expect(section.locator('[data-held="pmi-pmp"] h3')).toBeFocused();

  // The one export file holds the credentials with the other records.
  await page.goto('tools/self-assessment/');
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export to a file (JSON)' }).click()]);
  const exported = JSON.parse(readFileSync((await file.path())!, 'utf8'));
  expect(exported.records.credentials.held.map((h: { id: string }) => h.id).sort()).toEqual(['pmi-pmp', 'scrumalliance-csm']);
  expect(exported.records.credentials.log).toEqual([{ credential: 'pmi-pmp', date: today, units: 8 }]);
});

test('a saved record this page cannot read is kept, offered for download, and never overwritten', async ({ page }) => {
  await page.addInitScript((k) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(k, JSON.stringify({ app: 'itpm-career-guide', record: 'credentials', version: 9, rev: 4, savedAt: '', data: { future: true } }));
      sessionStorage.setItem('seeded', '1');
    }
  }, KEY);
  await page.goto('tools/career-plan/');
  const section = page.locator('section.held');
  await expect(section.locator('.recovery')).toContainText(
    'Your saved credentials and learning log are kept as they are and cannot be changed here: It was saved by a newer version of this guide (format 9',
  );
  await expect(section.getByRole('button', { name: 'Start afresh' })).toBeHidden();
  await expect(section.getByRole('button', { name: 'Add a credential you hold' })).toBeHidden();
  const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Download it' }).click()]);
  expect(JSON.parse(readFileSync((await download.path())!, 'utf8')).version).toBe(9);
  expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!).version).toBe(9);
  await noSidewaysScroll(page);
});

test('an unreadable saved record: Start afresh asks first, then the section works; Undo puts the old text back', async ({ page }) => {
  await page.addInitScript((k) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(k, '{not json');
      sessionStorage.setItem('seeded', '1');
    }
  }, KEY);
  await page.goto('tools/career-plan/');
  const section = page.locator('section.held');
  await expect(section.locator('.recovery')).toContainText('The saved data is not valid JSON.');
  await section.getByRole('button', { name: 'Start afresh' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Start afresh' }).click();
  await expect(section.locator('.recovery-status')).toHaveText('Started afresh. Undo puts your old credentials record back.');
  await addCredential(section, 'pmi-pmp', earned);
  await expect(section.locator('[data-held="pmi-pmp"]')).toBeVisible();
  expect((await stored(page)).held).toEqual([{ id: 'pmi-pmp', earned }]);
  await section.locator('.recovery').getByRole('button', { name: 'Undo' }).click();
  await expect(section.locator('.recovery-status')).toHaveText('Your old credentials record is back, kept as it was.');
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe('{not json');
  await expect(section.locator('[data-held="pmi-pmp"]')).toHaveCount(0);
});

test('a change the browser will not save is said beside the control and aloud, with what still holds the data', async ({ page }) => {
  await page.addInitScript(
    ([k, day]) => {
      localStorage.setItem(
        k,
        JSON.stringify({
          app: 'itpm-career-guide',
          record: 'credentials',
          version: 1,
          rev: 1,
          savedAt: '',
          data: { held: [{ id: 'pmi-pmp', earned: day }], log: [] },
        }),
      );
      // Storage full from here on.
      Storage.prototype.setItem = function () {
        throw new DOMException('full', 'QuotaExceededError');
      };
    },
    [KEY, earned] as const,
  );
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('tools/career-plan/');
  const pmp = page.locator('[data-held="pmi-pmp"]');
  await logLearning(pmp, '4');
  const said =
    'Not saved: Your browser would not save it (storage is off or full). Your credentials as last saved are still in this browser; this change stays on this page only until you leave it.';
  await expect(pmp.locator('[data-log-status]')).toHaveText(said);
  await expect(page.locator('[data-held-announce]')).toHaveText(said);
  // The page goes on working with the change, for the calendar file and the printout.
  await expect(pmp.locator('.held-units')).toHaveText('You have logged 4 of the 60 PDUs this cycle needs: 56 more PDUs to go.');
  expect((await stored(page)).log).toEqual([]);
  expect(errors).toEqual([]);
});
