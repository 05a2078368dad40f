#!/usr/bin/env bash
# Installs every tool the build and the tests need, idempotently: each piece
# is checked (with its exact version) and installed only when missing or
# wrong. The versions and routes follow ../shared/TOOLCHAIN.md; several
# obvious alternatives fail on these machines (trunk 0.22, Debian's
# wasm-opt, browsers downloaded by test tools).
#
# Usage: scripts/setup.sh [build|test]   (default: test, which also installs Chromium)
set -euo pipefail

cd "$(dirname "$0")/.."
want="${1:-test}"

TRUNK_VERSION="0.21.14"
# Must equal the wasm-bindgen crate pinned in Cargo.toml ("=0.2.130").
WASM_BINDGEN_VERSION="$(sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml)"

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
start=$(date +%s)
say() { printf 'setup: %s\n' "$*"; }

# 1. The wasm32 target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 1b. The standard library's source: the release build compiles std itself,
#     for size (scripts/dist.sh; a sixth off the first visit).
if ! rustup component list --installed | grep -qx rust-src; then
  say "adding the rust-src component"
  rustup component add rust-src
fi

# 2. trunk, exact version (0.22 needs a newer rustc than these machines have).
if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 6 minutes on 2 cores)"
  cargo install trunk --locked --version "$TRUNK_VERSION"
fi

# 3. wasm-bindgen CLI, equal to the crate. No --locked: its lock file names a
#    webpki-roots release the registry does not serve.
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# 3b. The wasm splitter the release build runs (tools/wasm-split, the step
#     `cargo leptos --split` does; trunk 0.21 cannot). cargo rebuilds it
#     only when its sources or lock file change (under a second when not).
say "building tools/wasm-split (about 30 s the first time)"
cargo build --release --locked --quiet --manifest-path tools/wasm-split/Cargo.toml --target-dir target/tools

# 4. Node tools, pinned in package-lock.json: wasm-opt (binaryen 132), the
#    gzip static server, Playwright, axe-core, Lighthouse. Reinstalled only
#    when the lock file changed since the last install.
stamp=node_modules/.graceful-decline-lock
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  say "installing node tools with npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
fi
if [ "$(wasm-opt --version 2>/dev/null | awk '{print $3}')" != "132" ]; then
  echo "setup: node_modules/.bin/wasm-opt is not binaryen 132" >&2
  exit 1
fi

# 5. Chromium and its driver from Debian (tests only). Never let a test
#    tool download its own browser: the network here refuses it.
if [ "$want" = test ]; then
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    say "installing chromium and chromium-driver from Debian"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
  b=$(/usr/bin/chromium --version 2>/dev/null | grep -o '[0-9][0-9.]*' | head -1 | cut -d. -f1)
  d=$(/usr/bin/chromedriver --version | grep -o '[0-9][0-9.]*' | head -1 | cut -d. -f1)
  if [ "$b" != "$d" ]; then
    echo "setup: chromium ($b) and chromedriver ($d) differ in major version" >&2
    exit 1
  fi
fi

say "ready in $(( $(date +%s) - start )) s (trunk $TRUNK_VERSION, wasm-bindgen $WASM_BINDGEN_VERSION, wasm-opt 132)"
