#!/usr/bin/env bash
# Lighthouse 12 (mobile preset: simulated slow 4G, 4x CPU slowdown) on the
# GitHub Pages build, served with gzip under /graceful-decline/, for Home,
# Decide and Tracker. Prints the scores, LCP, TBT and total transfer.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
PORT="${LH_PORT:-4180}"
scripts/dist.sh /graceful-decline/ >/dev/null
scripts/stage-pages.sh target/pages-lh
node scripts/serve-pages.mjs target/pages-lh "$PORT" &
server=$!
trap 'kill $server 2>/dev/null' EXIT
node scripts/wait-for.mjs "http://127.0.0.1:$PORT/graceful-decline/"
mkdir -p target/lighthouse
for page in "" decide tracker; do
  name="${page:-home}"
  lighthouse "http://127.0.0.1:$PORT/graceful-decline/$page" \
    --quiet --output=json --output-path="target/lighthouse/$name.json" \
    --only-categories=performance,accessibility,best-practices \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
    >/dev/null 2>&1 || { echo "lighthouse failed on /$page"; exit 1; }
done
node scripts/lighthouse-report.mjs target/lighthouse/home.json target/lighthouse/decide.json target/lighthouse/tracker.json
