// No value breaks the layout: every page, filled with the longest and
// strangest values a user could type or paste (a URL, markup, an
// 80-character word, a long e-mail address, emoji, right-to-left names),
// has no sideways scroll at 360 px in a phone's viewport, and nothing in
// it (the bottom bar included) reaches past the screen's right edge.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, visit, assertClean } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const PHONE_WIDTH = 360;
const T = 1767261600;
const URL_VALUE = 'https://careers.example-company.com/jobs/1234567890123456789?utm_source=linkedin&utm_campaign=abcdefghijklmnopqrstuvwxyz0123456789';
const WORD = 'Supercalifragilisticexpialidocious'.repeat(3).slice(0, 80);
const MARKUP = '<div style="width:2000px">Acme</div><script>alert(1)</script>';
const EMAIL = 'firstname.middlename.lastname.with.parts@recruiting.subdomain.example-company-with-a-long-name.co.uk';
const RTL = 'محمد بن عبد الله الفلاني';
const EMOJI = '👩🏽‍💻🚀✨'.repeat(12);

const STRANGE = JSON.stringify({
  app: 'graceful-decline',
  schema_version: 3,
  saved_at: '2026-01-02T10:00:00Z',
  data: {
    opportunities: [
      {
        id: 'o-1', company: URL_VALUE, role: WORD, source: EMAIL, status: 'declined_keep_warm',
        decline_reason: 'pay', pay_notes: WORD + ' ' + EMOJI, notes: MARKUP + ' ' + WORD,
        stage: 'final', interview: { at: T + 86400 * 400, zone: 'Europe/London' },
        created_at: T, updated_at: T,
      },
      { id: 'o-2', company: MARKUP, role: RTL, status: 'invited', created_at: T, updated_at: T },
      { id: 'o-3', company: EMOJI, role: EMAIL, status: 'awaiting_answer', created_at: T, updated_at: T },
    ],
    contacts: [
      { id: 'c-1', name: RTL, title: WORD, kind: 'recruiter', email: EMAIL, phone: '+44 ' + '1'.repeat(40),
        linkedin_url: URL_VALUE, opportunity_ids: ['o-1'], updated_at: T },
    ],
    activities: [
      { id: 'a-1', opportunity_id: 'o-1', at: T + 86400, entry: { status_change: { from: 'invited', to: 'declined_keep_warm' } } },
      { id: 'a-2', opportunity_id: 'o-1', at: T + 86400, entry: { message: { kind: 'decline', channel: 'email', sent: true, text: WORD + '\n' + URL_VALUE } } },
      { id: 'a-3', opportunity_id: 'o-1', at: T + 86400 * 2, entry: { note: { text: EMOJI + ' ' + MARKUP } } },
    ],
    follow_ups: [
      { id: 'f-1', opportunity_id: 'o-1', due: T + 86400 * 40, action: WORD + ' ' + URL_VALUE, updated_at: T },
    ],
  },
});

/** How far past the right edge the page or anything in it reaches. */
async function overflow(page) {
  // A phone widens its layout viewport to fit what overflows (and zooms
  // out), so the device's width is the measure, not `innerWidth`.
  return page.evaluate((width) => {
    let worst = { by: document.documentElement.scrollWidth - width, what: 'the page' };
    const clipped = (el) => {
      for (let p = el.parentElement; p; p = p.parentElement) {
        const s = getComputedStyle(p);
        if (s.overflowX !== 'visible' && p !== document.body && p !== document.documentElement) return true;
      }
      return false;
    };
    const consider = (rect, el, what) => {
      if (rect.width === 0 || clipped(el)) return;
      if (rect.right - width > worst.by) worst = { by: Math.round(rect.right - width), what };
    };
    for (const el of document.querySelectorAll('#app *')) {
      consider(el.getBoundingClientRect(), el, `${el.tagName.toLowerCase()}.${el.className}`);
    }
    // Text can spill out of a box that fits: measure the words themselves.
    const walker = document.createTreeWalker(document.querySelector('#app'), NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent.trim()) continue;
      range.selectNodeContents(node);
      const el = node.parentElement;
      consider(range.getBoundingClientRect(), el, `text "${node.textContent.slice(0, 30)}" in ${el.tagName.toLowerCase()}.${el.className}`);
    }
    return worst;
  }, PHONE_WIDTH);
}

async function assertFits(page, where) {
  const { by, what } = await overflow(page);
  assert.ok(by <= 1, `${where}: ${what} reaches ${by}px past the right edge at 360px`);
}

test('every page, filled with the strangest values, fits a 360px phone', async () => {
  const context = await browser.newContext({ viewport: { width: PHONE_WIDTH, height: 740 }, isMobile: true, hasTouch: true });
  const { ctx, page, problems } = await openPage(browser, { context });
  await visit(page, 'settings');
  await page.getByLabel('Backup file').setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(STRANGE) });
  await page.getByRole('button', { name: 'Apply import' }).click();
  await page.getByText(/Import complete/).waitFor();

  for (const path of ['', 'decide', 'compose', 'compose?opportunity=o-1', 'compose?opportunity=o-2&kind=decline',
    'timing', 'tracker', 'tracker/o-1', 'tracker/o-2', 'tracker/o-3', 'tracker/o-1/edit', 'tracker/new', 'insights', 'report', 'paste', 'settings']) {
    await visit(page, path);
    await page.locator('#app main h1').first().waitFor();
    // Open every disclosure so what it hides is measured too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/layout-${path.replace(/\W/g, '_') || 'home'}.png` });
    await assertFits(page, `/${path}`);
  }

  // Typed, not only stored: every text field of the new-opportunity form
  // and the composer's details.
  for (const path of ['tracker/new', 'compose?kind=decline', 'paste']) {
    await visit(page, path);
    await page.locator('#app main h1').first().waitFor();
    const fields = page.locator('#app main input[type=text], #app main input:not([type]), #app main input[type=email], #app main input[type=url], #app main textarea');
    const count = await fields.count();
    assert.ok(count > 0, `/${path} has text fields`);
    const values = [URL_VALUE, WORD, MARKUP, EMAIL, RTL, EMOJI];
    for (let i = 0; i < count; i += 1) {
      const field = fields.nth(i);
      if (await field.isVisible() && await field.isEditable()) await field.fill(values[i % values.length]);
    }
    await assertFits(page, `/${path} typed`);
  }
  // The measure itself can fail: a value that does not wrap is caught.
  await page.evaluate(() => {
    const wide = document.createElement('p');
    wide.style.whiteSpace = 'nowrap';
    wide.textContent = 'x'.repeat(200);
    document.querySelector('#app main').append(wide);
  });
  assert.ok((await overflow(page)).by > 100, 'an unwrapped line is measured as overflow');
  assertClean(problems);
  await ctx.close();
});
