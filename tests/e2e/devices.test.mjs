// Carrying the tracker between devices on a phone: this phone deletes one
// opportunity, then imports the other device's backup, in which another
// was changed, one deleted and one added. The preview names each of them
// and how every disagreement was settled; applying it keeps both sides'
// work and brings nothing deleted back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, visit, assertClean, assertAccessible, PHONE } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const NOW = new Date('2026-12-01T10:00:00Z');
const T0 = Date.UTC(2026, 10, 20, 10) / 1000; // both devices met here
const T1 = Date.UTC(2026, 10, 25, 10) / 1000; // the other device's edits
const T2 = Date.UTC(2026, 10, 26, 10) / 1000;

const opp = (id, company, role, at) => ({ id, company, role, status: 'invited', stage: 'video', created_at: T0, updated_at: at });
const backup = (data, settings) => JSON.stringify({
  app: 'graceful-decline', schema_version: 3, saved_at: '2026-11-26T12:00:00Z', ...(settings ? { settings } : {}), data,
});

// What both devices had when they last met.
const COMMON = backup({
  opportunities: [opp('o-1', 'Acme', 'Analyst', T0), opp('o-2', 'Globex', 'Engineer', T0), opp('o-3', 'Initech', 'Tester', T0)],
  contacts: [], activities: [], follow_ups: [],
});
// The other device since: Globex's role changed, Initech deleted, Hooli added.
const OTHER = backup({
  opportunities: [opp('o-1', 'Acme', 'Analyst', T0), opp('o-2', 'Globex', 'Lead engineer', T1), opp('o-4', 'Hooli', 'Designer', T2)],
  contacts: [], activities: [], follow_ups: [],
  tombstones: [{ kind: 'opportunity', id: 'o-3', deleted_at: T2 }],
}, { user_name: 'Sam Rivera', signature: '' });

async function importText(page, text, mode) {
  await visit(page, 'settings');
  await page.getByLabel("Or paste the backup's text").fill(text);
  if (mode) await page.getByLabel(mode).check();
}

test("another device's backup: a preview of what is added, changed and removed, then a merge that loses nothing", async () => {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, timezoneId: 'Europe/London' });
  const { ctx, page, problems } = await openPage(browser, { context });
  await page.clock.setFixedTime(NOW);

  // This phone starts from the common copy (an exact restore) ...
  await importText(page, COMMON, /Replace everything with the file/);
  await page.getByRole('button', { name: 'Apply import' }).click();
  await page.getByText(/Import complete/).waitFor();

  // ... and deletes Acme, after the other device last saw it.
  await visit(page, 'tracker');
  await page.getByRole('link', { name: /Acme/ }).click();
  await page.getByRole('button', { name: 'Delete this opportunity' }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await page.getByRole('heading', { level: 1, name: 'Tracker' }).waitFor();

  // The other device's backup, pasted as text (as a phone shares it), merged.
  await importText(page, OTHER, /Merge with the data here/);
  const preview = page.locator('.import-preview');
  await preview.waitFor();
  const text = await preview.textContent();
  assert.match(text, /1 to add, 1 to change, 1 to remove/);
  const list = async (title) => preview.locator(`h4:has-text("${title}") + ul`).textContent();
  assert.match(await list("Will be added"), /Opportunity: Designer at Hooli/);
  // Named as it will be, with the new role.
  assert.match(await list('Will change'), /Opportunity: Lead engineer at Globex/);
  // Each record once: a removal carries its reason in its list ...
  assert.match(await list('Will be removed'), /Opportunity: Tester at Initech \u2014 Deleted on the other device after its last change here, so it is removed\./);
  // ... and what changes nothing here is explained below.
  const settled = await list('Where the two devices disagreed');
  assert.match(settled, /Opportunity: Analyst at Acme \u2014 Deleted here after its last change on the other device, so it stays deleted\./);
  assert.doesNotMatch(settled, /Initech/);
  assert.match(await list('Settings'), /Your name: \u201cSam Rivera\u201d from the file/);
  await assertAccessible(page, 'import preview');

  await page.getByRole('button', { name: 'Apply import' }).click();
  await page.getByText('Import complete: 1 added, 1 changed, 1 removed.').waitFor();
  await visit(page, 'tracker');
  const tracker = await page.locator('main').textContent();
  assert.match(tracker, /Globex/);
  assert.match(tracker, /Lead engineer/);
  assert.match(tracker, /Hooli/);
  assert.doesNotMatch(tracker, /Acme/, 'deleted here: stays deleted');
  assert.doesNotMatch(tracker, /Initech/, 'deleted there: removed here');
  await visit(page, 'settings');
  assert.equal(await page.getByLabel('Your name').inputValue(), 'Sam Rivera');
  assertClean(problems);
  await ctx.close();
});
