#!/usr/bin/env bash
# Lays out dist/ as GitHub Pages would publish it for a project site:
# the app under /graceful-decline/, and Pages' 404 handling that answers an
# unknown path with the site's 404.html (a copy of index.html).
set -euo pipefail
cd "$(dirname "$0")/.."
root="${1:-target/pages}"
rm -rf "$root"
mkdir -p "$root/graceful-decline"
cp -R dist/. "$root/graceful-decline/"
cp dist/404.html "$root/404.html"
# serve-handler: no directory listings (Pages has none); index.html per folder.
printf '{ "directoryListing": false }\n' > "$root/serve.json"
