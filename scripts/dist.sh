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
trunk build --release --offline --public-url "$public_url"
cp dist/index.html dist/404.html
# The top-level pages get real folders so a shared or reloaded link answers
# 200 (GitHub Pages answers 404.html with status 404, which some browsers,
# link previews and Lighthouse treat as an error). Deeper links such as
# /tracker/<id> still load through 404.html.
for page in decide compose timing tracker insights settings; do
  mkdir -p "dist/$page"
  cp dist/index.html "dist/$page/index.html"
done
echo "dist: built for $public_url ($(du -sh dist | cut -f1))"
