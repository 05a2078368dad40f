// Storage faults: unreadable saved data is kept and offered for download,
// never saved over until the user chooses; no storage at all; a full
// disk; and two tabs editing at once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, openPage, visit, assertClean } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const TRACKER_KEY = 'graceful-decline:v1:tracker';
const T = 1767261600;

function opp(id, company, updated = T) {
  return { id, company, status: 'invited', created_at: T, updated_at: updated };
}

function backup(opportunities) {
  return JSON.stringify({
    app: 'graceful-decline', schema_version: 2, saved_at: '2026-01-02T10:00:00Z',
    data: { opportunities, contacts: [], activities: [], follow_ups: [] },
  });
}

async function importText(page, text) {
  await page.getByLabel('Backup file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByRole('button', { name: 'Apply import' }).click();
  await page.getByText(/Import complete/).waitFor();
}

async function download(page, buttonName) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName }).click(),
  ]);
  return readFile(await file.path(), 'utf8');
}

async function companies(page) {
  const data = JSON.parse(await download(page, 'Export backup (JSON)')).data;
  return data.opportunities.map((o) => o.company).sort();
}

const stored = (page, key) => page.evaluate((k) => localStorage.getItem(k), key);

test('unreadable saved data: the app starts, says so, offers it for download and never saves over it unasked', async () => {
  const { ctx, page, problems } = await openPage(browser);
  const broken = '{"schema_version": 2, "data_packed": "eJzLSM3JyVcozy/KSQEAGgQEXQ==", "data_pac';
  await page.addInitScript(([key, value]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, value);
      sessionStorage.setItem('seeded', '1');
    }
  }, [TRACKER_KEY, broken]);
  await visit(page, 'settings');
  await page.getByText(/Your saved tracker could not be read/).waitFor();
  assert.equal(await stored(page, `${TRACKER_KEY}.unreadable`), broken);

  await importText(page, backup([opp('o-1', 'Acme')]));
  // An import is a choice: it settles the question and saves.
  assert.notEqual(await stored(page, TRACKER_KEY), broken);
  assert.deepEqual(await companies(page), ['Acme']);
  assert.equal(await page.getByText(/Your saved tracker could not be read/).count(), 0);
  assertClean(problems);
  await ctx.close();
});

test('unreadable saved data waits for "Start fresh", and the copy can be downloaded then discarded', async () => {
  const { ctx, page, problems } = await openPage(browser);
  const broken = 'not json at all {';
  await page.addInitScript(([key, value]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, value);
      sessionStorage.setItem('seeded', '1');
    }
  }, [TRACKER_KEY, broken]);
  await visit(page, 'settings');
  const banner = page.locator('.banner');
  await banner.getByText(/could not be read/).waitFor();
  await banner.getByRole('link', { name: 'Settings and data' }).waitFor();

  await page.getByLabel('Your name').fill('Sam');
  await page.getByRole('button', { name: 'Save my details' }).click();
  await page.reload();
  await page.locator('#app main h1').first().waitFor();
  assert.equal(await stored(page, TRACKER_KEY), broken, 'nothing saved over it');
  await banner.getByText(/could not be read/).waitFor();

  const text = await download(page, 'Download the unreadable data');
  assert.equal(text, broken);
  await page.getByRole('button', { name: 'Start fresh' }).click();
  assert.notEqual(await stored(page, TRACKER_KEY), broken);
  assert.equal(await stored(page, `${TRACKER_KEY}.unreadable`), broken, 'the copy stays until discarded');
  await page.getByRole('button', { name: 'Discard the unreadable copy' }).click();
  assert.equal(await stored(page, `${TRACKER_KEY}.unreadable`), null);
  assert.equal(await page.getByRole('heading', { name: 'Data that could not be read' }).count(), 0);
  assertClean(problems);
  await ctx.close();
});

