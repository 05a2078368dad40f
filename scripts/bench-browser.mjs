// The release build timed in headless Chromium with 10,000 opportunities
// in localStorage: how long the app takes to load and decode them, and how
// long each keystroke in the tracker's search box costs.
//
// Usage: node scripts/bench-browser.mjs SAMPLE.json
//   SAMPLE.json is `cargo run --release --example sample_store` output:
//   {"key": "graceful-decline:v1:tracker", "value": "..."}.
//   BASE_URL (default http://127.0.0.1:4174/graceful-decline/) must serve
//   the staged Pages build (scripts/bench.sh does all of this).
//   BENCH_LOADS page loads (default 5); BENCH_COLD first loads in fresh
//   browser contexts (default 3); BENCH_COUNT records in the sample
//   (default 10,000, for the list's "Showing 50 of 10,000"); BENCH_DETAIL=1
//   also prints every keystroke's figures.
//
// The figures come from inside the page: the app wraps its own work in
// User Timing measures (src/ui/perf.rs), `gd:load` around reading and
// decoding the tracker and `gd:query` around each search, filter, sort and
// paging run, both taken with the browser's `performance.now()` clock.
// Beside them, measured from outside the app but still in the page, the
// whole keystroke: keydown until the list is updated, and until the next
// frame after it.
//
// Load+decode is measured twice: on repeated loads in one browser context,
// where the browser has cached the compiled wasm, and on the first load in
// a fresh context, where it has not (a returning user's first visit after
// a new release), with the data stored before the page's own scripts run.
//
// Every wait has a timeout, and a watchdog ends the run after five
// minutes, so a missing element fails the bench instead of hanging it. On
// a failure the page's text and a screenshot are kept for the reader.
import { chromium } from 'playwright-core';
import { readFileSync, mkdirSync } from 'node:fs';

const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:4174/graceful-decline/';
const LOADS = Number(process.env.BENCH_LOADS ?? 5);
const COLD = Number(process.env.BENCH_COLD ?? 3);
// Typed one character at a time on every load: the first letters match
// most of the 10,000 records, the last ones a handful.
const TYPED = 'globex ana';
const WAIT_MS = 30_000;
const WATCHDOG_MS = 5 * 60_000;
const FAILURE_SHOT = 'target/bench/playwright-failure.png';
// The names in src/ui/perf.rs.
const LOAD_MEASURE = 'gd:load';
const CODEC_MEASURE = 'gd:codec';
const QUERY_MEASURE = 'gd:query';

const watchdog = setTimeout(() => {
  console.error(`bench: playwright: FAILED, still running after ${WATCHDOG_MS / 60_000} min; gave up`);
  process.exit(1);
}, WATCHDOG_MS);

const samplePath = process.argv[2];
if (!samplePath) {
  console.error('usage: node scripts/bench-browser.mjs SAMPLE.json');
  process.exit(2);
}
const sample = JSON.parse(readFileSync(samplePath, 'utf8'));
const count = Number(process.env.BENCH_COUNT ?? 10_000);
const countText = count.toLocaleString('en-US');

