// Fails, naming every disagreement, when versions that must move together
// do not (run by the lint tier of scripts/test.sh and by `make lint`):
//
// - wasm-bindgen: the CLI must equal the crate exactly (a mismatch is an
//   error at build time at best, broken glue at worst). The crate is
//   pinned `=X` in every manifest that names it, Cargo.lock resolves it,
//   scripts/setup.sh installs the CLI (and the one on PATH, which trunk
//   --offline uses, is checked when there is one), and tools/wasm-split
//   renames the marker of one wasm-bindgen release (src/main.rs).
// - The splitter and Leptos: tools/wasm-split reads the split points that
//   Leptos' `#[lazy]` writes (through wasm_split_macros); the pair is
//   only known to work for the versions its Cargo.toml records under
//   `package.metadata.checked-with`, after a release build and the E2E tier.
//
// Versions come from `cargo metadata` (parsed JSON, not the TOML text).
// Usage: node scripts/check-versions.mjs
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SPLITTER = path.join(root, 'tools/wasm-split/Cargo.toml');

const problems = [];
const fail = (what, fix) => problems.push(`${what}\n    fix: ${fix}`);

function cargoMetadata(manifest) {
  const args = ['metadata', '--format-version', '1', '--locked', '--manifest-path', manifest];
  try {
    return JSON.parse(execFileSync('cargo', [...args, '--offline'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 }));
  } catch {
    // Not everything is in the local registry cache yet (a new machine):
    // let cargo fetch the index; --locked still refuses to change the lock.
    try {
      return JSON.parse(execFileSync('cargo', args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 }));
    } catch (e) {
      console.error(`check-versions: cargo metadata failed for ${path.relative(root, manifest)}:\n${e.stderr}`);
      console.error('check-versions: the lock file must agree with the manifests (`cargo metadata --locked`)');
      process.exit(1);
    }
  }
}

/** The resolved versions of the package called `name`. */
const resolved = (meta, name) => [...new Set(meta.packages.filter((p) => p.name === name).map((p) => p.version))];
const rel = (file) => path.relative(root, file);

const app = cargoMetadata(path.join(root, 'Cargo.toml'));
const splitter = cargoMetadata(SPLITTER);
const splitterPkg = splitter.packages.find((p) => p.name === 'gd-wasm-split');
const checkedWith = splitterPkg?.metadata?.['checked-with'] ?? {};

// 1. wasm-bindgen: every manifest pins the same exact version.
const members = app.packages.filter((p) => app.workspace_members.includes(p.id));
const pins = members.flatMap((p) => p.dependencies
  .filter((d) => d.name === 'wasm-bindgen' && d.kind === null)
  .map((d) => ({ where: rel(p.manifest_path), req: d.req })));
const wbg = pins.find((p) => p.where === 'Cargo.toml')?.req.replace(/^=/, '');
if (!wbg || !pins.find((p) => p.where === 'Cargo.toml').req.startsWith('=')) {
  fail('Cargo.toml does not pin wasm-bindgen exactly', 'write `wasm-bindgen = "=X"` (the CLI must equal the crate)');
}
for (const p of pins) {
  if (p.req !== `=${wbg}`) fail(`${p.where} asks wasm-bindgen ${p.req}, Cargo.toml pins =${wbg}`, `write "=${wbg}" there too`);
}
const locked = resolved(app, 'wasm-bindgen');
if (locked.length !== 1 || locked[0] !== wbg) {
  fail(`Cargo.lock resolves wasm-bindgen ${locked.join(' and ')}, Cargo.toml pins =${wbg}`, 'run `cargo update -p wasm-bindgen` after changing the pin');
}

// 2. What setup.sh installs, and what is on PATH now.
let setup = {};
try {
  setup = Object.fromEntries(execFileSync(path.join(root, 'scripts/setup.sh'), ['versions'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
    .toString().trim().split('\n').map((l) => l.split(' ')));
} catch (e) {
  fail(`scripts/setup.sh versions failed: ${e.stderr?.toString().trim()}`, 'see scripts/setup.sh: it reads rust-toolchain.toml and Cargo.toml');
}
if (setup['wasm-bindgen'] !== wbg) {
  fail(`scripts/setup.sh installs wasm-bindgen-cli ${setup['wasm-bindgen'] || '(none: it could not read the pin)'}, Cargo.toml pins =${wbg}`,
    'setup.sh reads the version from the `wasm-bindgen = "=X"` line of Cargo.toml: keep that line in that form');
}
let cli = null;
try {
  cli = execFileSync('wasm-bindgen', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim().split(' ')[1];
} catch {
  console.log('check-versions: no wasm-bindgen CLI on PATH yet (scripts/setup.sh installs it); not compared');
}
if (cli && cli !== wbg) {
  fail(`the wasm-bindgen CLI on PATH is ${cli}, the crate is ${wbg}`, 'run scripts/setup.sh, which installs the pinned CLI');
}

// 3. The splitter, against wasm-bindgen and Leptos.
const splitterToml = rel(SPLITTER);
const expect = (what, actual, fix) => {
  const recorded = checkedWith[what];
  if (!recorded) fail(`${splitterToml} records no ${what} version under [package.metadata.checked-with]`, fix);
  else if (recorded !== actual) fail(`tools/wasm-split was checked with ${what} ${recorded}, the app has ${actual}`, fix);
};
const recheck = `check the split release build (make dist, the E2E tier), then record the new versions in ${splitterToml}, [package.metadata.checked-with]`;
expect('wasm-bindgen', wbg, `${recheck}; a new wasm-bindgen may rename the marker tools/wasm-split/src/main.rs renames`);
const leptos = resolved(app, 'leptos');
const macros = resolved(app, 'wasm_split_macros');
expect('leptos', leptos.join(' and '), recheck);
expect('wasm_split_macros', macros.join(' and '), recheck);
const support = resolved(splitter, 'wasm_split_cli_support');
expect('wasm_split_cli_support', support.join(' and '), recheck);

if (problems.length) {
  console.error(`check-versions: ${problems.length} disagreement(s):`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(`check-versions: wasm-bindgen ${wbg} (Cargo.toml, Cargo.lock, setup.sh${cli ? ', CLI on PATH' : ''}), `
  + `leptos ${leptos} with wasm_split_macros ${macros}, splitter wasm_split_cli_support ${support}: all agree`);
