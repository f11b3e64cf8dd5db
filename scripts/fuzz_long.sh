#!/usr/bin/env bash
# Long fuzz runs: every cargo-fuzz target (or FUZZ_TARGETS) for
# FUZZ_SECONDS each (default 600), FUZZ_JOBS targets side by side (default:
# the number of cores), at low priority so the machine stays usable. Each
# target starts from the same fixture seeds as the smoke run
# (scripts/fuzz_common.sh). The results — runs, execs/s, coverage, corpus,
# peak RSS and crashes — replace that target's row in docs/fuzz-long-runs.md,
# which scripts/bench_report.py copies into BENCHMARKS.md; rows of targets
# not run this time are kept with their own date.
#
#   bash scripts/fuzz_long.sh                       # all targets, 10 minutes each
#   FUZZ_TARGETS="cert cron" bash scripts/fuzz_long.sh
#   FUZZ_REPORT_ONLY=1 FUZZ_TARGETS="cert" bash scripts/fuzz_long.sh   # rows from the last run's logs
#
# A crash is kept under fuzz/artifacts/<target>/ and makes the script exit 1
# after every target has run (fix it, add it as a regression test, run again).
set -euo pipefail
cd "$(dirname "$0")/.."
export RUSTC_BOOTSTRAP=1
SECONDS_PER_TARGET=${FUZZ_SECONDS:-600}
JOBS=${FUZZ_JOBS:-$(nproc)}
# shellcheck source=scripts/fuzz_common.sh
. scripts/fuzz_common.sh
mapfile -t ALL < <(fuzz_targets)
read -r -a TARGETS <<< "${FUZZ_TARGETS:-${ALL[*]}}"
OUT=docs/fuzz-long-runs.md
WORK="${TMPDIR:-/tmp}/preflight-fuzz-long"
if [ "${FUZZ_REPORT_ONLY:-0}" != 1 ]; then
  rm -rf "$WORK"
  mkdir -p "$WORK"

  cargo fuzz build --sanitizer none
  BIN_DIR=fuzz/target/x86_64-unknown-linux-gnu/release

  run_one() {
    local t=$1 corpus="$WORK/$1" status=0
    seed_corpus "$t" "$corpus"
    mkdir -p "fuzz/artifacts/$t"
    echo "[fuzz-long] $t: ${SECONDS_PER_TARGET}s"
    nice -n 10 "$BIN_DIR/$t" "$corpus" -max_total_time="$SECONDS_PER_TARGET" "${FUZZ_LIMITS[@]}" \
      -artifact_prefix="fuzz/artifacts/$t/" >"$WORK/$t.log" 2>&1 || status=$?
    echo "$status" >"$WORK/$t.status"
    echo "[fuzz-long] $t: done (exit $status)"
  }

  running=0
  for t in "${TARGETS[@]}"; do
    run_one "$t" &
    running=$((running + 1))
    if [ "$running" -ge "$JOBS" ]; then
      wait -n
      running=$((running - 1))
    fi
  done
  wait
fi

python3 - "$WORK" "$OUT" "$SECONDS_PER_TARGET" "$JOBS" "${TARGETS[@]}" <<'PY'
import datetime, os, re, sys
work, out, seconds, jobs, targets = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5:]
rows = {}
if os.path.exists(out):
    for line in open(out):
        m = re.match(r"\| `([a-z_0-9]+)` \|", line)
        if m:
            rows[m.group(1)] = line.rstrip("\n")
today = datetime.date.today().isoformat()
failed = []
for t in targets:
    log = open(os.path.join(work, t + ".log"), errors="replace").read()
    status = open(os.path.join(work, t + ".status")).read().strip()
    stat = lambda k: (re.findall(r"stat::%s:\s*(\d+)" % k, log) or ["?"])[-1]
    cov = (re.findall(r"\bcov: (\d+)", log) or ["?"])[-1]
    corpus = len(os.listdir(os.path.join(work, t)))
    crashes = 0 if status == "0" else 1
    if crashes:
        failed.append(t)
    runs = stat("number_of_executed_units")
    rows[t] = "| `%s` | %s | %d min | %s | %s | %s | %d inputs | %s MB | %d |" % (
        t, today, seconds // 60, f"{int(runs):,}" if runs.isdigit() else runs,
        stat("average_exec_per_sec"), cov, corpus, stat("peak_rss_mb"), crashes)
with open(out, "w") as f:
    f.write("## Fuzzing: long runs\n\n")
    f.write("Written by `bash scripts/fuzz_long.sh` (each target for the time shown, %s side by side at low\n" % jobs)
    f.write("priority, release build without a sanitizer as in the smoke run, corpus seeded from the test\n")
    f.write("fixtures; a crash fails the script and is fixed with a regression test before the row is kept).\n\n")
    f.write("| target | date | time | runs | execs/s | coverage (edges) | corpus | peak RSS | crashes |\n")
    f.write("|---|---|---|---|---|---|---|---|---|\n")
    for t in sorted(rows):
        f.write(rows[t] + "\n")
if failed:
    print("[fuzz-long] crashed: " + " ".join(failed), file=sys.stderr)
    sys.exit(1)
print("[fuzz-long] wrote " + out)
PY
