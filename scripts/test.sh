#!/usr/bin/env bash
# Runs every test tier, even after one fails, and ends with the line
# `tiers: N passed, N failed`. Exits non-zero if any tier failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
# Two cores: keep cargo from oversubscribing when the browser is running too.
export CARGO_BUILD_JOBS="${CARGO_BUILD_JOBS:-2}"

passed=0
failed=0
failed_names=()
tier() {
  local name="$1"; shift
  local t0=$(date +%s)
  echo "=== tier: $name"
  if "$@"; then
    passed=$((passed + 1))
    echo "--- tier $name: passed in $(( $(date +%s) - t0 )) s"
  else
    failed=$((failed + 1))
    failed_names+=("$name")
    echo "--- tier $name: FAILED in $(( $(date +%s) - t0 )) s"
  fi
}

# check-versions.mjs: wasm-bindgen (crate, lock, CLI), the splitter and
# Leptos must agree, or the release build breaks in ways only E2E sees.
lint() {
  node scripts/check-versions.mjs &&
  cargo fmt --check &&
  cargo fmt --check --manifest-path tools/wasm-split/Cargo.toml &&
  cargo clippy --all-targets -- -D warnings &&
  cargo clippy --lib --bins --tests --examples --target wasm32-unknown-unknown -- -D warnings
}

# The splitter is its own workspace (a build tool): its tests run here too.
native() {
  cargo test --all-targets && cargo test --doc &&
  cargo test --locked --manifest-path tools/wasm-split/Cargo.toml --target-dir target/tools
}

browser() {
  cargo test --target wasm32-unknown-unknown --test 'browser_*'
}

# Builds for the GitHub Pages subpath and serves it with gzip exactly there.
PAGES_BASE=/graceful-decline/
PORT="${E2E_PORT:-4173}"
server_pid=""
stop_server() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; server_pid=""; }
trap stop_server EXIT

e2e() {
  scripts/dist.sh "$PAGES_BASE" || return 1
  scripts/stage-pages.sh target/pages || return 1
  node scripts/serve-pages.mjs target/pages "$PORT" &
  server_pid=$!
  node scripts/wait-for.mjs "http://127.0.0.1:$PORT$PAGES_BASE" || return 1
  BASE_URL="http://127.0.0.1:$PORT$PAGES_BASE" node --test --test-concurrency=1 tests/e2e/*.test.mjs
}

size_budget() {
  [ -n "$server_pid" ] || return 1
  BASE_URL="http://127.0.0.1:$PORT$PAGES_BASE" node scripts/size-budget.mjs
}

tier lint lint
tier native native
tier browser browser
tier e2e e2e
tier size-budget size_budget
stop_server

[ "$failed" -eq 0 ] || echo "failed tiers: ${failed_names[*]}"
echo "tiers: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
