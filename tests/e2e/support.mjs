// Shared E2E helpers: launch Debian's Chromium (never a downloaded one),
// open pages that record console errors, off-origin requests and CSP
// violations, and run axe-core.
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';

export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:4173/graceful-decline/';
export const ORIGIN = new URL(BASE_URL).origin;

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 900 };

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
    ],
  });
}

/**
 * A fresh context and page that records what must never happen: console
 * errors, page errors, requests leaving the origin, CSP violations.
 */
export async function openPage(browser, { viewport = PHONE, colorScheme = 'light', context } = {}) {
  const ctx = context ?? await browser.newContext({ viewport, colorScheme });
  const page = await ctx.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== ORIGIN) problems.push(`off-origin request: ${url}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return { ctx, page, problems };
}

/**
 * Goes to a path below the app's base and waits until the app mounted and
 * the page is shown (every page has an h1; pages other than Home arrive as
 * a separate wasm chunk just after the app mounts).
 */
export async function visit(page, path = '') {
  const response = await page.goto(new URL(path, BASE_URL).href);
  await page.locator('#app main h1').first().waitFor();
  return response;
}

/** No console error, off-origin request or CSP violation so far. */
export function assertClean(problems) {
  // A deep link is answered by 404.html with status 404 exactly as GitHub
  // Pages does; Chromium logs that document status as a console error.
  const real = problems.filter((p) => !/status of 404/.test(p));
  assert.deepEqual(real, []);
}

/** axe-core finds zero violations on the current page. */
export async function assertAccessible(page, label = '') {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} -> ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`,
  );
  assert.deepEqual(summary, [], `axe violations ${label}`);
}
