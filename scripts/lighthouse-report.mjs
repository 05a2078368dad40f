// Prints one line per page from its Lighthouse reports (the median of each
// figure when a page ran more than once, with every run's TBT beside it)
// and checks the targets: all three scores 100, LCP <= 1.5 s,
// TBT <= 50 ms, transfer <= 150 KiB.
import { readFileSync } from 'node:fs';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const pages = new Map();
for (const file of process.argv.slice(2)) {
  const r = JSON.parse(readFileSync(file, 'utf8'));
  const score = (c) => Math.round((r.categories[c]?.score ?? 0) * 100);
  const path = new URL(r.finalDisplayedUrl).pathname;
  if (!pages.has(path)) pages.set(path, []);
  pages.get(path).push({
    scores: [score('performance'), score('accessibility'), score('best-practices')],
    lcp: r.audits['largest-contentful-paint'].numericValue,
    tbt: r.audits['total-blocking-time'].numericValue,
    bytes: r.audits['total-byte-weight'].numericValue,
  });
}

let ok = true;
for (const [path, runs] of pages) {
  const scores = [0, 1, 2].map((i) => median(runs.map((r) => r.scores[i])));
  const lcp = median(runs.map((r) => r.lcp));
  const tbt = median(runs.map((r) => r.tbt));
  const bytes = median(runs.map((r) => r.bytes));
  const pass = scores.every((s) => s === 100) && lcp <= 1500 && tbt <= 50 && bytes <= 150 * 1024;
  ok &&= pass;
  const each = runs.length > 1 ? ` (median of ${runs.length}; TBT ${runs.map((r) => Math.round(r.tbt)).join(', ')} ms)` : '';
  console.log(`lighthouse ${path}: performance ${scores[0]}, accessibility ${scores[1]}, best-practices ${scores[2]}, LCP ${(lcp / 1000).toFixed(2)} s, TBT ${Math.round(tbt)} ms, transfer ${(bytes / 1024).toFixed(1)} KiB${each} ${pass ? '(targets met)' : '(targets missed)'}`);
}
process.exit(ok ? 0 : 1);
