#!/usr/bin/env bash
# Installs every tool the build and the tests need, idempotently: each piece
# is checked (with its exact version) and installed only when missing or
# wrong. The versions and routes follow ../shared/TOOLCHAIN.md; several
# obvious alternatives fail on these machines (trunk 0.22, Debian's
# wasm-opt, browsers downloaded by test tools).
#
# Usage: scripts/setup.sh [build|test|versions]   (default: test, which also
# installs Chromium; `versions` prints what it would install and stops, for
# scripts/check-versions.mjs)
set -euo pipefail

cd "$(dirname "$0")/.."
want="${1:-test}"

# The Rust toolchain is pinned in rust-toolchain.toml (rustup reads it in
# this folder): the release build's flags are tied to that exact rustc.
RUST_TOOLCHAIN="$(sed -n 's/^channel = "\(.*\)"/\1/p' rust-toolchain.toml)"
TRUNK_VERSION="0.21.14"
# Must equal the wasm-bindgen crate pinned in Cargo.toml ("=0.2.130");
# scripts/check-versions.mjs (the lint tier) fails when they differ.
WASM_BINDGEN_VERSION="$(sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml)"

if [ "$want" = versions ]; then
  printf 'rust %s\ntrunk %s\nwasm-bindgen %s\n' "$RUST_TOOLCHAIN" "$TRUNK_VERSION" "$WASM_BINDGEN_VERSION"
  exit 0
fi
if [ -z "$RUST_TOOLCHAIN" ] || [ -z "$WASM_BINDGEN_VERSION" ]; then
  echo 'setup: could not read the toolchain channel from rust-toolchain.toml or the exact wasm-bindgen pin ("=X") from Cargo.toml' >&2
  exit 1
fi

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
start=$(date +%s)
say() { printf 'setup: %s\n' "$*"; }

# 1. The pinned Rust toolchain with the wasm32 target and the standard
#    library's source (the release build compiles std itself, for size:
#    scripts/dist.sh). rust-toolchain.toml names them; rustup is asked
#    explicitly so that a missing piece is installed here, not half-way
#    through a build.
#    These machines come with one toolchain, `stable`, which is the pinned
#    version: when it is, the pinned name is made an alias of it (offline,
#    and it shares stable's components), rather than downloading the same
#    compiler again under its number.
if ! rustup toolchain list | grep -q "^$RUST_TOOLCHAIN-"; then
  host="$(rustc +stable -vV 2>/dev/null | sed -n 's/^host: //p' || true)"
  stable_dir="${RUSTUP_HOME:-$HOME/.rustup}/toolchains/stable-$host"
  if [ -n "$host" ] && [ "$(rustc +stable --version 2>/dev/null | awk '{print $2}')" = "$RUST_TOOLCHAIN" ] \
    && [ -d "$stable_dir" ]; then
    say "Rust $RUST_TOOLCHAIN is this machine's stable toolchain: naming it $RUST_TOOLCHAIN"
    ln -s "$stable_dir" "${RUSTUP_HOME:-$HOME/.rustup}/toolchains/$RUST_TOOLCHAIN-$host"
  else
    say "installing Rust $RUST_TOOLCHAIN"
    rustup toolchain install "$RUST_TOOLCHAIN" --profile minimal
  fi
fi
for component in rust-src rustfmt clippy; do
  if ! rustup component list --installed --toolchain "$RUST_TOOLCHAIN" | grep -q "^$component"; then
    say "adding the $component component"
    rustup component add "$component" --toolchain "$RUST_TOOLCHAIN"
  fi
done
if ! rustup target list --installed --toolchain "$RUST_TOOLCHAIN" | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown --toolchain "$RUST_TOOLCHAIN"
fi
if [ "$(rustc --version | awk '{print $2}')" != "$RUST_TOOLCHAIN" ]; then
  echo "setup: rustc is $(rustc --version), not the $RUST_TOOLCHAIN that rust-toolchain.toml pins (is RUSTUP_TOOLCHAIN set?)" >&2
  exit 1
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

say "ready in $(( $(date +%s) - start )) s (Rust $RUST_TOOLCHAIN, trunk $TRUNK_VERSION, wasm-bindgen $WASM_BINDGEN_VERSION, wasm-opt 132)"
