//! `gd-wasm-split <input.wasm> <out-dir> <main-out.wasm> <link-name> <main-module>`
//!
//! Splits a wasm built with `-Clink-args=--emit-relocs` at its
//! `#[lazy]` split points, exactly as `cargo leptos --split` does: the main
//! module (to be run through wasm-bindgen with `--keep-lld-exports`), one
//! wasm file per chunk in `out-dir`, and the JS loader named `link-name`
//! (relative to `out-dir`) that imports `initSync` from `main-module`.
//! Prints the chunk files, one per line, then for each split point a line
//! `<split> <file stem> <file stem>...`: the chunks that split point loads.

use std::path::Path;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, out_dir, main_out, link_name, main_module] = args.as_slice() else {
        eprintln!("usage: gd-wasm-split <input.wasm> <out-dir> <main-out.wasm> <link-name> <main-module>");
        std::process::exit(2);
    };
    let wasm = match std::fs::read(input) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("gd-wasm-split: cannot read {input}: {e}");
            std::process::exit(1);
        }
    };
    let mut opts = wasm_split_cli_support::Options::new(&wasm);
    opts.output_dir = Path::new(out_dir);
    opts.main_out_path = Path::new(main_out);
    opts.link_name = link_name;
    opts.main_module = main_module;
    match wasm_split_cli_support::transform(opts) {
        Ok(split) => {
            for path in split.split_modules {
                println!("{}", path.display());
            }
            let mut prefetch: Vec<_> = split.prefetch_map.into_iter().collect();
            prefetch.sort();
            for (name, stems) in prefetch {
                println!("{name} {}", stems.join(" "));
            }
        }
        Err(e) => {
            eprintln!("gd-wasm-split: {e:?}");
            std::process::exit(1);
        }
    }
}
