// Splits the release wasm at Leptos' `#[lazy]` points, the step
// `cargo leptos --split` runs and trunk 0.21 cannot. Called by
// post-build.mjs on trunk's staged release build when the build was made
// with `--cfg gd_split` (scripts/dist.sh).
//
// trunk has already run wasm-bindgen and wasm-opt on the unsplit module.
// This redoes that from cargo's own output, in the order splitting needs:
//   1. gd-wasm-split (tools/wasm-split): the main module, one wasm per
//      chunk, and a JS loader that fetches a chunk the first time code in
//      it is called;
//   2. wasm-bindgen on the main module, keeping the exports chunks link to;
//   3. wasm-opt on every module;
// then puts the results in place of trunk's files, under trunk's names
// (so its start-up script is unchanged), with content hashes in the new
// files' names and fresh integrity hashes in index.html.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const WASM_OPT_FEATURES = [
  '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue',
];

const hex16 = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] }).toString();

export function splitWasm(stage, root) {
  const targetDir = process.env.CARGO_TARGET_DIR || path.join(root, 'target');
  const input = path.join(targetDir, 'wasm32-unknown-unknown/release/graceful-decline.wasm');
  const tool = path.join(root, 'target/tools/release/gd-wasm-split');
  const glue = readdirSync(stage).find((f) => /^graceful-decline-[0-9a-f]+\.js$/.test(f));
  if (!glue) throw new Error(`wasm-split: no trunk JS glue in ${stage}`);
  const stem = glue.slice(0, -3);

  const work = path.join(targetDir, 'wasm-split');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(path.join(work, 'bindgen'), { recursive: true });
  const raw = readFileSync(input);
  const loader = `split-${hex16(raw)}.js`;
  const chunks = run(tool, [input, work, path.join(work, 'main.wasm'), `./${loader}`, `./${glue}`])
    .split('\n').filter(Boolean).map((p) => path.basename(p));

  run('wasm-bindgen', [
    '--target', 'web', '--no-typescript', '--keep-lld-exports', '--no-demangle',
    '--out-dir', path.join(work, 'bindgen'), '--out-name', stem, path.join(work, 'main.wasm'),
  ]);
  const optimise = (file, out) => run('wasm-opt', ['-Oz', '--strip-debug', '--strip-producers', ...WASM_OPT_FEATURES, file, '-o', out]);
  optimise(path.join(work, 'bindgen', `${stem}_bg.wasm`), path.join(stage, `${stem}_bg.wasm`));
  copyFileSync(path.join(work, 'bindgen', `${stem}.js`), path.join(stage, glue));

  // Chunks get content-hashed names, so a cache can never pair one build's
  // main module with another build's chunk.
  let loaderJs = readFileSync(path.join(work, loader), 'utf8');
  const written = [];
  for (const chunk of chunks) {
    const tmp = path.join(work, `opt-${chunk}`);
    optimise(path.join(work, chunk), tmp);
    const name = `${chunk.slice(0, -5)}-${hex16(readFileSync(tmp))}.wasm`;
    renameSync(tmp, path.join(stage, name));
    const before = loaderJs;
    loaderJs = loaderJs.replaceAll(`"./${chunk}"`, `"./${name}"`);
    if (loaderJs === before) throw new Error(`wasm-split: the loader never names ${chunk}`);
    written.push(name);
  }
  writeFileSync(path.join(stage, loader), loaderJs);

  // trunk's preload links carry integrity hashes of the files replaced.
  const indexPath = path.join(stage, 'index.html');
  let html = readFileSync(indexPath, 'utf8');
  for (const file of [glue, `${stem}_bg.wasm`]) {
    const re = new RegExp(`(<link[^>]*${file.replace(/[.]/g, '\\.')}[^>]*integrity=)("?)sha384-[A-Za-z0-9+/=]+\\2`);
    if (!re.test(html)) throw new Error(`wasm-split: no integrity attribute for ${file} in index.html`);
    html = html.replace(re, (_, head, q) => `${head}${q}${sri(readFileSync(path.join(stage, file)))}${q}`);
  }
  writeFileSync(indexPath, html);
  return { loader, chunks: written };
}
