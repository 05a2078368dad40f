// Every page, in light and dark, at phone and desktop widths: axe-core
// finds zero violations, nothing scrolls sideways at 360 px, and no
// console error, off-origin request or CSP violation happens.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, visit, assertClean, assertAccessible, PHONE, DESKTOP } from './support.mjs';

const PAGES = ['', 'decide', 'compose', 'timing', 'tracker', 'tracker/new', 'insights', 'settings', 'no/such/page'];

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const colorScheme of ['light', 'dark']) {
  for (const [width, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    test(`every page is accessible (${colorScheme}, ${width})`, async () => {
      const { ctx, page, problems } = await openPage(browser, { viewport, colorScheme });
      for (const path of PAGES) {
        await visit(page, path);
        await page.locator('#app main h1').first().waitFor();
        assert.equal(await page.locator('#app main h1').count(), 1, `one h1 on /${path}`);
        await assertAccessible(page, `/${path} ${colorScheme} ${width}`);
        if (width === 'phone') {
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert.ok(overflow <= 0, `/${path} scrolls sideways by ${overflow}px at 360px`);
        }
      }
      assertClean(problems);
      await ctx.close();
    });
  }
}

test('the theme override is remembered across reloads', async () => {
  const { ctx, page, problems } = await openPage(browser, { colorScheme: 'light' });
  await visit(page, 'settings');
  await page.getByRole('radio', { name: 'Dark' }).check();
  await page.reload();
  await page.locator('#app main h1').first().waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, 'rgb(16, 21, 20)');
  assertClean(problems);
  await ctx.close();
});
