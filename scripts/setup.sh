#!/usr/bin/env bash
# Installs whatever this machine is missing to build and test Preflight:
# the wasm32 target, wasm-bindgen-cli (matching Cargo.lock), Debian's Chromium
# and ChromeDriver, and the npm tooling (binaryen's wasm-opt, playwright-core).
# Every step checks first, so a second run takes a second.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# The wasm-bindgen CLI must equal the crate version in Cargo.lock.
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)
if [ -z "$WB_VERSION" ]; then
  echo "[setup] cannot read the wasm-bindgen version from Cargo.lock" >&2
  exit 1
fi

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WB_VERSION" ]; then
  say "installing wasm-bindgen-cli $WB_VERSION (a few minutes, once)"
  cargo install wasm-bindgen-cli --version "$WB_VERSION" --locked
fi
if [ "$(wasm-bindgen --version | awk '{print $2}')" != "$WB_VERSION" ]; then
  echo "[setup] wasm-bindgen CLI $(wasm-bindgen --version) does not match the crate ($WB_VERSION) in Cargo.lock" >&2
  exit 1
fi

# Supply-chain and fuzzing tools for scripts/test.sh, pinned (both build
# with the stable toolchain; a few minutes each, once). scripts/build.sh
# skips them (SKIP_CI_TOOLS=1): building the app does not need them.
CARGO_DENY_VERSION=0.20.2
CARGO_FUZZ_VERSION=0.13.2
if [ "${SKIP_CI_TOOLS:-0}" = 1 ]; then
  :
elif [ "$(cargo deny --version 2>/dev/null | awk '{print $2}')" != "$CARGO_DENY_VERSION" ]; then
  say "installing cargo-deny $CARGO_DENY_VERSION (a few minutes, once)"
  cargo install cargo-deny --version "$CARGO_DENY_VERSION" --locked
fi
if [ "${SKIP_CI_TOOLS:-0}" != 1 ] && [ "$(cargo fuzz --version 2>/dev/null | awk '{print $2}')" != "$CARGO_FUZZ_VERSION" ]; then
  say "installing cargo-fuzz $CARGO_FUZZ_VERSION (a minute or two, once)"
  cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked
fi

if [ "${SKIP_BROWSER:-0}" != 1 ] && { ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; }; then
  say "installing Debian's chromium and chromium-driver"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# The test oracles: xmlsec1 (signature verdicts) and xmllint (schema
# verdicts, canonical forms); the tests that compare with them skip, saying
# so, where they are missing — so CI installs them.
if [ "${SKIP_CI_TOOLS:-0}" != 1 ] && { ! command -v xmlsec1 >/dev/null || ! command -v xmllint >/dev/null; }; then
  say "installing Debian's xmlsec1 and libxml2-utils (test oracles)"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq xmlsec1 libxml2-utils >/dev/null
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/axe-core ] || [ ! -d node_modules/ajv ] || [ ! -d node_modules/@microsoft/jest-sarif ]; then
  say "installing npm tooling (binaryen, playwright-core, axe-core, the SARIF schema and Ajv)"
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --loglevel=error; else npm install --no-audit --no-fund --loglevel=error; fi
fi
say "tools ready: $(rustc --version | cut -d' ' -f1-2), wasm-bindgen $WB_VERSION, $(chromium --version 2>/dev/null | head -1 || echo 'no chromium')"
