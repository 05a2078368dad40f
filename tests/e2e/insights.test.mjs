// Insights: an empty state with no data; with data, named SVG bar charts
// each with a table alternative; no axe violations in either theme at
// either width.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, visit, assertClean, assertAccessible, PHONE, DESKTOP } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const T = 1767261600;
const DAY = 86400;

function opp(id, company, status, extra = {}) {
  return { id, company, status, created_at: T, updated_at: T, ...extra };
}

function decided(id, opportunityId, days, to) {
  return { id, opportunity_id: opportunityId, at: T + days * DAY, entry: { status_change: { from: 'invited', to } } };
}

const DATA = JSON.stringify({
  app: 'graceful-decline', schema_version: 2, saved_at: '2026-02-01T10:00:00Z',
  data: {
    opportunities: [
      opp('o-1', 'Acme', 'declined_keep_warm', { decline_reason: 'pay', decision: { answers: {}, advice_outcome: 'decline' } }),
      opp('o-2', 'Globex', 'declined_keep_warm', { decline_reason: 'pay' }),
      opp('o-3', 'Initech', 'withdrawn', { decline_reason: 'location', decision: { answers: {}, advice_outcome: 'decline' } }),
      opp('o-4', 'Umbrella', 'proceeding', { decision: { answers: {}, advice_outcome: 'proceed' } }),
      opp('o-5', 'Hooli', 'invited'),
    ],
    contacts: [],
    activities: [
      decided('a-1', 'o-1', 2, 'declined_keep_warm'),
      decided('a-2', 'o-2', 4, 'declined_keep_warm'),
      decided('a-3', 'o-3', 9, 'withdrawn'),
      decided('a-4', 'o-4', 1, 'proceeding'),
    ],
    follow_ups: [],
  },
});

async function seed(page) {
  await visit(page, 'settings');
  await page.getByLabel('Backup file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(DATA) });
  await page.getByRole('button', { name: 'Apply import' }).click();
  await page.getByText(/Import complete/).waitFor();
  await visit(page, 'insights');
}

test('with no data, insights say so and point to the tracker', async () => {
  const { ctx, page, problems } = await openPage(browser);
  await visit(page, 'insights');
  await page.getByRole('heading', { level: 1, name: 'Insights' }).waitFor();
  await page.getByText(/Nothing to show yet/).waitFor();
  await page.getByRole('link', { name: 'Track an invitation' }).waitFor();
  assert.equal(await page.getByRole('img').count(), 0);
  assertClean(problems);
  await ctx.close();
});

test('charts are named for screen readers and each has a table with the same numbers', async () => {
  const { ctx, page, problems } = await openPage(browser);
  await seed(page);
  await page.getByRole('img', { name: 'Why you declined. Pay does not meet my needs: 2; Location or relocation: 1' }).waitFor();
  await page.getByRole('img', { name: /^Where things stand\. Invited: 1; Proceeding: 1; Declined, keeping in touch: 2; Withdrawn: 1$/ }).waitFor();
  await page.getByRole('img', { name: /^What the advice was\. [^:]+: 2; [^:]+: 1$/ }).waitFor();
  // Days to decide: 1, 2, 4, 9 -> median 3.0, mean 4.0.
  await page.getByRole('img', { name: 'Days from invitation to decision. Median: 3.0 days; Average: 4.0 days' }).waitFor();
  assert.equal(await page.getByRole('img').count(), 4);

  const section = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Why you declined' }) });
  await section.getByText('Show as a table').click();
  const table = section.getByRole('table', { name: 'Why you declined' });
  await table.waitFor();
  assert.equal(await table.getByRole('row', { name: /Pay does not meet my needs 2/ }).count(), 1);
  assert.equal(await page.locator('table caption').count(), 4);
  assertClean(problems);
  await ctx.close();
});

for (const colorScheme of ['light', 'dark']) {
  for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    test(`insights have no axe violations (${colorScheme}, ${name})`, async () => {
      const { ctx, page, problems } = await openPage(browser, { viewport, colorScheme });
      await visit(page, 'insights');
      await assertAccessible(page, `${colorScheme} ${name} empty`);
      await seed(page);
      await page.getByRole('img').first().waitFor();
      for (const summary of await page.getByText('Show as a table').all()) await summary.click();
      await assertAccessible(page, `${colorScheme} ${name} with data`);
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(scroll <= 0, `no horizontal scroll (${scroll}px)`);
      assertClean(problems);
      await ctx.close();
    });
  }
}
