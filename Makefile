# Graceful Decline: the two commands a newcomer needs are `make serve` and
# `make test`; both install what is missing first (scripts/setup.sh).

SHELL := /bin/bash
PUBLIC_URL ?= /
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
export CHROME_PATH ?= /usr/bin/chromium

.PHONY: setup setup-build serve dist lint test test-native test-wasm e2e bench lighthouse clean

## Install the toolchain (idempotent; only what is missing or wrong).
setup:
	scripts/setup.sh test

setup-build:
	scripts/setup.sh build

## Build and serve at http://127.0.0.1:8080/ with live reload.
serve: setup-build
	trunk serve --offline

## Release build into dist/ (PUBLIC_URL=/graceful-decline/ for GitHub Pages).
dist: setup-build
	scripts/dist.sh "$(PUBLIC_URL)"

## Pinned versions agree; formatting and clippy, native and wasm32.
lint: setup-build
	node scripts/check-versions.mjs
	cargo fmt --check
	cargo fmt --check --manifest-path tools/wasm-split/Cargo.toml
	cargo clippy --all-targets -- -D warnings
	cargo clippy --lib --bins --tests --examples --target wasm32-unknown-unknown -- -D warnings

## Every tier: lint, native tests, browser tests, E2E on the Pages build, size budget.
test: setup
	scripts/test.sh

## Benchmarks: criterion natively, then in Chromium: the tracker code, and the release build through Playwright.
bench: setup
	scripts/bench.sh

## Lighthouse (mobile preset) on the subpath build, served with gzip.
lighthouse: setup
	scripts/lighthouse.sh

clean:
	cargo clean
	rm -rf dist target/pages
