#!/usr/bin/env bash
# Builds the browser app into dist/: release wasm (size profile), the
# wasm-bindgen glue, wasm-opt -Oz, then the static assets. Also writes
# dist/preflight-standalone.html, the whole app in one offline file.
set -euo pipefail
cd "$(dirname "$0")/.."
SKIP_CI_TOOLS=1 bash scripts/setup.sh

PROFILE=wasm-release
# Two wasm entries: the app (Yew) and the Web Worker for large inputs
# (core only; www/worker.js loads it). Both are built for size: measured
# on a 56 MB aggregate, an opt-level 3 worker was faster once warm but 3x
# slower on its first run (V8 keeps a long-running, heavily inlined wasm
# function in its baseline tier), and each job runs in a fresh worker.
# The widgets' modules (www/preflight-embed.js) are one small wasm per tool
# (src/widgets/), each linking only that tool's core.
WIDGETS=(cron ports srv firewall cert saml csv-users directory broadworks)
# The served app is split into page bundles (www/boot.js loads the one for
# the page; src/tools.rs APP_BUNDLES); preflight-web, every page in one, is
# the single-file build's.
PAGES=(home saml cert cron csv-users directory net broadworks check rules)
BINS=(preflight-web preflight-worker "${PAGES[@]/#/preflight-app-}" "${WIDGETS[@]/#/preflight-embed-}")
cargo build --profile "$PROFILE" --target wasm32-unknown-unknown "${BINS[@]/#/--bin=}"
rm -rf dist && mkdir -p dist
for bin in "${BINS[@]}"; do
  wasm-bindgen --target web --no-typescript --out-dir dist \
    "target/wasm32-unknown-unknown/$PROFILE/$bin.wasm"
  node_modules/.bin/wasm-opt -Oz --enable-reference-types --enable-bulk-memory --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals -o "dist/${bin}_bg.wasm" "dist/${bin}_bg.wasm"
done
cp index.html dist/
cp www/*.css www/*.js www/*.html www/*.webmanifest dist/
node scripts/standalone.mjs dist
node scripts/sw_manifest.mjs dist
printf '[build] dist/ ready: wasm %s bytes, worker wasm %s bytes, standalone %s bytes\n' \
  "$(stat -c %s dist/preflight-web_bg.wasm)" "$(stat -c %s dist/preflight-worker_bg.wasm)" \
  "$(stat -c %s dist/preflight-standalone.html)"