test('storage unavailable: the app runs in memory with a notice that stays', async () => {
  const { ctx, page, problems } = await openPage(browser);
  await page.addInitScript(() => {
    const refuse = () => { throw new DOMException('The operation is insecure.', 'SecurityError'); };
    for (const name of ['getItem', 'setItem', 'removeItem', 'key', 'clear']) Storage.prototype[name] = refuse;
  });
  await visit(page, 'settings');
  const notice = page.locator('.banner .notice').filter({ hasText: /not letting the app save/ });
  await notice.waitFor();
  assert.equal(await notice.getByRole('button', { name: 'Dismiss' }).count(), 0);
  await importText(page, backup([opp('o-1', 'Acme'), opp('o-2', 'Globex')]));
  await page.getByRole('link', { name: /Insights/ }).first().click();
  await page.getByRole('img', { name: /Where things stand\. Invited: 2/ }).waitFor();
  await notice.waitFor();
  assertClean(problems);
  await ctx.close();
});

test('a full disk: a clear message, nothing in memory lost, export still works', async () => {
  const { ctx, page, problems } = await openPage(browser);
  await page.addInitScript(() => {
    window.__fillDisk = () => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    };
  });
  await visit(page, 'settings');
  await importText(page, backup([opp('o-1', 'Acme')]));
  const before = await stored(page, TRACKER_KEY);
  await page.evaluate(() => window.__fillDisk());
  await importText(page, backup([opp('o-2', 'Globex')]));
  const notice = page.locator('.banner .notice.error').filter({ hasText: /Storage on this device is full/ });
  await notice.waitFor();
  await notice.getByRole('link', { name: 'Settings and data' }).waitFor();
  assert.equal(await stored(page, TRACKER_KEY), before, 'the last good save is untouched');
  assert.deepEqual(await companies(page), ['Acme', 'Globex']);
  assertClean(problems);
  await ctx.close();
});

test('two tabs: edits to different records both survive; the same record goes to the newer edit and the user is told', async () => {
  const ctx = await browser.newContext();
  const a = await openPage(browser, { context: ctx });
  const b = await openPage(browser, { context: ctx });
  // Tab B can hold back other tabs' storage events, to edit a stale copy.
  await b.page.addInitScript(() => {
    window.__hold = false;
    window.__held = [];
    window.addEventListener('storage', (e) => {
      if (window.__hold && e.isTrusted) {
        e.stopImmediatePropagation();
        window.__held.push({ key: e.key, newValue: e.newValue });
      }
    }, true);
    window.__release = () => {
      window.__hold = false;
      for (const h of window.__held) window.dispatchEvent(new StorageEvent('storage', h));
      window.__held = [];
    };
  });
  await visit(a.page, 'settings');
  await visit(b.page, 'settings');

  await importText(a.page, backup([opp('o-1', 'Acme'), opp('o-2', 'Globex')]));
  assert.deepEqual(await companies(b.page), ['Acme', 'Globex'], 'a change in one tab appears in the other');

  await importText(a.page, backup([opp('o-1', 'Acme (tab A)', T + 100)]));
  await importText(b.page, backup([opp('o-2', 'Globex (tab B)', T + 200)]));
  assert.deepEqual(await companies(a.page), ['Acme (tab A)', 'Globex (tab B)']);
  assert.deepEqual(await companies(b.page), ['Acme (tab A)', 'Globex (tab B)']);

  // Both edit o-1 before B hears of A's edit; B's is newer.
  await b.page.evaluate(() => { window.__hold = true; });
  await importText(a.page, backup([opp('o-1', 'Acme (A again)', T + 300)]));
  await importText(b.page, backup([opp('o-1', 'Acme (B again)', T + 400)]));
  await b.page.locator('.banner').getByText(/changed in two tabs/).waitFor();
  await b.page.locator('.banner').getByText(/Acme \(B again\)/).waitFor();
  await b.page.evaluate(() => window.__release());
  assert.deepEqual(await companies(b.page), ['Acme (B again)', 'Globex (tab B)']);
  assert.deepEqual(await companies(a.page), ['Acme (B again)', 'Globex (tab B)']);
  assertClean(a.problems);
  assertClean(b.problems);
  await ctx.close();
});
