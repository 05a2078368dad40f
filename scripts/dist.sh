#!/usr/bin/env bash
# Release build into dist/ for a given public URL, then the steps GitHub
# Pages needs: 404.html as a copy of index.html so deep links load.
set -euo pipefail
cd "$(dirname "$0")/.."
public_url="${1:-/}"
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
# Split the wasm at its `#[lazy]` points (src/ui/app.rs, src/ui/codec.rs):
# `gd_split` turns them on, and the relocations let scripts/wasm-split.mjs
# (run by trunk's post-build hook) move code into chunks.
export RUSTFLAGS="${RUSTFLAGS:-} --cfg gd_split -Clink-args=--emit-relocs"
# Splitting reads the symbol table; wasm-opt drops the names afterwards.
export CARGO_PROFILE_RELEASE_STRIP=false
# Smaller code: the standard library compiled with the app (rust-src,
# named in rust-toolchain.toml) so that a panic is a bare trap, with no
# panic messages, no formatting machinery behind them and no file names or
# line numbers. Without these flags the first visit to Home is over its
# 150 KiB budget (docs/size.md has the figures). Debug builds and every
# test build keep the full messages; boot.js tells the user when the app
# has stopped. These are cargo's and rustc's unstable flags, which a
# stable toolchain accepts only with RUSTC_BOOTSTRAP=1: it is set for this
# build alone, only on the exact rustc rust-toolchain.toml pins (the flags
# may change meaning in any other), and the E2E tier tests exactly what it
# produces. (Leptos' `erase_components` was measured too and left out:
# see docs/size.md.)
pinned="$(sed -n 's/^channel = "\(.*\)"/\1/p' rust-toolchain.toml)"
if [ "$(rustc --version | awk '{print $2}')" != "$pinned" ]; then
  echo "dist: rustc is '$(rustc --version)', but the release build's unstable flags are only known to work on the $pinned that rust-toolchain.toml pins (is RUSTUP_TOOLCHAIN set?)" >&2
  exit 1
fi
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export RUSTFLAGS="$RUSTFLAGS -Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none"
# The standard library is compiled for speed, as rustup ships it: at the
# app's opt-level z its allocator and string code made the first render
# slower (Lighthouse's blocking time on Home rose from about 45 to 158 ms).
# Cargo takes a package's profile override only from Cargo.toml or its
# command line, and one naming std in Cargo.toml warns in every build that
# does not compile std; so trunk's `cargo build` gets it on the command
# line, through this shim placed first on PATH.
real_cargo="$(command -v cargo)"
shim="$PWD/target/dist-cargo"
mkdir -p "$shim"
{
  echo '#!/bin/sh'
  echo '# Written by scripts/dist.sh: std at opt-level 3 in the release build.'
  echo 'if [ "$1" = build ]; then'
  printf '  exec "%s" "$@"' "$real_cargo"
  for crate in std core alloc dlmalloc compiler_builtins; do
    printf " --config 'profile.release.package.%s.opt-level=3'" "$crate"
  done
  echo
  echo 'fi'
  printf 'exec "%s" "$@"\n' "$real_cargo"
} > "$shim/cargo"
chmod +x "$shim/cargo"
export PATH="$shim:$PATH"
# trunk builds with --offline: the crates std needs are fetched first (for
# the host too: proc macros and build scripts).
if ! cargo fetch --offline --quiet 2>/dev/null || ! cargo fetch --offline --quiet --target wasm32-unknown-unknown 2>/dev/null; then
  cargo fetch --quiet
  cargo fetch --quiet --target wasm32-unknown-unknown
fi
trunk build --release --offline --public-url "$public_url"
cp dist/index.html dist/404.html
# A folder per top-level page, each naming its page's chunks for preload
# (scripts/chunks.mjs lists the pages and their split modules).
node scripts/page-folders.mjs "$public_url"
echo "dist: built for $public_url ($(du -sh dist | cut -f1))"
