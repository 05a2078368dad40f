// The tracker: add an opportunity with its first contact, decline it and
// keep in touch, see the planned follow-ups on the detail page and on
// Home, reload and find it all still there; axe on the list, the detail
// page and the form in both themes and widths.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, visit, assertClean, assertAccessible, PHONE, DESKTOP } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// A fixed afternoon in London: the LinkedIn step planned for tomorrow
// morning is then less than a day away, so Home lists it as due.
const NOW = new Date('2026-03-10T15:00:00Z');

async function openTrackerPage(options = {}) {
  const context = await browser.newContext({
    viewport: options.viewport ?? PHONE,
    colorScheme: options.colorScheme ?? 'light',
    timezoneId: 'Europe/London',
  });
  const opened = await openPage(browser, { context });
  await opened.page.clock.setFixedTime(NOW);
  return opened;
}

/** Fills the add form (after checking that an empty company is refused). */
async function addOpportunity(page) {
  await visit(page, 'tracker/new');
  await page.getByRole('heading', { level: 1, name: 'Add an opportunity' }).waitFor();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText("Enter the company's name.").waitFor();
  assert.equal(await page.getByLabel('Company').getAttribute('aria-invalid'), 'true');
  await page.getByLabel('Company').fill('Northwind');
  await page.getByLabel('Role').fill('Data engineer');
  await page.getByLabel('Interview stage').selectOption({ label: 'Video interview' });
  await page.getByLabel('Name').fill('Priya Shah');
  await page.getByLabel('Their part').selectOption({ label: 'Hiring manager' });
  await page.getByLabel('Email').fill('priya@example.com');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { level: 1, name: 'Northwind' }).waitFor();
}

test('add, decline and keep in touch: follow-ups appear, on Home too, and survive a reload', async () => {
  const { ctx, page, problems } = await openTrackerPage();
  await visit(page, 'tracker');
  await page.getByRole('heading', { name: 'Nothing tracked yet' }).waitFor();
  await page.getByRole('link', { name: 'Add your first opportunity' }).click();
  await addOpportunity(page);
  const detailUrl = page.url();
  assert.match(new URL(detailUrl).pathname, /\/graceful-decline\/tracker\/o-/);
  await page.getByText('Priya Shah').waitFor();

  await page.getByLabel('New status').selectOption({ label: 'Declined, keeping in touch' });
  await page.getByLabel('Why you are saying no').selectOption({ label: 'Accepted another offer' });
  assert.equal(await page.getByLabel('Follow up', { exact: true }).inputValue(), '1', 'six weeks by default');
  await page.getByRole('button', { name: 'Change status' }).click();
  await page.getByText('2 follow-ups were added below.').waitFor();
  const followUps = page.locator('.follow-up');
  assert.equal(await followUps.count(), 2);
  assert.match(await followUps.nth(0).innerText(), /LinkedIn connection request/);
  assert.match(await followUps.nth(0).innerText(), /Wed 11 Mar 2026/);
  // After accepting another offer the follow-up waits at least six months
  // (a hello, not "any openings?"), whatever the delay picked.
  assert.match(await followUps.nth(1).innerText(), /Thu 10 Sep 2026/);
  // A follow-up goes to the calendar with one tap.
  const download = page.waitForEvent('download');
  await followUps.nth(1).getByRole('button', { name: 'Add to calendar' }).click();
  const ics = await download;
  assert.match(ics.suggestedFilename(), /\.ics$/);
  const text = await (await import('node:fs/promises')).readFile(await ics.path(), 'utf8');
  assert.match(text, /^BEGIN:VCALENDAR\r\n/);
  assert.match(text, /BEGIN:VALARM\r\n/);
  assert.match(text, /SUMMARY:Follow up: /);

  await visit(page);
  const needs = page.getByRole('region', { name: 'What needs you now' });
  await needs.getByRole('link', { name: 'Northwind — Data engineer' }).waitFor();
  assert.match(await needs.innerText(), /LinkedIn connection request/);

  await page.goto(detailUrl);
  await page.getByRole('heading', { level: 1, name: 'Northwind' }).waitFor();
  assert.equal(await page.locator('.follow-up').count(), 2);
  await page.getByText('Priya Shah').waitFor();
  assert.match(await page.locator('.facts').innerText(), /Declined, keeping in touch/);
  assert.match(await page.locator('.facts').innerText(), /Accepted another offer/);
  assert.match(await page.locator('.timeline').innerText(), /Invited → Declined, keeping in touch/);

  await visit(page, 'tracker');
  await page.getByLabel('Search').fill('priya');
  await page.getByRole('status').filter({ hasText: 'Showing 1 opportunity' }).waitFor();
  await page.getByRole('link', { name: /Northwind/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Northwind' }).waitFor();

  // Done on Home takes it off the list.
  await visit(page);
  await needs.getByRole('button', { name: 'Done' }).click();
  await needs.getByText('Nothing needs you right now.').waitFor();
  assertClean(problems);
  await ctx.close();
});

test('deleting asks first, then the list is empty again', async () => {
  const { ctx, page, problems } = await openTrackerPage();
  await addOpportunity(page);
  await page.getByRole('button', { name: 'Delete this opportunity' }).click();
  await page.getByRole('button', { name: 'Keep it' }).click();
  await page.getByRole('button', { name: 'Delete this opportunity' }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await page.getByRole('heading', { name: 'Nothing tracked yet' }).waitFor();
  await visit(page, 'tracker/o-gone');
  await page.getByRole('heading', { name: /could not find that opportunity/ }).waitFor();
  assertClean(problems);
  await ctx.close();
});

for (const colorScheme of ['light', 'dark']) {
  for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    test(`tracker pages have no axe violations (${colorScheme}, ${name})`, async () => {
      const { ctx, page, problems } = await openTrackerPage({ viewport, colorScheme });
      await visit(page, 'tracker');
      await page.getByRole('heading', { name: 'Nothing tracked yet' }).waitFor();
      await assertAccessible(page, `empty list ${colorScheme} ${name}`);

      await addOpportunity(page);
      await page.getByLabel('New status').selectOption({ label: 'Declined, keeping in touch' });
      await page.getByRole('button', { name: 'Change status' }).click();
      await page.getByText('2 follow-ups were added below.').waitFor();
      await page.getByText('Add a contact').click();
      await page.getByRole('button', { name: 'Add contact' }).click();
      await page.getByText("Enter the person's name.").waitFor();
      await assertAccessible(page, `detail ${colorScheme} ${name}`);
      assert.ok(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
        'no horizontal scroll on the detail page',
      );

      await visit(page, 'tracker');
      await page.getByRole('link', { name: /Northwind/ }).waitFor();
      await assertAccessible(page, `list ${colorScheme} ${name}`);

      await visit(page, 'tracker/new');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText("Enter the company's name.").waitFor();
      await assertAccessible(page, `form ${colorScheme} ${name}`);

      await visit(page);
      await page.getByRole('heading', { name: 'What needs you now' }).waitFor();
      await assertAccessible(page, `home ${colorScheme} ${name}`);
      assertClean(problems);
      await ctx.close();
    });
  }
}
