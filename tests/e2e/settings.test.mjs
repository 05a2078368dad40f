// Settings and data: details and theme saved, backup export / delete /
// import round trip, CSV export, an invalid file refused with nothing
// changed, and no axe violations in either theme at either width.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, openPage, visit, assertClean, assertAccessible, BASE_URL, PHONE, DESKTOP } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const T = 1767261600; // 2026-01-01 10:00 UTC, in the seconds records store

function opp(id, company, extra = {}) {
  return { id, company, status: 'invited', created_at: T, updated_at: T, ...extra };
}

function backup(opportunities, activities = []) {
  return JSON.stringify({
    app: 'graceful-decline',
    schema_version: 2,
    saved_at: '2026-01-02T10:00:00Z',
    data: { opportunities, contacts: [], activities, follow_ups: [] },
  });
}

const SEED = backup([
  opp('o-1', 'Acme', { status: 'declined_keep_warm', decline_reason: 'pay' }),
  opp('o-2', 'Globex', { role: 'Analyst' }),
], [
  { id: 'a-1', opportunity_id: 'o-1', at: T + 86400 * 3, entry: { status_change: { from: 'invited', to: 'declined_keep_warm' } } },
]);

async function upload(page, text, name = 'backup.json') {
  await page.getByLabel('Backup file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

async function importText(page, text) {
  await upload(page, text);
  await page.getByRole('button', { name: 'Apply import' }).click();
  await page.getByText(/Import complete/).waitFor();
}

async function download(page, buttonName) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName }).click(),
  ]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

async function exported(page) {
  const { text } = await download(page, 'Export backup (JSON)');
  return JSON.parse(text);
}

const companies = (backupJson) => backupJson.data.opportunities.map((o) => o.company).sort();

test('export, delete everything, import the file: it is all back, and it survives a reload', async () => {
  const { ctx, page, problems } = await openPage(browser);
  await visit(page, 'settings');
  await importText(page, SEED);
  await page.getByText('No backup yet', { exact: true }).waitFor();

  const { name, text } = await download(page, 'Export backup (JSON)');
  assert.match(name, /^graceful-decline-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const before = JSON.parse(text);
  assert.equal(before.app, 'graceful-decline');
  assert.deepEqual(companies(before), ['Acme', 'Globex']);
  await page.getByText(/^Last backup today \(.*\), no changes since$/).waitFor();

  await page.getByRole('button', { name: 'Delete all data…' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await page.getByText('All data was deleted from this browser.').waitFor();
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('graceful-decline:')));
  assert.deepEqual(keys, []);
  assert.deepEqual((await exported(page)).data.opportunities, []);

  await upload(page, text);
  // Two opportunities and one activity entry.
  await page.getByText('3 to add, 0 to change, 0 to remove, 0 already the same.').waitFor();
  await page.getByRole('listitem').filter({ hasText: 'Opportunity: Acme' }).waitFor();
  await page.getByRole('button', { name: 'Apply import' }).click();
  await page.getByText('Import complete: 3 added, 0 changed, 0 removed.').waitFor();

  await page.reload();
  await page.locator('#app main h1').first().waitFor();
  const after = await exported(page);
  assert.deepEqual(after.data, before.data);
  assertClean(problems);
  await ctx.close();
});

test('an invalid file shows what is wrong and changes nothing', async () => {
  const { ctx, page, problems } = await openPage(browser);
  await visit(page, 'settings');
  await importText(page, SEED);

  await upload(page, JSON.stringify({ hello: 'world' }), 'other.json');
  const alert = page.getByRole('alert').filter({ hasText: 'cannot be imported' });
  await alert.getByText(/not a Graceful Decline backup/).waitFor();
  await alert.getByText(/Nothing was changed/).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Apply import' }).count(), 0);

  await upload(page, '{"app": "graceful-decline", "schema_version": 2, "data": {"opportunities": [', 'cut.json');
  await page.getByRole('alert').filter({ hasText: /not valid JSON/ }).waitFor();

  await upload(page, backup([opp('o-9', '')]), 'empty-company.json');
  await page.getByRole('alert').filter({ hasText: /o-9 is not valid/ }).waitFor();

  assert.deepEqual(companies(await exported(page)), ['Acme', 'Globex']);
  assertClean(problems);
  await ctx.close();
});

test('replacing everything previews what will be removed', async () => {
  const { ctx, page, problems } = await openPage(browser);
  await visit(page, 'settings');
  await importText(page, SEED);
  await page.getByLabel(/Replace everything with the file/).check();
  await upload(page, backup([opp('o-3', 'Initech')]));
  await page.getByText('1 to add, 0 to change, 3 to remove, 0 already the same.').waitFor();
  await page.getByRole('listitem').filter({ hasText: 'Opportunity: Analyst at Globex' }).waitFor();
  await page.getByRole('button', { name: 'Apply import' }).click();
  await page.getByText('Import complete: 1 added, 0 changed, 3 removed.').waitFor();
  assert.deepEqual(companies(await exported(page)), ['Initech']);
  assertClean(problems);
  await ctx.close();
});

test('opportunities export as CSV', async () => {
  const { ctx, page, problems } = await openPage(browser);
  await visit(page, 'settings');
  await importText(page, SEED);
  const { name, text } = await download(page, 'Export opportunities (CSV)');
  assert.match(name, /\.csv$/);
  const lines = text.trim().split(/\r?\n/);
  assert.match(lines[0], /^id,company,role/);
  assert.equal(lines.length, 3);
  assert.ok(text.includes('Globex'));
  assertClean(problems);
  await ctx.close();
});

test('name, signature and theme are saved and applied after a reload', async () => {
  const { ctx, page, problems } = await openPage(browser);
  await visit(page, 'settings');
  await page.getByLabel('Your name').fill('Sam Rivera');
  await page.getByLabel(/Signature/).fill('Data analyst\n+44 20 7946 0000');
  await page.getByRole('button', { name: 'Save my details' }).click();
  await page.getByText('Saved.').waitFor();
  await page.getByLabel('Dark').check();
  assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark');
  await page.reload();
  await page.locator('#app main h1').first().waitFor();
  assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark');
  assert.equal(await page.getByLabel('Your name').inputValue(), 'Sam Rivera');
  assert.equal(await page.getByLabel(/Signature/).inputValue(), 'Data analyst\n+44 20 7946 0000');
  assert.ok(await page.getByLabel('Dark').isChecked());
  await page.getByLabel('Match my device').check();
  assert.equal(await page.locator('html').getAttribute('data-theme'), null);
  assertClean(problems);
  await ctx.close();
});

test('a dark choice is on screen before the app has loaded', async () => {
  // No service worker: it would serve the wasm from its cache, past the
  // route that holds the app back below.
  const context = await browser.newContext({ viewport: PHONE, colorScheme: 'light', serviceWorkers: 'block' });
  const { ctx, page, problems } = await openPage(browser, { context });
  await visit(page, 'settings');
  await page.getByLabel('Dark').check();
  assertClean(problems);
  // Hold the app back: what shows is the static shell and index.html's
  // start-up line alone.
  await page.route('**/*.wasm', () => {});
  await page.goto(new URL('settings', BASE_URL).href, { waitUntil: 'domcontentloaded' });
  await page.locator('#shell h1').waitFor();
  assert.equal(await page.locator('#app main').count(), 0, 'the app must not have mounted');
  assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r, g, b] = background.match(/\d+/g).map(Number);
  assert.ok(r + g + b < 3 * 80, `the shell is dark, not ${background}`);
  await page.unroute('**/*.wasm');
  // Back to "Match my device": nothing is forced before the app loads.
  await visit(page, 'settings');
  await page.getByLabel('Match my device').check();
  await page.route('**/*.wasm', () => {});
  await page.goto(new URL('settings', BASE_URL).href, { waitUntil: 'domcontentloaded' });
  await page.locator('#shell h1').waitFor();
  assert.equal(await page.locator('html').getAttribute('data-theme'), null);
  await ctx.close();
});

