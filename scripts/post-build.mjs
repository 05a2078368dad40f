// Trunk post-build hook (see Trunk.toml), run on the staged build:
// - release: writes the service worker's build hash and precache list, and
//   marks index.html so boot.js registers it; dev builds get no
//   worker (live reload and a cache do not mix);
// - release: a Content-Security-Policy meta tag whose script-src carries
//   the SHA-256 of trunk's inline start-up script, computed from the
//   final (minified) HTML. Dev builds skip it because trunk serve injects
//   its own live-reload script and websocket.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { splitWasm } from './wasm-split.mjs';
import { isChunkFile } from './chunks.mjs';
import { inlineScripts, replaceOne } from './patch.mjs';

const stage = process.env.TRUNK_STAGING_DIR;
if (!stage) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run through trunk)');
  process.exit(1);
}
const release = process.env.TRUNK_PROFILE === 'release';
const indexPath = path.join(stage, 'index.html');
let html = readFileSync(indexPath, 'utf8');
const swPath = path.join(stage, 'sw.js');

if (!release) {
  rmSync(swPath, { force: true });
  console.log('post-build: dev build, no service worker and no CSP');
  process.exit(0);
}

// The release build made with `--cfg gd_split` (scripts/dist.sh) is split
// into a main module and lazily loaded chunks first.
if ((process.env.RUSTFLAGS ?? '').includes('gd_split')) {
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
  const { loader, chunks } = splitWasm(stage, root);
  console.log(`post-build: wasm split into a main module and ${chunks.length} chunks (${loader})`);
  html = readFileSync(indexPath, 'utf8'); // with the new integrity hashes
}

const files = readdirSync(stage).filter((f) => statSync(path.join(stage, f)).isFile() && f !== 'sw.js');
const hash = createHash('sha256');
for (const f of files.sort()) hash.update(f).update(readFileSync(path.join(stage, f)));
const build = hash.digest('hex').slice(0, 16);
// PNG icons are fetched by the browser when installing; the shell does
// not need them offline, and they would double a first visit's bytes.
// The other pages' wasm chunks are not fetched at install: the worker
// gets them when the page is idle (see sw.js), so a first visit downloads
// only what Home needs.
// preload.json is for scripts/page-folders.mjs at build time (which then deletes it).
const buildOnly = new Set(['index.html', 'preload.json']);
const precache = ['./', ...files.filter((f) => !buildOnly.has(f) && !f.endsWith('.png') && !isChunkFile(f)).map((f) => `./${f}`)];
const lazy = files.filter(isChunkFile).map((f) => `./${f}`);
const swWhere = (what) => ({ step: 'post-build', file: swPath, what });
let sw = readFileSync(swPath, 'utf8');
sw = replaceOne(sw, '__BUILD_HASH__', build, swWhere('placeholder __BUILD_HASH__'));
sw = replaceOne(sw, '__PRECACHE_LIST__', JSON.stringify(precache), swWhere('placeholder __PRECACHE_LIST__'));
writeFileSync(swPath, sw);
writeFileSync(path.join(stage, 'offline.json'), JSON.stringify(lazy));

const inline = inlineScripts(html, { step: 'post-build', file: indexPath });
// Without trunk's start-up script hashed, the CSP would stop the app.
if (!inline.some((script) => script.includes('init('))) {
  console.error(`post-build: no inline start-up script (one calling init) in ${indexPath}; found ${inline.length} inline script(s)`);
  process.exit(1);
}
const hashes = inline.map((s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`);
const csp = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
const meta = `<meta http-equiv=Content-Security-Policy content="${csp}"><meta name=gd-sw content=on><meta name=gd-build content=${build}>`;
html = replaceOne(html, /<meta charset=["']?utf-8["']?>/i, (m) => m + meta,
  { step: 'post-build', file: indexPath, what: '<meta charset=utf-8> to place the CSP after' });
writeFileSync(indexPath, html);
console.log(`post-build: build ${build}, ${precache.length} files precached, ${lazy.length} chunks warmed later, ${hashes.length} inline script(s) hashed`);
