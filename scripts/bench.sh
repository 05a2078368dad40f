#!/usr/bin/env bash
# Benchmarks, sized for a 2-core machine: criterion natively (decision
# engine, message render + check, tracker decode/query/encode on 10,000
# records), the same tracker work timed in headless Chromium, then the
# release build itself in Chromium through Playwright, with the 10,000
# records in localStorage (load+decode, and each keystroke of a search).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
args=(-- --warm-up-time 1 --measurement-time 3)
for bench in engine messages tracker; do
  echo "=== bench: $bench"
  cargo bench --bench "$bench" "${args[@]}" 2>&1 | grep -E '^[a-z].*|time:|size' || true
done
echo "=== bench: browser (headless Chromium, 10,000 records)"
cargo test --release --target wasm32-unknown-unknown --test bench_browser -- --nocapture 2>&1 | grep -E 'bench:|test result' || true

# The Pages build, served with gzip under its subpath as in scripts/test.sh's
# e2e tier, on its own port so it can run beside the tests.
echo "=== bench: playwright (release build, 10,000 records in localStorage)"
PAGES_BASE=/graceful-decline/
PORT="${BENCH_PORT:-4174}"
sample=target/bench/sample-store.json
mkdir -p target/bench
cargo run --release --quiet --example sample_store > "$sample"
if ! scripts/dist.sh "$PAGES_BASE" > target/bench/dist.log 2>&1; then
  tail -n 30 target/bench/dist.log
  echo "bench: the release build failed (whole log in target/bench/dist.log)"
  exit 1
fi
tail -n 1 target/bench/dist.log
scripts/stage-pages.sh target/pages
node scripts/serve-pages.mjs target/pages "$PORT" > target/bench/serve.log 2>&1 &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true' EXIT
node scripts/wait-for.mjs "http://127.0.0.1:$PORT$PAGES_BASE"
BASE_URL="http://127.0.0.1:$PORT$PAGES_BASE" node scripts/bench-browser.mjs "$sample"
