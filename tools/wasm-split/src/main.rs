//! `gd-wasm-split <input.wasm> <out-dir> <main-out.wasm> <link-name> <main-module>`
//!
//! Splits a wasm built with `-Clink-args=--emit-relocs` at its
//! `#[lazy]` split points, exactly as `cargo leptos --split` does: the main
//! module (to be run through wasm-bindgen with `--keep-lld-exports`), one
//! wasm file per chunk in `out-dir`, and the JS loader named `link-name`
//! (relative to `out-dir`) that imports `initSync` from `main-module`.
//! Prints the chunk files, one per line, then for each split point a line
//! `<split> <file stem> <file stem>...`: the chunks that split point loads.

mod rename;

use std::path::Path;

use rename::rename_function_import;

/// wasm-bindgen 0.2.130 marks the functions it replaces with imports by a
/// call to this import; wasm_split_cli_support 0.2.2 keeps such functions
/// in the main module, behind a shim with a stable signature, only for the
/// older name [`WBG_MARKER_SPLITTER`]. Without that, a chunk calls a
/// function whose signature wasm-bindgen then changes ("function signature
/// mismatch" at run time). So the splitter sees the old name, and the main
/// module gets the new one back for wasm-bindgen. The versions this holds
/// for are in Cargo.toml (`package.metadata.checked-with`), which
/// scripts/check-versions.mjs compares with the app's.
const WBG_MODULE: &str = "__wbindgen_placeholder__";
const WBG_MARKER: &str = "__wbindgen_describe_generic_import";
const WBG_MARKER_SPLITTER: &str = "__wbindgen_describe_cast";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, out_dir, main_out, link_name, main_module] = args.as_slice() else {
        eprintln!(
            "usage: gd-wasm-split <input.wasm> <out-dir> <main-out.wasm> <link-name> <main-module>"
        );
        std::process::exit(2);
    };
    if let Err(e) = run(input, out_dir, main_out, link_name, main_module) {
        eprintln!("gd-wasm-split: {e}");
        std::process::exit(1);
    }
}

fn run(
    input: &str,
    out_dir: &str,
    main_out: &str,
    link_name: &str,
    main_module: &str,
) -> Result<(), String> {
    let wasm = std::fs::read(input).map_err(|e| format!("cannot read {input}: {e}"))?;
    let wasm = rename_function_import(&wasm, WBG_MODULE, WBG_MARKER, WBG_MARKER_SPLITTER)
        .map_err(|e| format!("{input}: {e} (is it wasm-bindgen 0.2.130's output?)"))?;

    let mut opts = wasm_split_cli_support::Options::new(&wasm);
    opts.output_dir = Path::new(out_dir);
    opts.main_out_path = Path::new(main_out);
    opts.link_name = link_name;
    opts.main_module = main_module;
    let split = wasm_split_cli_support::transform(opts).map_err(|e| format!("{e:?}"))?;

    let main = std::fs::read(main_out).map_err(|e| format!("cannot read {main_out}: {e}"))?;
    let main = rename_function_import(&main, WBG_MODULE, WBG_MARKER_SPLITTER, WBG_MARKER)
        .map_err(|e| format!("{main_out}: {e}"))?;
    std::fs::write(main_out, main).map_err(|e| format!("cannot write {main_out}: {e}"))?;

    for path in split.split_modules {
        println!("{}", path.display());
    }
    let mut prefetch: Vec<_> = split.prefetch_map.into_iter().collect();
    prefetch.sort();
    for (name, stems) in prefetch {
        println!("{name} {}", stems.join(" "));
    }
    Ok(())
}
