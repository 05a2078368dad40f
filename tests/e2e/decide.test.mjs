// The decision wizard: walked by labels and roles on a phone to a decline,
// resumed after a reload, started over with a confirmation, and checked
// with axe on a question and on the result, light and dark, phone and
// desktop.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, visit, assertClean, assertAccessible, PHONE, DESKTOP } from './support.mjs';
import { MODULES, isModuleFile } from '../../scripts/chunks.mjs';

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

/** The invitation itself: which round and how soon. */
async function invitation(page, stage, notice) {
  await answer(page, /which stage/i, stage);
  await answer(page, /how soon/i, notice);
}

/** The "pay below needs" story, up to the pay question. */
async function payStory(page) {
  await invitation(page, 'Phone screen', 'Three days or more away');
  await answer(page, /committed, or far along/i, 'No, nothing is settled elsewhere');
  await answer(page, /fit where you want your career/i, 'It fits my goals and uses my core skills');
  await answer(page, /pay meet your needs/i, "No, it's below what I need");
}

async function finishPayStory(page) {
  await answer(page, /already had an interview/i, 'No, this would be the first interview');
  await answer(page, /hiring manager/i, 'No');
}

/** The six questions about the job's facts, in the order they are asked. */
const FACTS = [/pay meet your needs/i, /culture and values/i, /travel and hours fit/i, /location work for you/i, /help you grow/i, /wait for their process/i];
const UNKNOWN = FACTS.map(() => "Don't know yet");

/** A first-timer: nothing settled elsewhere, the role fits, `facts` answer
 *  the six fact questions, the interview itself is what weighs on them,
 *  they want the job; `time` answers the schedule. */
async function firstTimer(page, { stage = 'Phone screen', notice = 'Three days or more away', facts = UNKNOWN, time }) {
  await invitation(page, stage, notice);
  await answer(page, /committed, or far along/i, 'No, nothing is settled elsewhere');
  await answer(page, /fit where you want your career/i, 'It fits my goals and uses my core skills');
  for (const [i, question] of FACTS.entries()) await answer(page, question, facts[i]);
  await answer(page, /what weighs on you/i, 'The interview itself: being judged, awkward questions');
  await answer(page, /would you want this job/i, 'Yes');
  await answer(page, /proposed time work/i, time);
}

/** A nervous first-timer at a phone screen who knows none of the facts yet. */
async function nervousFirstTimer(page, time) {
  await firstTimer(page, { time });
}

test('a nervous first-timer whose role fits but pay is unknown is told to go, and to ask about pay', async () => {
  const { ctx, page, problems } = await openPage(browser, { viewport: PHONE });
  await visit(page, 'decide');
  await nervousFirstTimer(page, 'Yes, the time works');
  // A phone screen needs no trip, so the travel question is not asked.
  await page.getByText('Go to the interview.', { exact: true }).waitFor();
  const ask = page.getByRole('list', { name: 'Questions to ask' });
  assert.ok((await ask.allTextContents()).join(' ').includes('What is the pay range for the role?'));
  // Nothing to send yet: the step is to say yes.
  assert.equal(await page.getByRole('link', { name: 'Write this message' }).count(), 0);
  const why = await page.getByRole('list', { name: /path in words/i }).textContent();
  assert.match(why, /what weighs on you most\? → The interview itself/);
  assertClean(problems);
  await ctx.close();
});

