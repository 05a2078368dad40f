#!/usr/bin/env bash
# Benchmarks, sized for a 2-core machine: criterion natively (decision
# engine, message render + check, tracker decode/query/encode on 10,000
# records), then the same tracker work timed in headless Chromium.
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
