// The composer: compose, edit, watch a finding appear and go, copy to the
// clipboard, mail and download; hostile text stays text; print shows only
// the message; accessible in both themes and widths.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, visit, assertClean, assertAccessible, PHONE, DESKTOP } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const body = (page) => page.getByLabel('Message', { exact: true });
const checks = (page) => page.locator('.compose-checks');

test('compose, edit, see a finding come and go, copy, mail and download', async () => {
  const context = await browser.newContext({
    viewport: PHONE,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const { page, problems } = await openPage(browser, { context });
  await visit(page, 'compose?kind=decline&channel=email&reason=location');
  await page.getByRole('heading', { level: 1, name: /compose a message/i }).waitFor();
  assert.equal(await page.getByLabel('Kind of message').inputValue(), 'decline');
  assert.equal(await page.getByLabel('Reason', { exact: true }).inputValue(), 'location');

  // A missing field shows as a highlighted gap until it is filled.
  assert.match(await body(page).inputValue(), /\[Company\]/);
  await page.locator('.composed-body .gap', { hasText: '[Company]' }).waitFor();
  await page.getByLabel(/^Company/).fill('Acme');
  await page.getByLabel(/^Your name/).fill('Zoë Park');
  assert.match(await body(page).inputValue(), /at Acme/);
  assert.equal(await page.locator('.composed-body .gap', { hasText: '[Company]' }).count(), 0);

  // Editing by hand: a finding appears, then goes when the text is fixed.
  const original = await body(page).inputValue();
  await body(page).fill(`${original}\nI was thrilled to be asked!`);
  await checks(page).getByText(/strong enthusiasm/i).waitFor();
  await page.locator('.composed-body mark', { hasText: 'thrilled' }).waitFor();
  await body(page).fill(`${original}\nI was glad to be asked.`);
  await checks(page).getByText(/strong enthusiasm/i).waitFor({ state: 'detached' });
  const edited = await body(page).inputValue();

  // The kind change keeps hand edits until the template is asked for again.
  await page.getByLabel('Tone').selectOption('formal');
  assert.equal(await body(page).inputValue(), edited);
  await page.getByRole('button', { name: 'Reset to template' }).click();
  assert.match(await body(page).inputValue(), /^Dear /);
  await body(page).fill(edited);

  await page.getByRole('button', { name: 'Copy text' }).click();
  await page.getByRole('status').filter({ hasText: /copied/i }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), edited);

  const mail = page.getByRole('link', { name: 'Open in mail app' });
  const href = await mail.getAttribute('href');
  assert.match(href, /^mailto:\?subject=[^&]*Acme[^&]*&body=/);
  assert.ok(href.includes('%0D%0A') && !href.includes(' '), href);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download .txt' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'message.txt');

  // A phone script: copy and download stay, the mail link goes.
  await page.getByLabel('Channel').selectOption('phone');
  assert.equal(await mail.count(), 0);
  await page.getByRole('button', { name: 'Copy text' }).waitFor();
  assertClean(problems);
  await context.close();
});

test('a saved template keeps its {tokens} and fills them when used', async () => {
  const { ctx, page, problems } = await openPage(browser, { viewport: DESKTOP });
  await visit(page, 'compose?kind=follow_up&channel=linkedin');
  await body(page).fill('Hello {contact_name}, thank you again for your time.');
  await page.getByLabel('Template name').fill('Short thanks');
  await page.getByRole('button', { name: 'Save as my template' }).click();
  await page.getByRole('status').filter({ hasText: /saved .short thanks./i }).waitFor();
  await page.getByRole('button', { name: 'Reset to template' }).click();
  await page.getByLabel(/^Contact name/).fill('Sam');
  await page.getByRole('button', { name: 'Use Short thanks' }).click();
  assert.equal(await body(page).inputValue(), 'Hello Sam, thank you again for your time.');
  // It is kept in the tracker data, so it survives a reload.
  await page.reload();
  await page.getByRole('button', { name: 'Use Short thanks' }).waitFor();
  await assertAccessible(page, 'with a saved template');
  await page.getByRole('button', { name: 'Delete Short thanks' }).click();
  assert.equal(await page.getByRole('button', { name: 'Use Short thanks' }).count(), 0);
  assertClean(problems);
  await ctx.close();
});

test('hostile text in every field stays text and runs nothing', async () => {
  const { ctx, page, problems } = await openPage(browser);
  const dialogs = [];
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  await page.addInitScript(() => { window.__xss = false; });
  await visit(page, 'compose?kind=decline&channel=email');
  const payloads = [
    '<script>window.__xss = true; alert(1)</script>',
    '<img src=x onerror="window.__xss = true; alert(1)">',
    'javascript:alert(1)',
  ];
  // Every field the message uses (the others are not asked).
  const inputs = page.locator('.compose-fields input:visible');
  const count = await inputs.count();
  assert.ok(count >= 6, `${count} fields`);
  for (let i = 0; i < count; i += 1) await inputs.nth(i).fill(payloads[i % 3]);
  await page.getByLabel('Subject').fill(payloads[1]);
  await page.getByLabel('Template name').fill(payloads[0]);
  await page.getByRole('button', { name: 'Save as my template' }).click();
  const preview = await page.locator('.composed-message').textContent();
  for (const p of payloads.slice(1)) assert.ok(preview.includes(p), p);
  assert.equal(await page.locator('main script, main img').count(), 0);
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.__xss), false);
  assert.deepEqual(dialogs, []);
  assert.match(await page.getByRole('link', { name: 'Open in mail app' }).getAttribute('href'), /^mailto:/);
  assertClean(problems.filter((p) => !p.includes('/x')));
  await ctx.close();
});

