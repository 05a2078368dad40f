// The release build's wasm chunks, named in this one place: the split
// step (post-build.mjs), the page folders (page-folders.mjs, run by
// dist.sh) and the E2E specs import it.
//
// The split modules themselves are declared in Rust: `page!(…, advice, …)`,
// `page!(…, data, …)` and `page!(…, paste, …)` in src/ui/app.rs (`#[lazy(advice)]`), and the
// storage codec's `#[lazy] fn fetch` in src/ui/codec.rs (an unnamed
// `#[lazy]` takes its function's name). Renaming one there means renaming
// it here.
//
// The splitter (wasm_split_cli_support, run by tools/wasm-split) names a
// split point `<module>_<id>`, writes that split module's own code to
// `split_<module>_<id>.wasm` and code several split modules share to
// `chunk_<n>.wasm`; wasm-split.mjs then adds `-<content hash>` before
// `.wasm`.

/** The split modules of src/ui/app.rs and src/ui/codec.rs. */
export const MODULES = Object.freeze({ advice: 'advice', data: 'data', paste: 'paste', codec: 'fetch' });

/**
 * The top-level pages, each given a folder of its own in dist/ (so a
 * reloaded link answers 200), with the split modules a deep link to it
 * preloads: its route's module, and for Settings the storage codec too
 * (`page!(…, codec)`, its backup download needs it at once).
 */
export const PAGES = Object.freeze({
  decide: [MODULES.advice],
  compose: [MODULES.advice],
  timing: [MODULES.advice],
  tracker: [MODULES.data],
  insights: [MODULES.data],
  report: [MODULES.data],
  paste: [MODULES.paste],
  settings: [MODULES.data, MODULES.codec],
});

/** Whether split point `point` (a key of the splitter's prefetch map) is of split module `module`. */
export const isSplitPointOf = (point, module) => point.startsWith(`${module}_`);

/** Whether `file` (a name, no folder) holds split module `module`'s own code. */
export const isModuleFile = (file, module) => file.startsWith(`split_${module}_`) && file.endsWith('.wasm');

/** A URL pattern (Playwright's glob) for split module `module`'s own code. */
export const moduleGlob = (module) => `**/split_${module}_*.wasm`;

/** Whether `file` (a name, no folder) is a lazily loaded wasm file, not the main module. */
export const isChunkFile = (file) => /^(split|chunk)_[^/]*\.wasm$/.test(file);
