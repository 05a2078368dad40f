// The timing page: short notice before an in-person round means a call,
// the deadline downloads as a real calendar file, a time the clocks skip
// is explained, and the page is accessible in both themes and widths.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, openPage, visit, assertClean, assertAccessible, PHONE, DESKTOP } from './support.mjs';

// A fixed zone with daylight saving, so the wall-clock cases are repeatable.
const ZONE = 'Europe/London';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function openTiming({ viewport = PHONE, colorScheme = 'light', at } = {}) {
  const context = await browser.newContext({ viewport, colorScheme, timezoneId: ZONE });
  const opened = await openPage(browser, { context });
  // A fixed wall clock where the advice depends on the hour (a call is
  // never advised at night); timers keep running.
  if (at) await opened.page.clock.setFixedTime(new Date(at));
  await visit(opened.page, 'timing');
  await opened.page.getByRole('heading', { level: 1, name: 'When to say no' }).waitFor();
  return opened;
}

/** The local date `days` from now on the page's own clock, as YYYY-MM-DD. */
async function localDateIn(page, days) {
  return page.evaluate((n) => {
    const d = new Date(Date.now() + n * 86400000);
    const pad = (x) => String(x).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, days);
}

/** An in-person interview at 10:00 two days from now. */
async function enterShortNotice(page) {
  await page.getByLabel('Interview date', { exact: true }).fill(await localDateIn(page, 2));
  await page.getByLabel('Interview time', { exact: true }).fill('10:00');
  await page.getByLabel('Interview stage').selectOption({ label: 'In-person interview' });
}

test('two days before an in-person round: short notice, call now, write an apology', async () => {
  // Tuesday 1 December 2026, 11:00 in London.
  const { ctx, page, problems } = await openTiming({ at: '2026-12-01T11:00:00Z' });
  const status = page.locator('.timing-panel [role=status]').first();
  await status.getByText(/choose its stage/).waitFor();
  assert.match(await page.getByText(/^Times are in/).textContent(), /Europe\/London/);

  await enterShortNotice(page);
  await status.getByText('Short notice').waitFor();
  assert.match(await status.textContent(), /Call them now/);
  const how = page.locator('.timing-facts');
  assert.match(await how.textContent(), /Phone call now, then a short written apology/);
  assert.match(await how.textContent(), /Decline by.*passed .* ago/s);
  const apology = page.getByRole('link', { name: 'Write the late-cancellation apology' });
  assert.match(await apology.getAttribute('href'), /\/compose\?kind=late_cancellation&channel=phone$/);
  assertClean(problems);
  await ctx.close();
});

test('the same short notice at 22:00: write now, call when their office opens', async () => {
  const { ctx, page, problems } = await openTiming({ at: '2026-12-01T22:00:00Z' });
  const status = page.locator('.timing-panel [role=status]').first();
  await enterShortNotice(page);
  await status.getByText('Short notice').waitFor();
  const said = await status.textContent();
  assert.match(said, /outside office hours/);
  assert.match(said, /send a short written apology now .* call as soon as their office opens/);
  assert.doesNotMatch(said, /Call them now/);
  assert.match(await page.locator('.timing-facts').textContent(), /A short written apology now, then a phone call as soon as their office opens/);
  assertClean(problems);
  await ctx.close();
});

test('the decline-by deadline downloads as a calendar file with an alarm', async () => {
  const { ctx, page, problems } = await openTiming();
  await enterShortNotice(page);
  await page.getByLabel(/Company and role/).fill('Acme, data analyst');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Add decline-by deadline to calendar' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^deadline-\d{4}-\d{2}-\d{2}\.ics$/);
  const ics = await readFile(await download.path(), 'utf8');
  assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\n'), ics.slice(0, 40));
  assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
  assert.doesNotMatch(ics, /[^\r]\n/, 'every line ends in CRLF');
  assert.match(ics, /BEGIN:VALARM\r\nACTION:DISPLAY\r\n/);
  assert.match(ics, /SUMMARY:Decline by now: Acme\\, data analyst\r\n/);
  await page.getByRole('status').filter({ hasText: /^Saved deadline-/ }).waitFor();

  const [interview] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Add interview to calendar' }).click(),
  ]);
  assert.match(interview.suggestedFilename(), /^interview-.*\.ics$/);
  assertClean(problems);
  await ctx.close();
});

test('a time the clocks skip is explained beside the field', async () => {
  const { ctx, page, problems } = await openTiming();
  // 01:30 on the last Sunday of March 2027 does not happen in London.
  await page.getByLabel('Interview date', { exact: true }).fill('2027-03-28');
  await page.getByLabel('Interview time', { exact: true }).fill('01:30');
  const alert = page.getByRole('alert');
  await alert.getByText(/does not exist in this time zone/).waitFor();
  const time = page.getByLabel('Interview time', { exact: true });
  assert.equal(await time.getAttribute('aria-invalid'), 'true');
  assert.match(await time.getAttribute('aria-describedby'), /timing-when-error/);
  await time.fill('03:30');
  await page.locator('.timing-panel [role=status]').first().getByText(/Choose the interview stage/).waitFor();
  assert.equal((await page.locator('#timing-when-error').textContent()).trim(), '');
  assertClean(problems);
  await ctx.close();
});

for (const colorScheme of ['light', 'dark']) {
  for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    test(`timing has no axe violations (${colorScheme}, ${name})`, async () => {
      const { ctx, page, problems } = await openTiming({ viewport, colorScheme });
      await assertAccessible(page, `${colorScheme} ${name}, empty`);
      await enterShortNotice(page);
      await page.getByText('Short notice', { exact: true }).waitFor();
      await assertAccessible(page, `${colorScheme} ${name}, with advice`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `no horizontal scroll (${overflow}px too wide)`);
      assertClean(problems);
      await ctx.close();
    });
  }
}
