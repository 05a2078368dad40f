// The decision wizard: walked by labels and roles on a phone to a decline,
// resumed after a reload, started over with a confirmation, and checked
// with axe on a question and on the result, light and dark, phone and
// desktop.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, visit, assertClean, assertAccessible, PHONE, DESKTOP } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Chooses an answer in the current question's group and goes on. */
async function answer(page, question, choice) {
  const group = page.getByRole('group', { name: question });
  await group.waitFor();
  await group.getByRole('radio', { name: choice, exact: true }).check();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
}

/** The "pay below needs" story, up to and including the stage question. */
async function payStory(page) {
  await answer(page, /committed, or far along/i, 'No, nothing is settled elsewhere');
  await answer(page, /fit where you want your career/i, 'It fits my goals and uses my core skills');
  await answer(page, /pay meet your needs/i, "No, it's below what I need");
}

async function finishPayStory(page) {
  await answer(page, /which stage/i, 'Phone screen');
  await answer(page, /hiring manager/i, 'No');
  await answer(page, /how soon/i, 'Three days or more away');
}

test('a pay mismatch walks to a polite decline, with the path drawn and told', async () => {
  const { ctx, page, problems } = await openPage(browser, { viewport: PHONE });
  await visit(page, 'decide');
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByText(/Question 1 of about/).waitFor();
  assert.equal(await page.getByRole('progressbar').count(), 1);
  await page.getByText(/Why this matters/).first().waitFor();
  await payStory(page);

  // Reload mid-way: the same question comes back, answers kept.
  await page.getByRole('group', { name: /which stage/i }).waitFor();
  await page.reload();
  await page.locator('#app main h1').first().waitFor();
  await page.getByRole('group', { name: /which stage/i }).waitFor();
  await page.getByText(/Question 4 of about/).waitFor();
  await page.getByRole('button', { name: 'Back' }).click();
  assert.equal(
    await page.getByRole('radio', { name: "No, it's below what I need" }).isChecked(), true,
    'the earlier answer survived the reload',
  );
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await finishPayStory(page);

  await page.getByText('Decline politely: the pay does not meet your needs.').waitFor();
  const tree = page.getByRole('img', { name: /decision tree/i });
  await tree.waitFor();
  assert.ok(await page.locator('svg .node.on-path').count() >= 4);
  const steps = page.getByRole('list', { name: /path in words/i }).getByRole('listitem');
  assert.ok((await steps.allTextContents()).some((t) => /pay meet your needs\? → No, it's below/.test(t)));
  const write = page.getByRole('link', { name: 'Write this message' });
  assert.match(await write.getAttribute('href'), /\/compose\?kind=decline&reason=pay&channel=email$/);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true,
    'no horizontal scroll at 360 px');
  assertClean(problems);
  await ctx.close();
});

test('start over asks first, then clears the answers', async () => {
  const { ctx, page, problems } = await openPage(browser, { viewport: PHONE });
  await visit(page, 'decide');
  await answer(page, /committed, or far along/i, 'I have accepted another offer');
  await page.getByRole('group', { name: /which stage/i }).waitFor();
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByText('Start over? Your answers will be cleared.').waitFor();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('group', { name: /which stage/i }).waitFor();
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('button', { name: 'Confirm' }).click();
  await page.getByRole('group', { name: /committed, or far along/i }).waitFor();
  await page.reload();
  await page.getByRole('group', { name: /committed, or far along/i }).waitFor();
  assert.equal(await page.getByRole('radio', { checked: true }).count(), 0);
  assertClean(problems);
  await ctx.close();
});

test('save to tracker needs a company, then opens the new record, which is stored', async () => {
  const { ctx, page, problems } = await openPage(browser, { viewport: PHONE });
  const codec = [];
  page.on('request', (req) => {
    if (/\/split_fetch_[^/]*\.wasm$/.test(new URL(req.url()).pathname)) codec.push(req.url());
  });
  await visit(page, 'decide');
  await answer(page, /committed, or far along/i, 'I have accepted another offer');
  await answer(page, /which stage/i, 'Final or panel round');
  await answer(page, /hiring manager/i, 'Yes');
  await answer(page, /how soon/i, 'One to three days away');
  await page.getByText('Decline politely: you have accepted another offer.').waitFor();
  await page.getByRole('button', { name: 'Save to tracker' }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.locator('#save-company-error').filter({ hasText: /company/i }).waitFor();
  await page.getByLabel('Company').fill('Acme');
  // A first visit stores nothing, so Decide opened without the storage
  // codec; the save fetches it and writes once it has arrived.
  assert.deepEqual(codec, [], 'the storage codec is not needed before the save');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForURL(/\/tracker\/[^/]+$/);
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.endsWith(':tracker')));
  assert.equal(codec.length, 1, 'the save fetched the storage codec once');
  await page.reload();
  await page.getByRole('heading', { level: 1, name: /acme/i }).waitFor();
  assertClean(problems);
  await ctx.close();
});

for (const colorScheme of ['light', 'dark']) {
  for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    test(`decide has no axe violations on a question and on the result (${colorScheme}, ${name})`, async () => {
      const { ctx, page, problems } = await openPage(browser, { viewport, colorScheme });
      await visit(page, 'decide');
      await answer(page, /committed, or far along/i, 'No, nothing is settled elsewhere');
      await page.getByRole('group', { name: /fit where you want your career/i }).waitFor();
      await assertAccessible(page, `question ${colorScheme} ${name}`);
      await answer(page, /fit where you want your career/i, 'It fits my goals and uses my core skills');
      await answer(page, /pay meet your needs/i, "No, it's below what I need");
      await finishPayStory(page);
      await page.getByRole('img', { name: /decision tree/i }).waitFor();
      await assertAccessible(page, `result ${colorScheme} ${name}`);
      assertClean(problems);
      await ctx.close();
    });
  }
}
