// Size budget: the gzip -9 bytes a first visit downloads, found by loading
// Home in Chromium and recording every request (page and service worker),
// sized from the served files. Usage: BASE_URL=... node scripts/size-budget.mjs
//
// The release wasm is split (scripts/wasm-split.mjs): Home needs the main
// module only; the other pages' chunks are fetched when a page is first
// opened, and the service worker fetches them all in the background once
// the page is idle, so the app works offline. Two figures, both printed:
// - first visit: everything requested except that background fetch. The
//   foundation issue's target is 160 KiB; this run enforces the stricter
//   150 KiB that Lighthouse's transfer on Home is held to (issue 7;
//   SIZE_BUDGET_KIB to change it);
// - offline cache: the background fetch, reported, not budgeted.
import { gzipSync, constants } from 'node:zlib';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { launch, openPage, visit, BASE_URL } from '../tests/e2e/support.mjs';

const TARGET_KIB = 160;
const BUDGET_KIB = Number(process.env.SIZE_BUDGET_KIB ?? 150);
const PAGES_DIR = process.env.PAGES_DIR ?? 'target/pages';
const base = new URL(BASE_URL);

const fileOf = (pathname) => {
  let file = path.join(PAGES_DIR, decodeURIComponent(pathname));
  if (pathname.endsWith('/')) file = path.join(file, 'index.html');
  return file;
};
// The chunks the service worker fetches in the background, and the list
// itself (offline.json, fetched only for that).
const lazyList = JSON.parse(readFileSync(fileOf(`${base.pathname}offline.json`), 'utf8'))
  .map((u) => new URL(u, base).pathname);
const lazy = new Set([...lazyList, `${base.pathname}offline.json`]);

const browser = await launch();
const { ctx, page } = await openPage(browser);
const seen = new Map(); // pathname -> requested by the service worker?
ctx.on('request', (req) => {
  const url = new URL(req.url());
  if (url.origin !== base.origin) return;
  const bySw = req.serviceWorker() !== null;
  seen.set(url.pathname, (seen.get(url.pathname) ?? true) && bySw);
});
await visit(page);
await page.waitForLoadState('networkidle');
// Let the background fetch for offline use finish so it can be reported.
await page.waitForFunction(() => document.documentElement.dataset.offlineReady === 'yes', null, { timeout: 30000 })
  .catch(() => console.log('size-budget: the offline cache did not report ready within 30 s'));
await browser.close();

const gz = (file) => gzipSync(readFileSync(file), { level: constants.Z_BEST_COMPRESSION }).length;
const first = [];
const background = [];
for (const [pathname, bySw] of seen) {
  const file = fileOf(pathname);
  try { statSync(file); } catch { console.log(`  (not a served file: ${pathname})`); continue; }
  const row = [pathname, statSync(file).size, gz(file)];
  (bySw && lazy.has(pathname) ? background : first).push(row);
}
const sum = (rows) => rows.reduce((n, r) => n + r[2], 0);
first.sort((a, b) => b[2] - a[2]);
for (const [p, raw, g] of first) console.log(`  ${String(g).padStart(8)} B gzip  ${String(raw).padStart(8)} B raw  ${p}`);
const total = sum(first);
const kib = (total / 1024).toFixed(1);
const ok = total <= BUDGET_KIB * 1024;
const bg = sum(background);
console.log(`size-budget: offline cache fetched in the background after the page is idle: ${bg} bytes gzip -9 (${(bg / 1024).toFixed(1)} KiB) in ${background.length} chunks`);
const target = total <= TARGET_KIB * 1024 ? 'met' : `missed by ${((total - TARGET_KIB * 1024) / 1024).toFixed(1)} KiB`;
console.log(`size-budget: first visit ${total} bytes gzip -9 (${kib} KiB) in ${first.length} files; budget ${BUDGET_KIB} KiB: ${ok ? 'ok' : 'OVER'}; target ${TARGET_KIB} KiB: ${target}`);
process.exit(ok ? 0 : 1);
