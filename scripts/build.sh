#!/usr/bin/env bash
# Builds the browser app into dist/: release wasm (size profile), the
# wasm-bindgen glue, wasm-opt -Oz, then the static assets. Also writes
# dist/preflight-standalone.html, the whole app in one offline file.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

PROFILE=wasm-release
cargo build --profile "$PROFILE" --target wasm32-unknown-unknown --bin preflight-web
rm -rf dist && mkdir -p dist
wasm-bindgen --target web --no-typescript --out-dir dist \
  "target/wasm32-unknown-unknown/$PROFILE/preflight-web.wasm"
node_modules/.bin/wasm-opt -Oz --enable-reference-types --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals -o dist/preflight-web_bg.wasm dist/preflight-web_bg.wasm
cp index.html dist/
cp www/*.css www/*.js www/*.webmanifest dist/
node scripts/standalone.mjs dist
printf '[build] dist/ ready: wasm %s bytes, standalone %s bytes\n' \
  "$(stat -c %s dist/preflight-web_bg.wasm)" "$(stat -c %s dist/preflight-standalone.html)"
