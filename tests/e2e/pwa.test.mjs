// Installable and offline: the manifest works under the subpath, the
// service worker serves the app with the network gone, a new build shows
// the update notice, the CSP meta tag is in place, and an app that stops
// (its code could not be downloaded, or it crashed) says so.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launch, openPage, visit, assertClean, assertAccessible, PHONE, BASE_URL } from './support.mjs';
import { MODULES, moduleGlob } from '../../scripts/chunks.mjs';

const PAGES_DIR = process.env.PAGES_DIR ?? 'target/pages';
const SW_FILE = path.join(PAGES_DIR, 'graceful-decline', 'sw.js');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
}

test('the manifest is relative to the subpath and has the icons an install needs', async () => {
  const res = await fetch(new URL('manifest.webmanifest', BASE_URL));
  assert.equal(res.status, 200);
  const m = await res.json();
  assert.equal(m.start_url, './');
  assert.equal(m.scope, './');
  const sizes = m.icons.map((i) => `${i.sizes} ${i.purpose}`);
  for (const want of ['192x192 any', '512x512 any', '512x512 maskable']) assert.ok(sizes.includes(want), want);
  for (const icon of m.icons) {
    const r = await fetch(new URL(icon.src, BASE_URL));
    assert.equal(r.status, 200, icon.src);
  }
});

test('the page carries a CSP with the inline start-up script hashed, and nothing violates it', async () => {
  const { ctx, page, problems } = await openPage(browser);
  await visit(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  for (const part of ["default-src 'self'", "'wasm-unsafe-eval'", "'sha256-", "connect-src 'self'", "object-src 'none'", "base-uri 'self'"]) {
    assert.ok(csp.includes(part), `CSP has ${part}`);
  }
  assertClean(problems);
  await ctx.close();
});

test('after one visit the app loads and works offline, deep links included', async () => {
  const { ctx, page, problems } = await openPage(browser);
  await visit(page);
  await controlled(page);
  // The other pages' chunks arrive in the background once the page is idle.
  await page.waitForFunction(() => document.documentElement.dataset.offlineReady === 'yes', null, { timeout: 30000 });
  await ctx.setOffline(true);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: /keep the door open/i }).waitFor();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Decide' }).click();
  await page.getByRole('heading', { level: 1, name: /should you go/i }).waitFor();
  assert.match(new URL(page.url()).pathname, /\/graceful-decline\/decide$/);
  await page.goto(new URL('tracker', BASE_URL).href);
  await page.locator('#app main h1').first().waitFor();
  await ctx.setOffline(false);
  // Offline fetches fail by design; only the app's own errors count here.
  assertClean(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource|Failed to fetch/.test(p)));
  await ctx.close();
});

test('publishing a new build shows the update notice, and reloading takes it', async () => {
  const original = readFileSync(SW_FILE, 'utf8');
  const { ctx, page } = await openPage(browser);
  try {
    await visit(page);
    await controlled(page);
    const banner = page.getByRole('status').filter({ hasText: /new version/i });
    assert.equal(await banner.isVisible(), false);
    // A new release: the worker's bytes change (its build hash does).
    writeFileSync(SW_FILE, original.replace(/const BUILD = '([0-9a-f]+)'/, "const BUILD = '$1-next'"));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await banner.waitFor({ state: 'visible' });
    const reloaded = page.waitForEvent('load');
    await banner.getByRole('button', { name: /reload to update/i }).click();
    await reloaded;
    await page.locator('#app main h1').first().waitFor();
    assert.equal(await page.getByRole('status').filter({ hasText: /new version/i }).isVisible(), false);
  } finally {
    writeFileSync(SW_FILE, original);
    await ctx.close();
  }
});

// With the service worker blocked so every request goes to the network,
// where the test makes it fail.
async function withoutWorker() {
  return openPage(browser, { context: await browser.newContext({ serviceWorkers: 'block', viewport: PHONE }) });
}

test("a page whose code cannot be downloaded says the app stopped and offers a reload", async () => {
  const { ctx, page, problems } = await withoutWorker();
  // The connection drops before Decide's code arrives.
  await page.route(moduleGlob(MODULES.advice), (route) => route.abort('internetdisconnected'));
  await visit(page);
  await page.getByRole('heading', { level: 1, name: /keep the door open/i }).waitFor();
  const alert = page.getByRole('alert').filter({ hasText: /stopped responding/i });
  assert.equal(await alert.isVisible(), false, 'no alarm while all is well');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Decide' }).click();
  await alert.waitFor();
  assert.match(await alert.textContent(), /everything you saved is safe/i);
  const reload = alert.getByRole('button', { name: 'Reload' });
  assert.equal(await reload.evaluate((b) => b === document.activeElement), true, 'focus is on Reload');
  await assertAccessible(page, 'with the stopped-app alert');
  // Back online: Reload brings a working app.
  await page.unroute(moduleGlob(MODULES.advice));
  const loaded = page.waitForEvent('load');
  await reload.click();
  await loaded;
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Decide' }).click();
  await page.getByRole('heading', { level: 1, name: /should you go/i }).waitFor();
  assert.equal(await alert.isVisible(), false);
  // The failed download (and the trap it causes) is what this test makes.
  assertClean(problems.filter((p) => !/Failed to load resource|Failed to fetch|unreachable/.test(p)));
  await ctx.close();
});

test('the static page says so when the app itself cannot be downloaded', async () => {
  const { ctx, page } = await withoutWorker();
  await page.route(/_bg\.wasm$/, (route) => route.abort('internetdisconnected'));
  await page.goto(BASE_URL);
  await page.getByRole('alert').filter({ hasText: /stopped responding/i }).waitFor();
  // The static shell's text stays on screen under the alert.
  await page.getByRole('heading', { level: 1, name: /say no to an interview/i }).waitFor();
  await ctx.close();
});
