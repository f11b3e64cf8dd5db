#!/usr/bin/env bash
# README command 2: install what is missing, then run every test:
#   1. style gates (rustfmt, clippy for the native and wasm builds) and the
#      supply-chain gate (cargo deny: advisories, licences, duplicates, sources)
#   2. native `cargo test` (core, CLI, rule catalog), then a fuzz smoke run of
#      every cargo-fuzz target (scripts/fuzz_smoke.sh)
#   3. wasm-bindgen tests in headless Chromium (core in wasm, app components)
#   4. the release app build, then Playwright end-to-end tests against it
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

# Chromium and chromedriver leave profile folders in TMPDIR: keep them in an
# ignored folder of the work tree instead of /tmp.
export TMPDIR="$PWD/.tmp"
mkdir -p "$TMPDIR"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

# A clean CI run builds everything once: incremental caches would only take
# disk space (they roughly double target/). Show the space we start with.
if [ "${CI:-}" = "true" ]; then
  export CARGO_INCREMENTAL=0
  df -h . | tail -n 1 | awk '{print "disk: " $4 " free of " $2}'
fi

step "style: rustfmt and clippy"
cargo fmt --check
cargo clippy --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --bins -- -D warnings

step "supply chain: cargo deny (deny.toml)"
# The advisory database comes from GitHub; where it cannot be fetched, the
# other three checks still run and the skip is said out loud.
if cargo deny fetch db >/dev/null 2>&1; then
  cargo deny check
else
  echo "advisory database unreachable: checking bans, licenses and sources only" >&2
  cargo deny check bans licenses sources
fi

step "native tests (cargo test)"
cargo test

step "fuzz smoke run (every target in fuzz/Cargo.toml)"
bash scripts/fuzz_smoke.sh

step "wasm tests in headless Chromium (wasm-bindgen-test)"
CHROMEDRIVER=/usr/bin/chromedriver \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --target wasm32-unknown-unknown --test wasm

step "build the app"
bash scripts/build.sh

step "download sizes against their budgets (brotli; scripts/size-budgets.json)"
node scripts/size.mjs dist --check

step "end-to-end browser tests (Playwright + Chromium)"
node --test --test-concurrency=1 tests/e2e/

step "all tests passed"
