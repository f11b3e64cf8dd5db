#!/usr/bin/env bash
# README command 1: install what is missing, build the app, serve it on
# http://127.0.0.1:8080 (Ctrl-C to stop).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
echo "[serve] Preflight on http://127.0.0.1:8080"
exec python3 -m http.server 8080 --bind 127.0.0.1 --directory dist
