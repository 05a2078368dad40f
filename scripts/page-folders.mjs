// Gives each top-level page a folder of its own in dist/ with a copy of
// index.html (run by scripts/dist.sh), so a shared or reloaded link
// answers 200: GitHub Pages answers 404.html with status 404, which some
// browsers, link previews and Lighthouse treat as an error. Deeper links
// such as /tracker/<id> still load through 404.html.
//
// Each copy names the wasm chunks of its page (dist/preload.json, written
// by the split step) in a <meta name=gd-chunks>; the start-up script
// preloads them once the shell has painted, with the main module, so a
// deep link fetches them alongside it, not after it, and never ahead of
// the first paint. Usage: node scripts/page-folders.mjs PUBLIC_URL
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { PAGES, isSplitPointOf } from './chunks.mjs';
import { replaceOne } from './patch.mjs';

const base = process.argv[2] ?? '/';
const html = readFileSync('dist/index.html', 'utf8');
// Only a split build (scripts/dist.sh) has chunks to name.
const preload = existsSync('dist/preload.json') ? JSON.parse(readFileSync('dist/preload.json', 'utf8')) : {};
for (const [page, modules] of Object.entries(PAGES)) {
  const files = Object.entries(preload)
    .filter(([point]) => modules.some((module) => isSplitPointOf(point, module)))
    .flatMap(([, chunks]) => chunks);
  if (Object.keys(preload).length && !files.length) {
    throw new Error(`page-folders: no chunk in dist/preload.json for ${page}'s split modules (${modules.join(', ')}); `
      + `split points there: ${Object.keys(preload).join(', ')}. Do scripts/chunks.mjs and src/ui/app.rs still agree?`);
  }
  const meta = files.length ? `<meta name=gd-chunks content="${[...new Set(files)].map((f) => base + f).join(' ')}">` : '';
  const copy = replaceOne(html, '<script type=module>', (start) => meta + start,
    { step: 'page-folders', file: 'dist/index.html', what: "trunk start-up script (<script type=module>)" });
  mkdirSync(`dist/${page}`, { recursive: true });
  writeFileSync(`dist/${page}/index.html`, copy);
}
// Used above only; the service worker does not precache it.
rmSync('dist/preload.json', { force: true });