test('printing shows only the composed message', async () => {
  const { ctx, page, problems } = await openPage(browser, { viewport: DESKTOP });
  await visit(page, 'compose?kind=reschedule&channel=email');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('heading', { level: 1 }).isVisible(), false);
  assert.equal(await page.getByLabel('Kind of message').isVisible(), false);
  assert.equal(await page.locator('.composed-body').isVisible(), true);
  assert.equal(await page.locator('.composed-subject').isVisible(), true);
  assertClean(problems);
  await ctx.close();
});

for (const colorScheme of ['light', 'dark']) {
  for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    test(`compose has no axe violations (${colorScheme}, ${name})`, async () => {
      const { ctx, page, problems } = await openPage(browser, { viewport, colorScheme });
      await visit(page, 'compose?kind=decline&channel=email');
      await body(page).fill('Hi,\n\nThis is an amazing chance!\n\nBest,\nZoë');
      await checks(page).getByText(/strong enthusiasm/i).waitFor();
      await assertAccessible(page, `${colorScheme} ${name}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      assert.equal(overflow, false, 'no horizontal scroll');
      assertClean(problems);
      await ctx.close();
    });
  }
}

test('on a phone the message comes first, a gap jumps to its field, and only the fields it uses are asked', async () => {
  const { ctx, page, problems } = await openPage(browser, { viewport: { width: 390, height: 844 } });
  await visit(page, 'compose?kind=decline&channel=email&reason=pay');
  const message = body(page);
  await message.waitFor();
  const box = await message.boundingBox();
  assert.ok(box.y + 60 < 844, `the message starts at ${box.y}px, below the fold`);
  const copy = await page.getByRole('button', { name: 'Copy text' }).boundingBox();
  assert.ok(copy.y - (box.y + box.height) < 120, 'Copy sits right under the message');
  // A gap in the text is a button that moves to its field.
  await page.getByRole('button', { name: 'Fill in Company' }).first().click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'compose-field-company');
  // A decline uses no proposed time or other role: those are not asked.
  assert.equal(await page.locator('#compose-field-proposed_time').isVisible(), false);
  assert.equal(await page.locator('#compose-field-other_role').isVisible(), false);
  assert.equal(await page.locator('#compose-field-company').isVisible(), true);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true);
  // A call script with its voicemail, filled with an unbroken pasted
  // value, still does not scroll sideways.
  await page.getByLabel('Channel').selectOption('phone');
  await page.getByLabel(/^Role/).fill('A'.repeat(80));
  await page.getByRole('heading', { name: 'If you get voicemail' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true,
    'no sideways scroll with an 80-character word in the voicemail');
  assertClean(problems);
  await ctx.close();
});

test('a French-language browser still writes the interview date in English', async () => {
  const context = await browser.newContext({ viewport: PHONE, locale: 'fr-FR', timezoneId: 'UTC' });
  const { page, problems } = await openPage(browser, { context });
  const envelope = JSON.stringify({
    schema_version: 3,
    saved_at: '2026-01-25T10:00:00Z',
    data: {
      opportunities: [{
        id: 'o-1', company: 'Globex', role: 'Data Analyst', stage: 'video',
        interview: { at: 1770301800, zone: 'UTC' },
        status: 'invited', created_at: 1769328000, updated_at: 1769328000,
      }],
      contacts: [], activities: [], follow_ups: [],
    },
  });
  await page.addInitScript(([value]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('graceful-decline:v1:tracker', value);
      sessionStorage.setItem('seeded', '1');
    }
  }, [envelope]);
  await visit(page, 'compose?kind=decline&channel=email&reason=pay&opportunity=o-1');
  await page.waitForFunction(() => /Globex/.test(document.querySelector('#compose-body')?.value ?? ''));
  const text = await body(page).inputValue();
  assert.match(text, /Thursday 5 February at 14:30/, text);
  assert.doesNotMatch(text, /jeudi|février/i, text);
  assertClean(problems);
  await context.close();
});
