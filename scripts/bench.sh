#!/usr/bin/env bash
# Benchmarks, side by side in one run: installs the anchor tools
# (../shared/anchors/setup.sh), generates the anchor workloads
# (gen_all.sh), then times every anchor and the native `preflight` CLI back
# to back with the anchors' own harness (bench.py: page-cache warm-up, 3
# runs, median wall time and peak RSS) and writes BENCHMARKS.md from the
# figures of *this* run only — nothing is copied from another day.
#
#   bash scripts/bench.sh             # every workload (about 10-15 minutes on 2 cores)
#   ONLY=csv bash scripts/bench.sh    # one of: csv, metadata, signed, certs, cron, check, directory, broadworks, browser
#   FAST=1 bash scripts/bench.sh      # skip the slowest anchors (Frictionless, pysaml2)
#
# BENCHMARKS.md is only rewritten when every selected workload ran.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
ANCHORS=${ANCHORS:-$ROOT/../shared/anchors}
A=/tmp/anchors            # where the anchors' setup and generators put tools and data
[ -f "$ANCHORS/bench.py" ] || { echo "[bench] anchors not found at $ANCHORS (set ANCHORS=)" >&2; exit 2; }
say() { printf '\033[1m[bench]\033[0m %s\n' "$*"; }

say "installing the anchor tools (venv, node packages, Rust csv) under $A"
bash "$ANCHORS/setup.sh" >/dev/null
if ! command -v xmlsec1 >/dev/null; then
  say "installing xmlsec1 (the signature anchor)"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq xmlsec1 >/dev/null
fi
say "generating the workloads"
if [ ! -s "$A/users_1m.csv" ] || [ ! -s "$A/metadata_5000.xml" ] || [ ! -s "$A/certs_10k.pem" ]; then
  bash "$ANCHORS/gen_all.sh"
fi
cargo build --release --bin preflight --examples
PF=$ROOT/target/release/preflight
export RESULTS=$A/bench-run.jsonl
rm -f "$RESULTS"
B=(python3 "$ANCHORS/bench.py")

want() { [ -z "${ONLY:-}" ] || [ "$ONLY" = "$1" ]; }
available() { ! "$PF" "$1" --help 2>&1 | grep -q "not available yet"; }
slow_ok() { [ "${FAST:-0}" != 1 ]; }

cd "$A"
if want csv; then
  say "user CSV"
  cp "$ANCHORS/users.schema.json" "$A/"
  for N in 100k 1m; do
    F=users_$N.csv
    "${B[@]}" csv_rustcsv_$N $F 3 600 -- "$A/rustcsv/target/release/rustcsv" $F
    "${B[@]}" csv_pycsv_$N $F 3 600 -- "$A/venv/bin/python" "$ANCHORS/py_csv_check.py" $F
    NODE_PATH=$A/node/node_modules "${B[@]}" csv_papaparse_$N $F 3 600 -- node "$ANCHORS/papa_parse.js" $F
    if slow_ok; then
      "${B[@]}" csv_frictionless_$N $F 3 600 -- "$A/venv/bin/frictionless" validate $F \
        --schema users.schema.json --limit-errors 1000000 --json
    fi
    "${B[@]}" pf_csv_$N $F 3 600 -- "$PF" csv-users $F --format json
  done
fi
if want metadata; then
  say "SAML metadata"
  for N in 500 5000; do
    F=metadata_$N.xml
    "${B[@]}" md_xmllint_$N $F 3 600 -- xmllint --noout --huge $F
    "${B[@]}" md_xmllint_schema_$N $F 3 600 -- xmllint --noout --huge \
      --schema "$ROOT/../shared/schemas/saml-schema-metadata-2.0.xsd" $F
    "${B[@]}" md_lxml_crypto_$N $F 3 600 -- "$A/venv/bin/python" "$ANCHORS/py_lxml_md.py" $F
    if slow_ok; then
      "${B[@]}" md_pysaml2_$N $F 3 600 -- "$A/venv/bin/python" "$ANCHORS/py_pysaml2_md.py" $F
    fi
    "${B[@]}" pf_md_$N $F 3 600 -- "$PF" saml-metadata $F --format json
  done
fi
if want signed; then
  say "signed metadata aggregate (5,000 entities, signed with xmlsec1)"
  K=$ROOT/tests/fixtures/xmldsig/keys
  F=metadata_5000_signed.xml
  if [ ! -s "$F" ] || [ metadata_5000.xml -nt "$F" ]; then
    python3 "$ROOT/scripts/sign_aggregate.py" metadata_5000.xml "$F" "$K/idp-rsa.key" "$K/idp-rsa.crt"
    rm -f "$F.template"
  fi
  "${B[@]}" sig_xmlsec1_5000 $F 3 600 -- xmlsec1 --verify --pubkey-cert-pem "$K/idp-rsa.crt" \
    --id-attr:ID urn:oasis:names:tc:SAML:2.0:metadata:EntitiesDescriptor $F
  "${B[@]}" pf_sig_5000 $F 3 600 -- "$PF" saml-metadata $F --trust-cert "$K/idp-rsa.crt" --format json
  # The same on one core: what the second thread (verification beside the
  # reading) is worth.
  "${B[@]}" pf_sig_5000_one_core $F 3 600 -- taskset -c 0 "$PF" saml-metadata $F \
    --trust-cert "$K/idp-rsa.crt" --format json