let browser;
let page;
const problems = [];
try {
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    timeout: WAIT_MS,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
    ],
  });
  const colds = [];
  for (let run = 0; run < COLD; run++) colds.push(await coldLoad(browser, sample));

  page = await newPage(browser);
  await page.addInitScript(recordKeystrokes);

  const stored = await seed(page, sample);
  console.log(`bench: playwright stored ${countText}: ${stored.units.toLocaleString('en-US')} UTF-16 units `
    + `(${stored.bytes.toLocaleString('en-US')} bytes as UTF-8) under ${sample.key}`);

  const loads = [];
  const codecs = [];
  const firstLists = [];
  const queries = [];
  const domUpdated = [];
  const nextFrame = [];
  for (let run = 0; run < LOADS; run++) {
    await page.goto(new URL('tracker', BASE_URL).href, { timeout: WAIT_MS });
    await step(`the list says "Showing 50 of ${countText}"`,
      page.locator('.list-count').getByText(`Showing 50 of ${countText}`, { exact: true })
        .waitFor({ timeout: WAIT_MS }));
    loads.push(await onlyMeasure(page, LOAD_MEASURE));
    // The split build fetches the storage code's wasm chunk before it
    // mounts (src/ui/perf.rs, CODEC_MEASURE): part of what a returning
    // user waits for, reported beside load+decode.
    codecs.push(...await page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), CODEC_MEASURE));
    firstLists.push(await onlyMeasure(page, QUERY_MEASURE));
    const keys = await typeAndTime(page);
    if (process.env.BENCH_DETAIL) {
      const ms = (field) => keys.map((k) => k[field].toFixed(1)).join(' ');
      console.log(`  load ${run + 1}: keystrokes in app ${ms('query')} | to list updated ${ms('domUpdated')}`);
    }
    queries.push(...keys.map((k) => k.query));
    domUpdated.push(...keys.map((k) => k.domUpdated));
    nextFrame.push(...keys.map((k) => k.nextFrame));
  }
  const shown = await page.locator('.list-count').innerText({ timeout: WAIT_MS });

  console.log(`bench: playwright load+decode ${countText}: ${stats(loads)} (n=${loads.length} page loads, in order: ${loads.map((t) => t.toFixed(0)).join(', ')})`);
  if (colds.length) console.log(`bench: playwright load+decode ${countText}, first load in a fresh browser (no compiled wasm cached): ${stats(colds)} (n=${colds.length}, in order: ${colds.map((t) => t.toFixed(0)).join(', ')})`);
  if (codecs.length) console.log(`bench: playwright storage code chunk fetched before mount: ${stats(codecs)} (n=${codecs.length}, in order: ${codecs.map((t) => t.toFixed(0)).join(', ')}; the first from the network, then from the cache)`);
  console.log(`bench: playwright first list of ${countText} (search+filter+sort+page, empty search): ${stats(firstLists)} (n=${firstLists.length})`);
  console.log(`bench: playwright keystroke in app (search+filter+sort+page): ${stats(queries)} (n=${queries.length}: "${TYPED}" typed on each load; ends "${shown}")`);
  console.log(`bench: playwright keystroke keydown -> list updated: ${stats(domUpdated)}; keydown -> next frame: ${stats(nextFrame)}`);
  if (problems.length) throw new Error(`the page reported problems:\n  ${problems.join('\n  ')}`);
  await browser.close();
  clearTimeout(watchdog);
} catch (error) {
  console.error(`bench: playwright: FAILED: ${error.message}`);
  for (const p of problems) console.error(`  ${p}`);
  await explainFailure(page);
  await browser?.close().catch(() => {});
  process.exit(1);
}

