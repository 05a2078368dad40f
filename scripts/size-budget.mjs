// Size budget: the gzip -9 bytes of everything a first visit downloads
// (html, js, wasm, css, manifest, icons, service-worker precache...),
// found by loading the page in Chromium and recording every response.
// Usage: BASE_URL=... node scripts/size-budget.mjs
//
// Two numbers: the TARGET the foundation issue set (160 KiB) and the
// CEILING this run enforces. The whole app (decide, compose, timing,
// tracker, settings in one wasm module; trunk 0.21 cannot split it) is
// well above the target today, so the ceiling stops it growing while the
// size work goes on. Both are printed so the gap is never hidden.
import { gzipSync, constants } from 'node:zlib';
import { launch, openPage, visit } from '../tests/e2e/support.mjs';

const TARGET_KIB = 160;
const BUDGET_KIB = Number(process.env.SIZE_BUDGET_KIB ?? 600);
const browser = await launch();
const { ctx, page } = await openPage(browser);
const bodies = new Map();
ctx.on('response', async (res) => {
  try {
    const url = new URL(res.url());
    if (url.protocol.startsWith('http') && !bodies.has(url.pathname)) {
      bodies.set(url.pathname, await res.body());
    }
  } catch { /* redirects and aborted requests have no body */ }
});
await visit(page);
await page.waitForLoadState('networkidle');
await new Promise((r) => setTimeout(r, 500));
await browser.close();

let total = 0;
const rows = [];
for (const [path, body] of bodies) {
  const gz = gzipSync(body, { level: constants.Z_BEST_COMPRESSION }).length;
  total += gz;
  rows.push([path, body.length, gz]);
}
rows.sort((a, b) => b[2] - a[2]);
for (const [path, raw, gz] of rows) {
  console.log(`  ${String(gz).padStart(8)} B gzip  ${String(raw).padStart(8)} B raw  ${path}`);
}
const kib = (total / 1024).toFixed(1);
const ok = total <= BUDGET_KIB * 1024;
const target = total <= TARGET_KIB * 1024 ? 'met' : `missed by ${((total - TARGET_KIB * 1024) / 1024).toFixed(1)} KiB`;
console.log(`size-budget: ${total} bytes gzip -9 (${kib} KiB) in ${rows.length} files; ceiling ${BUDGET_KIB} KiB: ${ok ? 'ok' : 'OVER'}; target ${TARGET_KIB} KiB: ${target}`);
process.exit(ok ? 0 : 1);