test('someone told to go, two days before an in-person round, is told to say yes today, not when to decline', async () => {
  const { ctx, page, problems } = await openPage(browser, { viewport: PHONE });
  await visit(page, 'decide');
  await firstTimer(page, {
    stage: 'In-person interview',
    notice: 'One to three days away',
    facts: ['Yes, it meets my needs', 'They seem to fit me', 'Yes, they fit my life', 'Yes, the location works',
      'Yes, it would be a real step forward', 'Yes, I can wait that long'],
    time: 'Yes, the time works',
  });
  await answer(page, /how far would you have to travel/i, 'Little or none');
  // The suggestion itself, not a "what would change this" line.
  await page.locator('main section').first().getByText('Go to the interview.', { exact: true }).waitFor();
  const twoDaysOn = await page.evaluate(() => {
    const d = new Date(Date.now() + 2 * 86_400_000);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  await page.getByLabel('Interview date', { exact: true }).fill(twoDaysOn);
  await page.getByLabel('Interview time', { exact: true }).fill('10:00');
  const panel = page.locator('.decide-timing .timing-panel');
  await panel.getByText('Say yes today', { exact: true }).waitFor();
  const shown = await panel.innerText();
  assert.match(shown, /Reply today to say yes/);
  assert.match(shown, /Time to get ready/);
  assert.doesNotMatch(shown, /cancel|Decline by|apolog|Short notice/i, shown);
  await panel.getByRole('button', { name: 'Add interview to calendar' }).waitFor();
  assert.equal(await panel.getByRole('button', { name: /decline-by/ }).count(), 0);
  assertClean(problems);
  await ctx.close();
});

test('the same person with a clashing time is told to reschedule, and the pay question rides along', async () => {
  const { ctx, page, problems } = await openPage(browser, { viewport: PHONE });
  await visit(page, 'decide');
  await nervousFirstTimer(page, "No, it clashes with something I can't move");
  await page.getByText('Ask to move the interview to a time you can make.').waitFor();
  const write = page.getByRole('link', { name: 'Write this message' });
  assert.match(await write.getAttribute('href'), /\/compose\?kind=reschedule&ask=pay,[a-z_,]+&channel=email$/);
  assertClean(problems);
  await ctx.close();
});

test('an accepted offer two days before a final round: an honest late no by phone, reason kept, no new time offered', async () => {
  const { ctx, page, problems } = await openPage(browser, { viewport: PHONE });
  await visit(page, 'decide');
  await invitation(page, 'Final or panel round', 'One to three days away');
  await answer(page, /committed, or far along/i, 'I have accepted another offer');
  await answer(page, /already had an interview/i, "Yes, I've already had at least one interview there");
  await answer(page, /hiring manager/i, 'Yes');
  await page.getByText('Say no politely: you have accepted another offer.').waitFor();
  await page.getByText(/Call today: apologise once for the short notice/).waitFor();
  await page.getByText(/After the call, send a short email/).waitFor();
  const write = page.getByRole('link', { name: 'Write this message' });
  assert.match(await write.getAttribute('href'), /kind=withdrawal&late=1&reason=accepted_offer&channel=phone$/);
  await write.click();
  const script = page.getByLabel('Call script');
  await script.waitFor();
  const text = await script.inputValue();
  assert.match(text, /accepted/i, 'the real reason is in the script');
  assert.match(text, /notice/i, 'it apologises for the notice');
  assert.doesNotMatch(text, /reschedul|another time|new time|something (unavoidable|came up)/i, text);
  assertClean(problems);
  await ctx.close();
});

test('a pay mismatch walks to a polite decline, with the path drawn and told', async () => {
  const { ctx, page, problems } = await openPage(browser, { viewport: PHONE });
  await visit(page, 'decide');
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByText(/Question 1 of about/).waitFor();
  assert.equal(await page.getByRole('progressbar').count(), 1);
  await page.getByText(/Why this matters/).first().waitFor();
  await payStory(page);

  // Reload mid-way: the same question comes back, answers kept.
  await page.getByRole('group', { name: /already had an interview/i }).waitFor();
  await page.reload();
  await page.locator('#app main h1').first().waitFor();
  await page.getByRole('group', { name: /already had an interview/i }).waitFor();
  await page.getByText(/Question 6 of about/).waitFor();
  await page.getByRole('button', { name: 'Back' }).click();
  assert.equal(
    await page.getByRole('radio', { name: "No, it's below what I need" }).isChecked(), true,
    'the earlier answer survived the reload',
  );
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await finishPayStory(page);

  await page.getByText('Say no politely: the pay does not meet your needs.').waitFor();
  const tree = page.getByRole('img', { name: /decision tree/i });
  await tree.waitFor();
  assert.ok(await page.locator('svg.path-diagram .node.on-path').count() >= 4);
  // The whole tree is one tap away.
  await page.getByText('Show the whole tree').click();
  await page.getByRole('img', { name: /whole tree of questions/i }).waitFor();
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
  await answer(page, /which stage/i, 'Final or panel round');
  await page.getByRole('group', { name: /how soon/i }).waitFor();
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByText('Start over? Your answers will be cleared.').waitFor();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('group', { name: /how soon/i }).waitFor();
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('button', { name: 'Confirm' }).click();
  await page.getByRole('group', { name: /which stage/i }).waitFor();
  await page.reload();
  await page.getByRole('group', { name: /which stage/i }).waitFor();
  assert.equal(await page.getByRole('radio', { checked: true }).count(), 0);
  assertClean(problems);
  await ctx.close();
});

test('save to tracker needs a company, then opens the new record, which is stored', async () => {
  const { ctx, page, problems } = await openPage(browser, { viewport: PHONE });
  const codec = [];
  page.on('request', (req) => {
    if (isModuleFile(new URL(req.url()).pathname.split('/').pop(), MODULES.codec)) codec.push(req.url());
  });
  await visit(page, 'decide');
  await invitation(page, 'Final or panel round', 'Three days or more away');
  await answer(page, /committed, or far along/i, 'I have accepted another offer');
  await answer(page, /already had an interview/i, 'No, this would be the first interview');
  await answer(page, /hiring manager/i, 'Yes');
  await page.getByText('Say no politely: you have accepted another offer.').waitFor();
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
      await invitation(page, 'Phone screen', 'Three days or more away');
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