/** A phone-sized page in a fresh context that reports the app's errors. */
async function newPage(browser) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  context.setDefaultTimeout(WAIT_MS);
  context.setDefaultNavigationTimeout(WAIT_MS);
  const fresh = await context.newPage();
  fresh.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`); });
  fresh.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  return fresh;
}

/**
 * Load+decode on the first load of the tracker in a fresh context: nothing
 * cached, the sample stored before any of the page's scripts run.
 */
async function coldLoad(browser, entry) {
  page = await newPage(browser);
  await page.addInitScript(({ key, value }) => {
    if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
  }, entry);
  await page.goto(new URL('tracker', BASE_URL).href, { timeout: WAIT_MS });
  await step(`the first load lists "Showing 50 of ${countText}"`,
    page.locator('.list-count').getByText(`Showing 50 of ${countText}`, { exact: true })
      .waitFor({ timeout: WAIT_MS }));
  const ms = await onlyMeasure(page, LOAD_MEASURE);
  await page.context().close();
  return ms;
}

/** Stores the sample as the app would have saved it, and reads its size back. */
async function seed(page, entry) {
  await page.goto(BASE_URL, { timeout: WAIT_MS });
  await step('the app mounts', page.locator('#app main').waitFor({ timeout: WAIT_MS }));
  const back = await page.evaluate(({ key, value }) => {
    // The running app does not see its own tab's writes; the loads that
    // follow are fresh page loads.
    localStorage.setItem(key, value);
    const read = localStorage.getItem(key);
    return { same: read === value, units: read.length, bytes: new TextEncoder().encode(read).length };
  }, entry);
  if (!back.same) throw new Error('localStorage did not keep the sample as written');
  return back;
}

/** The one entry of a User Timing measure on this page load, in ms. */
async function onlyMeasure(page, name) {
  await step(`the app records the "${name}" measure`,
    page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout: WAIT_MS }));
  const durations = await page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);
  if (durations.length !== 1) throw new Error(`expected one "${name}" measure after loading, found ${durations.length}`);
  return durations[0];
}

/**
 * Types TYPED into the search box one key at a time, waiting for each
 * keystroke's list update (and a pause, as a person types) before the next.
 */
async function typeAndTime(page) {
  const search = page.locator('#tracker-search');
  await search.click({ timeout: WAIT_MS });
  const times = [];
  for (const [i, ch] of [...TYPED].entries()) {
    const before = await page.evaluate((n) => performance.getEntriesByName(n).length, QUERY_MEASURE);
    await page.keyboard.type(ch);
    await step(`keystroke ${i + 1} ("${ch}") updates the list`, page.waitForFunction(
      ({ n, before, typed }) => window.__gdKeys.length === typed.length
        && window.__gdKeys.at(-1).nextFrame !== undefined
        && performance.getEntriesByName(n).length > before
        && document.querySelector('#tracker-search').value === typed,
      { n: QUERY_MEASURE, before, typed: TYPED.slice(0, i + 1) },
      { timeout: WAIT_MS },
    ));
    const key = await page.evaluate(({ n, before }) => {
      const runs = performance.getEntriesByName(n).slice(before).map((e) => e.duration);
      return { ...window.__gdKeys.at(-1), runs };
    }, { n: QUERY_MEASURE, before });
    if (key.runs.length !== 1) throw new Error(`keystroke ${i + 1} ran the search ${key.runs.length} times`);
    times.push({ query: key.runs[0], domUpdated: key.domUpdated, nextFrame: key.nextFrame });
    await page.waitForTimeout(100);
  }
  return times;
}

/**
 * In the page, before the app: for each keystroke, the time from keydown
 * to the first task after the input event (the app's reactive updates run
 * as microtasks of that event, so the list is updated by then), and to
 * the task after the next animation frame (the frame that shows it).
 */
function recordKeystrokes() {
  window.__gdKeys = [];
  let down = 0;
  document.addEventListener('keydown', () => { down = performance.now(); }, true);
  document.addEventListener('input', (ev) => {
    if (ev.target?.id !== 'tracker-search') return;
    const key = {};
    window.__gdKeys.push(key);
    const afterTask = (done) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now() - down);
      channel.port2.postMessage(null);
    };
    afterTask((ms) => { key.domUpdated = ms; });
    requestAnimationFrame(() => afterTask((ms) => { key.nextFrame = ms; }));
  }, true);
}

/** Awaits `promise`, naming what was awaited if it fails. */
async function step(what, promise) {
  try {
    return await promise;
  } catch (error) {
    throw new Error(`waiting for ${what}: ${error.message.split('\n')[0]}`);
  }
}

/** Median and max in ms. */
function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return `median ${median.toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms`;
}

/** The page's URL and text, and a screenshot, so a failed wait explains itself. */
async function explainFailure(page) {
  if (!page) return;
  try {
    console.error(`  at ${page.url()}`);
    const text = await Promise.race([
      page.evaluate(() => document.body?.innerText ?? '(no body)'),
      new Promise((resolve) => setTimeout(() => resolve('(page did not answer)'), 5_000)),
    ]);
    console.error(`  page text:\n${text.slice(0, 2_000).replace(/^/gm, '    ')}`);
    mkdirSync('target/bench', { recursive: true });
    await page.screenshot({ path: FAILURE_SHOT, timeout: 10_000 });
    console.error(`  screenshot: ${FAILURE_SHOT}`);
  } catch (error) {
    console.error(`  (could not describe the page: ${error.message.split('\n')[0]})`);
  }
}
