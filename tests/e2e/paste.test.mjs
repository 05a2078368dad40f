// "Paste the invitation" on a phone: the app reads the pasted e-mail on
// the device, shows each value with the words it came from, lets one be
// corrected, and starts the wizard, the timing page or a tracked
// opportunity with the values filled in.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, visit, assertClean, assertAccessible, PHONE } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// Tuesday 1 December 2026, 09:00 in London.
const NOW = new Date('2026-12-01T09:00:00Z');

const INVITATION = `Subject: Interview invitation: Data Analyst at Northwind Traders

Hi Sam,

Thanks for applying for the Data Analyst role at Northwind Traders. We'd like to invite you to a video interview with the hiring team on Thursday 3 December at 2pm GMT. It will last 45 minutes on Zoom.

Could you confirm by Wednesday 2 December?

Best wishes,
Priya Shah
Talent Partner, Northwind Traders
priya.shah@northwind.example`;

async function openPaste(colorScheme = 'light') {
  const context = await browser.newContext({ viewport: PHONE, colorScheme, timezoneId: 'Europe/London', isMobile: true, hasTouch: true });
  const opened = await openPage(browser, { context });
  await opened.page.clock.setFixedTime(NOW);
  await visit(opened.page, 'paste');
  await opened.page.getByRole('heading', { level: 1, name: 'Paste the invitation' }).waitFor();
  await opened.page.getByLabel('The invitation').fill(INVITATION);
  await opened.page.getByRole('heading', { name: 'What we read' }).waitFor();
  return opened;
}

test('Home and the tracker both lead to the paste page', async () => {
  const { ctx, page, problems } = await openPage(browser);
  await visit(page);
  await page.getByRole('link', { name: /Paste the invitation/ }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Paste the invitation' }).waitFor();
  await visit(page, 'tracker');
  await page.getByRole('link', { name: /Paste an invitation/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Paste the invitation' }).waitFor();
  assertClean(problems);
  await ctx.close();
});

test('the values read from the pasted text, each with the words it came from', async () => {
  const { ctx, page, problems } = await openPaste();
  assert.equal(await page.getByLabel('Company').inputValue(), 'Northwind Traders');
  assert.equal(await page.getByLabel('Role').inputValue(), 'Data Analyst');
  assert.equal(await page.getByLabel("Contact's name").inputValue(), 'Priya Shah');
  assert.equal(await page.getByLabel("Contact's e-mail").inputValue(), 'priya.shah@northwind.example');
  assert.equal(await page.getByLabel('Length in minutes').inputValue(), '45');
  assert.equal(await page.getByLabel('Meeting service').inputValue(), 'Zoom');
  const stage = page.locator('#paste-stage');
  assert.equal(await stage.locator('option:checked').textContent(), 'Video interview');
  // Each value says where it came from, and the marked text names it.
  const company = page.locator('.paste-field', { has: page.locator('#paste-company') });
  assert.match(await company.locator('.paste-from').textContent(), /From \u201c.*Northwind Traders.*\u201d/);
  await page.getByText('The invitation, with the words we read marked').click();
  const marks = await page.locator('.paste-marked mark').allTextContents();
  assert.ok(marks.includes('Priya Shah'), `marked: ${marks.join(' | ')}`);
  // Nothing was stored by reading.
  const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => localStorage.getItem(k).includes('Northwind')));
  assert.deepEqual(stored, [], 'the pasted text is not stored until the person chooses');
  await assertAccessible(page, 'paste, light');
  assertClean(problems);
  await ctx.close();
});

test('correct the stage, then the wizard starts with the stage and the notice answered', async () => {
  const { ctx, page, problems } = await openPaste();
  // The invitation says "video interview"; the person knows it is the final round.
  await page.locator('#paste-stage').selectOption({ label: 'Final or panel round' });
  await page.getByRole('button', { name: 'Decide whether to go' }).click();
  await page.waitForURL(/\/decide/);
  await page.getByText(/^Two answers came from the invitation you pasted: the stage \(Final or panel round\) and how soon it is \(one to three days away\)\. Use Back to check or change them\.$/).waitFor();
  const answers = page.locator('section.answer-summary');
  // On a phone the answers sit folded under the question: attached, not shown.
  await answers.getByText('Final or panel round').waitFor({ state: 'attached' });
  const text = await answers.textContent();
  assert.match(text, /Which stage of the process is this interview\?/);
  assert.match(text, /How soon is the interview\?/, 'the notice is answered from the date read');
  // The wizard goes on from the next open question, not the first.
  const question = await page.locator('.question-step legend, .question-step h2').first().textContent();
  assert.doesNotMatch(question, /Which stage/);
  assertClean(problems);
  await ctx.close();
});

test('track it: an opportunity with its contact and the details, without the pasted text unless kept', async () => {
  const { ctx, page, problems } = await openPaste();
  await page.getByLabel('Role').fill('Senior Data Analyst');
  await page.getByRole('button', { name: 'Track this opportunity' }).click();
  await page.getByRole('heading', { level: 1, name: /Northwind Traders/ }).waitFor();
  const body = await page.locator('main').textContent();
  assert.match(body, /Senior Data Analyst/);
  assert.match(body, /Priya Shah/);
  assert.match(body, /Video call on Zoom, 45 minutes\./);
  assert.doesNotMatch(body, /We'd like to invite you/, 'the text was not kept');
  const stored = await page.evaluate(() => Object.values(localStorage).join('\n'));
  assert.doesNotMatch(stored, /We'd like to invite you/);
  assertClean(problems);
  await ctx.close();
});

test('the paste page in the dark theme has no accessibility problems', async () => {
  const { ctx, page, problems } = await openPaste('dark');
  await assertAccessible(page, 'paste, dark');
  assertClean(problems);
  await ctx.close();
});
