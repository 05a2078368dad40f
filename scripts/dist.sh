#!/usr/bin/env bash
# Release build into dist/ for a given public URL, then the steps GitHub
# Pages needs: 404.html as a copy of index.html so deep links load.
set -euo pipefail
cd "$(dirname "$0")/.."
public_url="${1:-/}"
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release --offline --public-url "$public_url"
cp dist/index.html dist/404.html
echo "dist: built for $public_url ($(du -sh dist | cut -f1))"
