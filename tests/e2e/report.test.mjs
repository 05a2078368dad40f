// The activity report and "you have been here before": a month of
// activity prints on one A4 and one Letter page, downloads as CSV, fits a
// phone; and typing a company the tracker already knows shows what
// happened last time.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, openPage, visit, assertClean, assertAccessible } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const DAY = 86400;
const NOV = Date.UTC(2026, 10, 2, 10) / 1000; // Mon 2 Nov 2026, 10:00 UTC
const COMPANIES = ['Acme Ltd', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Vandelay Industries'];

/** Six opportunities, each invited, answered and followed up within November. */
function monthOfActivity() {
  const opportunities = [];
  const activities = [];
  const follow_ups = [];
  COMPANIES.forEach((company, i) => {
    const id = `o-${i}`;
    const at = NOV + i * 4 * DAY;
    opportunities.push({ id, company, role: 'Data Analyst', status: 'declined_keep_warm', decline_reason: 'pay', stage: 'phone_screen', created_at: at, updated_at: at + 2 * DAY });
    activities.push({ id: `a-${i}-1`, opportunity_id: id, at: at + DAY, entry: { status_change: { from: 'invited', to: 'declined_keep_warm' } } });
    activities.push({ id: `a-${i}-2`, opportunity_id: id, at: at + DAY, entry: { message: { kind: 'decline', channel: 'email', sent: true, text: 'private words' } } });
    activities.push({ id: `a-${i}-3`, opportunity_id: id, at: at + DAY, entry: { note: { text: 'a private note' } } });
    follow_ups.push({ id: `f-${i}`, opportunity_id: id, due: at + 2 * DAY, action: 'Say thanks on LinkedIn', done_at: at + 2 * DAY, updated_at: at + 2 * DAY });
  });
  return JSON.stringify({
    app: 'graceful-decline', schema_version: 3, saved_at: '2026-12-01T10:00:00Z',
    data: { opportunities, contacts: [{ id: 'c-1', name: 'Priya Haddad', kind: 'recruiter', email: 'priya@acme.example', opportunity_ids: ['o-0'], updated_at: NOV }], activities, follow_ups },
  });
}

async function seed(page) {
  await visit(page, 'settings');
  await page.getByLabel('Backup file').setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(monthOfActivity()) });
  await page.getByRole('button', { name: 'Apply import' }).click();
  await page.getByText(/Import complete/).waitFor();
}

const pages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test('a month of activity: dated entries in neutral words, one printed page on A4 and Letter, and a CSV', async () => {
  const { ctx, page, problems } = await openPage(browser, { viewport: { width: 390, height: 844 } });
  await seed(page);
  await visit(page, 'report');
  await page.getByLabel('From').fill('2026-11-01');
  await page.getByLabel('To').fill('2026-11-30');
  const report = page.locator('article.report');
  await report.getByText('6 opportunities, 24 dated entries', { exact: false }).waitFor();
  const text = await report.textContent();
  assert.match(text, /Mon 2 Nov 2026|Mon, Nov 2, 2026/);
  assert.match(text, /Acme Ltd — Data Analyst/);
  assert.match(text, /Priya Haddad \(Recruiter\)/);
  assert.doesNotMatch(text, /private/, 'notes and message texts stay out');
  assert.doesNotMatch(text, /pay/i, 'the reason for a no stays out');

  // Unticking one leaves it out of the report.
  await page.getByRole('checkbox', { name: /Globex/ }).uncheck();
  await report.getByText('5 opportunities, 20 dated entries', { exact: false }).waitFor();
  assert.doesNotMatch(await report.textContent(), /Globex/);
  await page.getByRole('checkbox', { name: /Globex/ }).check();

  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  assert.equal(file.suggestedFilename(), 'job-search-activity-2026-11-01-to-2026-11-30.csv');
  const csv = await readFile(await file.path(), 'utf8');
  assert.equal(csv.trim().split(/\r?\n/).length, 1 + 24, 'a header and one row per entry');

  for (const format of ['A4', 'Letter']) {
    const pdf = await page.pdf({ format, printBackground: false });
    if (process.env.PDF_DIR) await (await import('node:fs/promises')).writeFile(`${process.env.PDF_DIR}/report-${format}.pdf`, pdf);
    assert.equal(pages(pdf), 1, `a month of activity prints on one ${format} page`);
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no sideways scroll (${overflow}px)`);
  await assertAccessible(page, '/report');
  assertClean(problems);
  await ctx.close();
});

test('the report has no axe violations in the dark theme either', async () => {
  const { ctx, page, problems } = await openPage(browser, { colorScheme: 'dark' });
  await seed(page);
  await visit(page, 'report');
  await page.getByLabel('From').fill('2026-11-01');
  await page.locator('article.report h3').first().waitFor();
  await assertAccessible(page, '/report dark');
  assertClean(problems);
  await ctx.close();
});

test('typing a company the tracker knows, in other words, shows what happened last time', async () => {
  const { ctx, page, problems } = await openPage(browser);
  await seed(page);
  await visit(page, 'tracker/new');
  await page.getByLabel('Company').fill('ACME limited');
  const before = page.locator('.been-here');
  await before.getByText('You have been here before').waitFor();
  const said = await before.textContent();
  assert.match(said, /Acme/);
  assert.match(said, /Declined/);
  await page.getByLabel('Company').fill('Acmex');
  await before.waitFor({ state: 'detached' });
  assertClean(problems);
  await ctx.close();
});
