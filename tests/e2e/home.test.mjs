// The home page: loads clean under the Pages subpath with only the main
// wasm module, is accessible in both themes and widths, and navigation
// works including deep links.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, visit, assertClean, assertAccessible, PHONE, DESKTOP, BASE_URL } from './support.mjs';
import { MODULES, isModuleFile } from '../../scripts/chunks.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('home loads with no console error and no off-origin request', async () => {
  const { ctx, page, problems } = await openPage(browser);
  await visit(page);
  await page.getByRole('heading', { level: 1, name: /keep the door open/i }).waitFor();
  assert.equal(await page.locator('#shell').count(), 0, 'the static shell is replaced on mount');
  assertClean(problems);
  await ctx.close();
});

test("a first visit to Home loads only the main module; a page's code comes when it is opened", async () => {
  const { ctx, page, problems } = await openPage(browser);
  const wasm = [];
  page.on('request', (req) => {
    const name = new URL(req.url()).pathname.split('/').pop();
    if (name.endsWith('.wasm')) wasm.push(name);
  });
  await visit(page);
  await page.getByRole('heading', { level: 1, name: /keep the door open/i }).waitFor();
  // Nothing is stored on a first visit: no storage codec, no page chunk.
  assert.deepEqual(wasm.filter((n) => !n.endsWith('_bg.wasm')), [], 'Home needs the main module only');
  assert.equal(wasm.length, 1);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Decide' }).click();
  await page.getByRole('heading', { level: 1, name: /should you go/i }).waitFor();
  // Decide's module (`advice` in src/ui/app.rs); nothing is stored, so
  // not the storage codec: it comes with the first save.
  assert.ok(wasm.some((n) => isModuleFile(n, MODULES.advice)), `the Decide module was fetched: ${wasm.join(', ')}`);
  assert.ok(!wasm.some((n) => isModuleFile(n, MODULES.codec)), 'the storage codec waits for a save');
  assert.ok(!wasm.some((n) => isModuleFile(n, MODULES.data)), 'the tracker and settings pages stay unloaded');
  assertClean(problems);
  await ctx.close();
});

for (const colorScheme of ['light', 'dark']) {
  for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    test(`home has no axe violations (${colorScheme}, ${name})`, async () => {
      const { ctx, page, problems } = await openPage(browser, { viewport, colorScheme });
      await visit(page);
      await assertAccessible(page, `${colorScheme} ${name}`);
      assertClean(problems);
      await ctx.close();
    });
  }
}

test('the decide call to action and an unknown path both work under the subpath', async () => {
  const { ctx, page, problems } = await openPage(browser);
  await visit(page);
  const cta = page.getByRole('link', { name: /help me decide/i });
  assert.equal(await cta.getAttribute('href'), `${new URL(BASE_URL).pathname}decide`);
  // Links move within the app: no page load, so nothing is fetched twice.
  await page.evaluate(() => { window.gdSamePage = true; });
  await cta.click();
  await page.getByRole('heading', { level: 1, name: /should you go/i }).waitFor();
  assert.equal(await page.evaluate(() => window.gdSamePage), true, 'the link reloaded the page');
  await page.getByRole('link', { name: 'Graceful Decline' }).click();
  await page.getByRole('heading', { level: 1, name: /keep the door open/i }).waitFor();
  assert.equal(await page.evaluate(() => window.gdSamePage), true, 'the brand link reloaded the page');
  await visit(page, 'no/such/page');
  await page.getByRole('heading', { name: /does not exist/i }).waitFor();
  await page.getByRole('link', { name: /home page/i }).click();
  await page.getByRole('heading', { level: 1, name: /keep the door open/i }).waitFor();
  assert.equal(new URL(page.url()).pathname, new URL(BASE_URL).pathname);
  assertClean(problems);
  await ctx.close();
});