fi
if want directory; then
  say "directory set: 200,000 users, 20,000 groups five deep, 1M memberships"
  D=$A/directory_200k
  if [ ! -s "$D/groupFile_2026-03-02_1.csv" ] || [ "$ROOT/scripts/gen_directory_set.py" -nt "$D/groupFile_2026-03-02_1.csv" ]; then
    rm -rf "$D"
    python3 "$ROOT/scripts/gen_directory_set.py" "$D" --users 200000 --groups 20000 \
      --memberships 1000000 --depth 5 --date 2026-03-02 --instance 1 >/dev/null
  fi
  # bench.py's MB/s divides by the size of one file: give it the set's total
  # through a concatenated copy that only serves as the size reference.
  cat "$D"/*.csv > "$A/directory_200k.size"
  "${B[@]}" pf_directory_200k "$A/directory_200k.size" 3 600 -- "$PF" directory "$D"/*.csv --format json
  # The user-CSV tool on the same machine, same run: the throughput to match.
  "${B[@]}" pf_csv_100k_for_directory users_100k.csv 3 600 -- "$PF" csv-users users_100k.csv --format json
fi
if want broadworks; then
  say "BroadWorks: 500 MB Webex app log"
  F=client_log_500mb.txt
  if [ ! -s "$F" ] || [ "$ROOT/scripts/gen_client_log.py" -nt "$F" ]; then
    python3 "$ROOT/scripts/gen_client_log.py" "$F" --mb "${LOG_MB:-500}" \
      --patterns client_log_patterns.txt --manifest client_log_manifest.json 2>/dev/null
  fi
  "${B[@]}" bw_grep_500mb $F 3 600 -- grep -c -F -f client_log_patterns.txt $F
  "${B[@]}" pf_bw_500mb $F 3 600 -- "$PF" broadworks client-log $F --format json
fi
if want certs; then
  say "certificates"
  F=certs_10k.pem
  "${B[@]}" certs_pycryptography_10k $F 3 600 -- "$A/venv/bin/python" "$ANCHORS/py_certs.py" $F
  "${B[@]}" certs_openssl_storeutl_10k $F 3 600 -- sh -c "openssl storeutl -noout -text -certs $F > /dev/null"
  "${B[@]}" pf_certs_10k $F 3 600 -- "$PF" cert $F --format json
fi
if want cron; then
  say "cron"
  "$ROOT/target/release/examples/cron_bench" --json > "$A/cron_bench.json"
  # croner, the JavaScript anchor, on the same six expressions in the same run.
  rm -f "$A/cron_croner_run.json"
  TZ=UTC NODE_PATH=$A/node/node_modules node "$ANCHORS/croner_bench.js" > "$A/cron_croner_run.json" \
    || say "croner did not run"
fi
if want check; then
  say "whole-setup check, 1,000 files"
  python3 "$ROOT/scripts/check_set.py" "$ROOT/tests/fixtures/check" "$A/check_1000" 1000
  CHECK=(check "$A/check_1000" --now 2026-06-01T00:01:00Z --date 2026-06-01 --domain example.com --format json)
  "${B[@]}" pf_check_1000 - 3 600 -- "$PF" "${CHECK[@]}"
  PREFLIGHT_JOBS=1 "${B[@]}" pf_check_1000_serial - 3 600 -- "$PF" "${CHECK[@]}"
fi
if want browser; then
  say "in the browser: the release app in headless Chromium (builds dist/)"
  (cd "$ROOT" && bash scripts/build.sh >/dev/null)
  K=$ROOT/tests/fixtures/xmldsig/keys
  if [ ! -s metadata_5000_signed.xml ]; then
    python3 "$ROOT/scripts/sign_aggregate.py" metadata_5000.xml metadata_5000_signed.xml "$K/idp-rsa.key" "$K/idp-rsa.crt"
    rm -f metadata_5000_signed.xml.template
  fi
  W=$A/browser
  rm -rf "$W" && mkdir -p "$W"
  node "$ROOT/scripts/bench_browser_saml.mjs" "$A/metadata_5000.xml" 3 > "$W/saml.jsonl"
  node "$ROOT/scripts/bench_browser_saml.mjs" "$A/metadata_5000_signed.xml" 3 "$K/idp-rsa.crt" > "$W/saml_signed.jsonl"
  node "$ROOT/scripts/bench_browser_csv.mjs" "$A/users_1m.csv" 3 > "$W/csv.jsonl"
  if [ -d "$A/directory_200k" ]; then
    node "$ROOT/scripts/bench_browser_directory.mjs" 3 "$A"/directory_200k/*.csv > "$W/directory.jsonl"
  fi
  node "$ROOT/scripts/size.mjs" "$ROOT/dist" --markdown "$W/size.md" >/dev/null
  node "$ROOT/scripts/bench_browser_tti.mjs" 5 > "$W/tti.jsonl"
  python3 "$ROOT/scripts/bench_browser_report.py" "$W" > "$ROOT/docs/benchmarks-browser.md"
fi
cd "$ROOT"
python3 scripts/bench_report.py "$RESULTS" "$A" > "$A/BENCHMARKS.md.new"
if [ -z "${ONLY:-}" ] && [ "${FAST:-0}" != 1 ]; then
  mv "$A/BENCHMARKS.md.new" BENCHMARKS.md
  say "wrote BENCHMARKS.md"
else
  say "partial run: report in $A/BENCHMARKS.md.new (BENCHMARKS.md unchanged)"
fi
