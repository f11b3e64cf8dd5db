#!/usr/bin/env bash
# Benchmarks: runs the anchor workloads (../shared/anchors) through the
# native `preflight` CLI with the anchors' own harness (bench.py: page-cache
# warm-up, 3 runs, median wall time and peak RSS), then writes BENCHMARKS.md
# with preflight's figures next to the anchors' measured ones.
#
#   bash scripts/bench.sh            # all workloads (about 2-4 minutes)
#   ONLY=csv bash scripts/bench.sh   # one of: csv, metadata, certs, cron
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
ANCHORS=${ANCHORS:-$ROOT/../shared/anchors}
WORK=${WORK:-/tmp/preflight-bench}
[ -f "$ANCHORS/bench.py" ] || { echo "[bench] anchors not found at $ANCHORS (set ANCHORS=)" >&2; exit 2; }
mkdir -p "$WORK"
cargo build --release --bin preflight --examples
PF=$ROOT/target/release/preflight
export RESULTS=$WORK/results.jsonl
rm -f "$RESULTS"

available() { ! "$PF" "$1" --help 2>&1 | grep -q "not available yet"; }
want() { [ -z "${ONLY:-}" ] || [ "$ONLY" = "$1" ]; }
gen() { [ -s "$WORK/$2" ] || (cd "$WORK" && python3 "$ANCHORS/$1" "${@:3}" "$2"); }

cd "$WORK"
if want csv && available csv-users; then
  [ -s users_100k.csv ] || python3 "$ANCHORS/gen_users_csv.py" 100000 users_100k.csv
  [ -s users_1m.csv ] || python3 "$ANCHORS/gen_users_csv.py" 1000000 users_1m.csv
  python3 "$ANCHORS/bench.py" pf_csv_100k users_100k.csv 3 600 -- "$PF" csv-users users_100k.csv --format json
  python3 "$ANCHORS/bench.py" pf_csv_1m users_1m.csv 3 600 -- "$PF" csv-users users_1m.csv --format json
fi
if want metadata && available saml-metadata; then
  [ -s metadata_500.xml ] || python3 "$ANCHORS/gen_metadata.py" 500 metadata_500.xml
  [ -s metadata_5000.xml ] || python3 "$ANCHORS/gen_metadata.py" 5000 metadata_5000.xml
  python3 "$ANCHORS/bench.py" pf_md_500 metadata_500.xml 3 600 -- "$PF" saml-metadata metadata_500.xml --format json
  python3 "$ANCHORS/bench.py" pf_md_5000 metadata_5000.xml 3 600 -- "$PF" saml-metadata metadata_5000.xml --format json
fi
if want certs && available cert; then
  [ -s certs_10k.pem ] || python3 "$ANCHORS/gen_certs_pem.py" 10000 certs_10k.pem
  python3 "$ANCHORS/bench.py" pf_certs_10k certs_10k.pem 3 600 -- "$PF" cert certs_10k.pem --format json
fi
if want cron && [ -x "$ROOT/target/release/examples/cron_bench" ]; then
  "$ROOT/target/release/examples/cron_bench" --json > "$WORK/cron_bench.json"
fi
cd "$ROOT"
python3 scripts/bench_report.py "$RESULTS" "$ANCHORS" "$WORK" > BENCHMARKS.md
echo "[bench] wrote BENCHMARKS.md"
