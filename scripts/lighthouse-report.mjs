// Prints one line per Lighthouse report and checks the targets:
// all three scores 100, LCP <= 1.5 s, TBT <= 50 ms, transfer <= 150 KiB.
import { readFileSync } from 'node:fs';
let ok = true;
for (const file of process.argv.slice(2)) {
  const r = JSON.parse(readFileSync(file, 'utf8'));
  const score = (c) => Math.round((r.categories[c]?.score ?? 0) * 100);
  const lcp = r.audits['largest-contentful-paint'].numericValue;
  const tbt = r.audits['total-blocking-time'].numericValue;
  const bytes = r.audits['total-byte-weight'].numericValue;
  const scores = [score('performance'), score('accessibility'), score('best-practices')];
  const pass = scores.every((s) => s === 100) && lcp <= 1500 && tbt <= 50 && bytes <= 150 * 1024;
  ok &&= pass;
  console.log(`lighthouse ${new URL(r.finalDisplayedUrl).pathname}: performance ${scores[0]}, accessibility ${scores[1]}, best-practices ${scores[2]}, LCP ${(lcp / 1000).toFixed(2)} s, TBT ${Math.round(tbt)} ms, transfer ${(bytes / 1024).toFixed(1)} KiB ${pass ? '(targets met)' : '(targets missed)'}`);
}
process.exit(ok ? 0 : 1);
