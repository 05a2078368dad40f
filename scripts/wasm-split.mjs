// Splits the release wasm at Leptos' `#[lazy]` points, the step
// `cargo leptos --split` runs and trunk 0.21 cannot. Called by
// post-build.mjs on trunk's staged release build when the build was made
// with `--cfg gd_split` (scripts/dist.sh).
//
// trunk has already run wasm-bindgen and wasm-opt on the unsplit module.
// This redoes that from cargo's own output, in the order splitting needs:
//   1. gd-wasm-split (tools/wasm-split): the main module, one wasm per
//      chunk, and a JS loader that fetches a chunk the first time code in
//      it is called (it also hides wasm-bindgen 0.2.130's new marker name
//      from the splitter, which knows only the old one: src/main.rs there);
//   2. wasm-bindgen on the main module, keeping the exports chunks link to;
//   3. wasm-opt on every module;
// then puts the results in place of trunk's files, under trunk's names
// (so its start-up script is unchanged), with content hashes in the new
// files' names and fresh integrity hashes in index.html.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { escapeRegExp, findOne, replaceOne } from './patch.mjs';

const WASM_OPT_FEATURES = [
  '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue',
];

// trunk minifies the JS it writes; these two files replace or add to it.
const minifyJs = (from, to) => run('terser', [from, '--module', '--compress', '--mangle', '-o', to]);

const hex16 = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] }).toString();

export function splitWasm(stage, root) {
  const targetDir = process.env.CARGO_TARGET_DIR || path.join(root, 'target');
  const input = path.join(targetDir, 'wasm32-unknown-unknown/release/graceful-decline.wasm');
  const tool = path.join(root, 'target/tools/release/gd-wasm-split');
  const glues = readdirSync(stage).filter((f) => /^graceful-decline-[0-9a-f]+\.js$/.test(f));
  if (glues.length !== 1) throw new Error(`wasm-split: expected exactly one trunk JS glue (graceful-decline-<hash>.js) in ${stage}, found ${glues.length}`);
  const [glue] = glues;
  const stem = glue.slice(0, -3);

  const work = path.join(targetDir, 'wasm-split');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(path.join(work, 'bindgen'), { recursive: true });
  const loader = `split-${hex16(readFileSync(input))}.js`;
  const out = run(tool, [input, work, path.join(work, 'main.wasm'), `./${loader}`, `./${glue}`])
    .split('\n').filter(Boolean);
  const chunks = out.filter((l) => l.endsWith('.wasm')).map((p) => path.basename(p));
  // split point -> the chunk files it loads (stems, before hashing)
  const loads = Object.fromEntries(out.filter((l) => !l.endsWith('.wasm')).map((l) => {
    const [name, ...stems] = l.split(' ');
    return [name, stems];
  }));

  run('wasm-bindgen', [
    '--target', 'web', '--no-typescript', '--keep-lld-exports', '--no-demangle',
    '--out-dir', path.join(work, 'bindgen'), '--out-name', stem, path.join(work, 'main.wasm'),
  ]);
  const optimise = (file, out) => run('wasm-opt', ['-Oz', '--strip-debug', '--strip-producers', ...WASM_OPT_FEATURES, file, '-o', out]);
  optimise(path.join(work, 'bindgen', `${stem}_bg.wasm`), path.join(stage, `${stem}_bg.wasm`));
  minifyJs(path.join(work, 'bindgen', `${stem}.js`), path.join(stage, glue));

  // Chunks get content-hashed names, so a cache can never pair one build's
  // main module with another build's chunk.
  let loaderJs = readFileSync(path.join(work, loader), 'utf8');
  const written = [];
  const hashedName = {};
  for (const chunk of chunks) {
    const tmp = path.join(work, `opt-${chunk}`);
    optimise(path.join(work, chunk), tmp);
    const name = `${chunk.slice(0, -5)}-${hex16(readFileSync(tmp))}.wasm`;
    renameSync(tmp, path.join(stage, name));
    const before = loaderJs;
    loaderJs = loaderJs.replaceAll(`"./${chunk}"`, `"./${name}"`);
    if (loaderJs === before) throw new Error(`wasm-split: the loader never names ${chunk}`);
    written.push(name);
    hashedName[chunk.slice(0, -5)] = name;
  }
  // For scripts/page-folders.mjs: each page's index.html preloads its own chunks.
  const preloads = Object.fromEntries(Object.entries(loads).map(([split, stems]) => [
    split, stems.map((stem) => hashedName[stem]).filter(Boolean),
  ]));
  writeFileSync(path.join(stage, 'preload.json'), JSON.stringify(preloads));
  writeFileSync(path.join(work, loader), loaderJs);
  minifyJs(path.join(work, loader), path.join(stage, loader));

  const indexPath = path.join(stage, 'index.html');
  const where = (what) => ({ step: 'wasm-split', file: indexPath, what });
  let html = readFileSync(indexPath, 'utf8');
  // The shell paints first, then the wasm downloads: trunk's preload of it
  // would compete for a slow connection with the CSS the first paint
  // needs, and the start-up script waits for that paint (or 100 ms) before
  // fetching it.
  html = replaceOne(html, new RegExp(`<link[^>]*${escapeRegExp(stem)}_bg\\.wasm[^>]*>`), '', where('preload link for the main wasm'));
  // A page folder's copy names its page's chunks in <meta name=gd-chunks>
  // (scripts/page-folders.mjs); they are preloaded here, after the paint like the
  // main wasm, not by <link> tags in the head that would start before it.
  const chunkPreloads = "for (const href of (document.querySelector('meta[name=gd-chunks]')?.content ?? '').split(' ').filter(Boolean)) "
    + "document.head.append(Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href }));";
  html = replaceOne(html, 'const wasm = await init(',
    (start) => `await new Promise((r) => { requestAnimationFrame(() => setTimeout(r)); setTimeout(r, 100); });\n${chunkPreloads}\n${start}`,
    where("call `const wasm = await init(` in trunk's start-up script"));
  // trunk's preload link for the glue carries the integrity of the file replaced.
  html = replaceOne(html, new RegExp(`(<link[^>]*${escapeRegExp(glue)}[^>]*integrity=)("?)sha384-[A-Za-z0-9+/=]+\\2`),
    (_, head, q) => `${head}${q}${sri(readFileSync(path.join(stage, glue)))}${q}`, where(`integrity attribute on the link to ${glue}`));
  // The glue imports the loader: fetch both at once, not one after the other.
  const [glueLink, , href] = findOne(html, new RegExp(`<link[^>]*href=("?)([^"\\s>]*)${escapeRegExp(glue)}\\1[^>]*>`), where(`preload link for ${glue}`));
  const link = `<link rel=modulepreload crossorigin href=${href}${loader} integrity=${sri(readFileSync(path.join(stage, loader)))}>`;
  html = replaceOne(html, glueLink, glueLink + link, where(`preload link for ${glue}`));
  writeFileSync(indexPath, html);
  return { loader, chunks: written };
}