test('persistent storage can be requested and its state is shown', async () => {
  const { ctx, page, problems } = await openPage(browser);
  await visit(page, 'settings');
  await page.getByRole('button', { name: 'Ask to keep my data' }).click();
  await page.getByText(/^Persistent storage (granted|not granted)$/).waitFor();
  assertClean(problems);
  await ctx.close();
});

test('on an iPhone in Safari, backup health warns of the seven-day rule with the steps that keep the data', async () => {
  const iphone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, userAgent: iphone, hasTouch: true, isMobile: true });
  const { ctx, page, problems } = await openPage(browser, { context });
  await visit(page, 'settings');
  await importText(page, SEED);
  const health = page.locator('.health-list');
  const first = health.locator('li').first();
  await first.getByText('Safari may clear this data after seven days without a visit').waitFor();
  assert.equal(await first.locator('.health-badge').textContent(), 'At risk');
  const steps = await first.locator('.health-steps li').allTextContents();
  assert.equal(steps.length, 3);
  assert.match(steps[0], /^Export a backup here in Safari first/);
  assert.match(steps[1], /Add to Home Screen/);
  await health.getByText('No backup yet', { exact: true }).waitFor();
  assertClean(problems);
  await ctx.close();
});

for (const colorScheme of ['light', 'dark']) {
  for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    test(`settings has no axe violations (${colorScheme}, ${name})`, async () => {
      const { ctx, page, problems } = await openPage(browser, { viewport, colorScheme });
      await visit(page, 'settings');
      await assertAccessible(page, `${colorScheme} ${name} empty`);
      // With data, the backup reminder and an open import preview.
      await importText(page, SEED);
      await upload(page, backup([opp('o-1', 'Acme renamed', { updated_at: T + 5 }), opp('o-4', 'Umbrella')]));
      await page.getByText(/1 to add, 1 to change/).waitFor();
      await page.getByRole('button', { name: 'Delete all data…' }).click();
      await assertAccessible(page, `${colorScheme} ${name} with data`);
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(scroll <= 0, `no horizontal scroll (${scroll}px)`);
      assertClean(problems);
      await ctx.close();
    });
  }
}
