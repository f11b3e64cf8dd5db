#!/usr/bin/env bash
# Fuzz smoke run: builds every cargo-fuzz target listed in fuzz/Cargo.toml
# (each `[[bin]]`, so a new target is picked up without editing this file)
# and runs each for a fixed, small budget. Any crash, panic, timeout or
# out-of-memory fails the run; the input is left in fuzz/artifacts/<target>/
# (see fuzz/README.md, "When a target fails").
#
#   FUZZ_SECONDS   seconds per target (default 12)
#   FUZZ_TARGETS   space-separated subset to run (default: all)
#
# cargo-fuzz needs nightly compiler flags; RUSTC_BOOTSTRAP=1 lets the stable
# toolchain accept them. The smoke run builds without a sanitizer (the core
# is safe Rust, where panics, hangs and runaway memory are what the fuzzer
# finds; AddressSanitizer roughly doubles the build): the long runs in
# BENCHMARKS.md use the default address sanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
export RUSTC_BOOTSTRAP=1
SECONDS_PER_TARGET=${FUZZ_SECONDS:-12}

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "[fuzz] cargo-fuzz is not installed (scripts/setup.sh installs it)" >&2
  exit 1
fi

# shellcheck source=scripts/fuzz_common.sh
. scripts/fuzz_common.sh
mapfile -t ALL < <(fuzz_targets)
if [ "${#ALL[@]}" -eq 0 ]; then
  echo "[fuzz] no [[bin]] targets found in fuzz/Cargo.toml" >&2
  exit 1
fi
read -r -a TARGETS <<< "${FUZZ_TARGETS:-${ALL[*]}}"

start=$(date +%s)
# One build for every target (cargo builds them in parallel).
cargo fuzz build --sanitizer none
built=$(date +%s)
printf '[fuzz] built %d targets in %ds\n' "${#TARGETS[@]}" "$((built - start))"

# Fresh corpora outside the source tree, seeded with the test fixtures where
# a target has a fixture folder of the same domain.
CORPUS_ROOT="${TMPDIR:-/tmp}/preflight-fuzz-corpus"
rm -rf "$CORPUS_ROOT"
failed=()
for t in "${TARGETS[@]}"; do
  corpus="$CORPUS_ROOT/$t"
  seed_corpus "$t" "$corpus"
  t0=$(date +%s)
  if cargo fuzz run --sanitizer none "$t" "$corpus" -- \
      -max_total_time="$SECONDS_PER_TARGET" "${FUZZ_LIMITS[@]}" >"$CORPUS_ROOT/$t.log" 2>&1; then
    runs=$(awk -F: '/stat::number_of_executed_units/ { gsub(/ /, "", $NF); print $NF }' "$CORPUS_ROOT/$t.log")
    printf '[fuzz] %-16s ok   %8s runs in %ds\n' "$t" "${runs:-?}" "$(( $(date +%s) - t0 ))"
  else
    printf '[fuzz] %-16s FAILED (see fuzz/artifacts/%s/)\n' "$t" "$t"
    tail -n 40 "$CORPUS_ROOT/$t.log"
    failed+=("$t")
  fi
done
printf '[fuzz] %d targets, %ds in all\n' "${#TARGETS[@]}" "$(( $(date +%s) - start ))"
if [ "${#failed[@]}" -gt 0 ]; then
  echo "[fuzz] crashed: ${failed[*]}" >&2
  exit 1
fi
