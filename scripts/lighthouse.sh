#!/usr/bin/env bash
# Lighthouse 12 (mobile preset: simulated slow 4G, 4x CPU slowdown) on the
# GitHub Pages build, served with gzip under /graceful-decline/, for Home,
# Decide and Tracker. Prints the scores, LCP, TBT and total transfer.
# Each page runs LH_RUNS times (default 3) and the median is reported, as
# Lighthouse's own docs advise: on a busy 2-core machine one run's TBT can
# be several times another's.
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
RUNS="${LH_RUNS:-3}"
rm -rf target/lighthouse
mkdir -p target/lighthouse
reports=()
for page in "" decide tracker; do
  name="${page:-home}"
  for run in $(seq 1 "$RUNS"); do
    out="target/lighthouse/$name-$run.json"
    lighthouse "http://127.0.0.1:$PORT/graceful-decline/$page" \
      --quiet --output=json --output-path="$out" \
      --only-categories=performance,accessibility,best-practices \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
      >/dev/null 2>&1 || { echo "lighthouse failed on /$page"; exit 1; }
    reports+=("$out")
  done
done
node scripts/lighthouse-report.mjs "${reports[@]}"
