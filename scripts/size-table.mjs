// The per-page size table of docs/size.md, from a release build's dist/:
// gzip -9 bytes of the frame every visit needs (index.html, CSS, JS glue
// and split loader, main module), of a deep link to Decide and to the
// tracker (the frame plus the chunks their page folder preloads), and of
// every wasm file. Usage: node scripts/size-table.mjs [DIST]
import { gzipSync, constants } from 'node:zlib';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { isChunkFile } from './chunks.mjs';
import { findOne } from './patch.mjs';

const dist = process.argv[2] ?? 'dist';
const files = readdirSync(dist);
const gz = (file) => gzipSync(readFileSync(path.join(dist, file)), { level: constants.Z_BEST_COMPRESSION }).length;
const sum = (list) => list.reduce((n, f) => n + gz(f), 0);
const kib = (bytes) => (bytes / 1024).toFixed(1);

const frame = ['index.html', ...files.filter((f) => f.endsWith('.css') || (/\.(js|wasm)$/.test(f) && !isChunkFile(f) && !['sw.js', 'boot.js'].includes(f)))];
const deepLink = (page) => {
  const file = path.join(dist, page, 'index.html');
  const [, urls] = findOne(readFileSync(file, 'utf8'), /<meta name=gd-chunks content="([^"]*)">/, { step: 'size-table', file, what: '<meta name=gd-chunks>' });
  return urls.split(' ').map((url) => url.split('/').pop());
};
const wasm = files.filter((f) => f.endsWith('.wasm'));
const [decide, tracker] = [deepLink('decide'), deepLink('tracker')];
console.log(`frame: ${frame.join(' ')}`);
console.log('| frame | Decide | Tracker | all wasm |');
console.log('|---|---|---|---|');
console.log(`| ${kib(sum(frame))} | ${kib(sum(frame) + sum(decide))} (${decide.length} chunks) | ${kib(sum(frame) + sum(tracker))} (${tracker.length} chunks) | ${kib(sum(wasm))} (${wasm.length} files) |`);
