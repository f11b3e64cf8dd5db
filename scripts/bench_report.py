#!/usr/bin/env python3
"""Write BENCHMARKS.md from one run of scripts/bench.sh.

Usage: bench_report.py RESULTS.jsonl WORK_DIR

Every figure comes from RESULTS.jsonl, which bench.sh fills in one run with
Preflight and the anchors measured back to back on the same machine; the
ratios compare numbers of that run only. A workload whose anchor or Preflight
row is missing says so instead of borrowing a figure from another day.
"""
import json
import os
import platform
import subprocess
import sys
from datetime import datetime, timezone

results_path, work = sys.argv[1], sys.argv[2]
HERE = os.path.dirname(os.path.abspath(__file__))


def load(path):
    out = {}
    if os.path.exists(path):
        for line in open(path):
            line = line.strip()
            if line:
                d = json.loads(line)
                out[d["label"]] = d
    return out


def version(cmd):
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
        text = (p.stdout or p.stderr).strip().splitlines()
        return text[0] if text else "?"
    except Exception:
        return "not installed"


def venv_versions():
    py = os.path.join(work, "venv", "bin", "python")
    code = ("import importlib.metadata as m\n"
            "for n in ['frictionless','lxml','cryptography','pysaml2']:\n"
            "    try: print(n, m.version(n))\n"
            "    except Exception: print(n, '-')\n")
    try:
        p = subprocess.run([py, "-c", code], capture_output=True, text=True, timeout=60)
        return ", ".join(p.stdout.split("\n")[:-1]) if p.returncode == 0 else "-"
    except Exception:
        return "-"


res = load(results_path)

# (preflight label, workload, [(anchor label, anchor description)], goal)
WORKLOADS = [
    ("pf_csv_100k", "User CSV, 100k rows (18.3 MB)", [
        ("csv_frictionless_100k", "Frictionless validate + schema"),
        ("csv_pycsv_100k", "Python csv + same checks"),
        ("csv_papaparse_100k", "Papa Parse, parse only"),
        ("csv_rustcsv_100k", "Rust csv crate, parse only (raw limit)"),
    ], ""),
    ("pf_csv_1m", "User CSV, 1M rows (185.5 MB)", [
        ("csv_frictionless_1m", "Frictionless validate + schema"),
        ("csv_pycsv_1m", "Python csv + same checks"),
        ("csv_papaparse_1m", "Papa Parse, parse only"),
        ("csv_rustcsv_1m", "Rust csv crate, parse only (raw limit)"),
    ], "goal: ≥ 8× Python csv, ≥ 0.6× the raw read"),
    ("pf_md_500", "SAML metadata, 500 entities (5.7 MB)", [
        ("md_lxml_crypto_500", "lxml + cryptography"),
        ("md_pysaml2_500", "pysaml2 MetadataStore.load"),
        ("md_xmllint_500", "xmllint --noout (well-formedness only)"),
        ("md_xmllint_schema_500", "xmllint --noout --schema (schema pass)"),
    ], ""),
    ("pf_md_5000", "SAML metadata, 5,000 entities (56.6 MB)", [
        ("md_lxml_crypto_5000", "lxml + cryptography"),
        ("md_pysaml2_5000", "pysaml2 MetadataStore.load"),
        ("md_xmllint_5000", "xmllint --noout (well-formedness only)"),
        ("md_xmllint_schema_5000", "xmllint --noout --schema (schema pass)"),
    ], "goal: faster than xmllint's well-formedness pass, RSS ≤ 1.5× the file (85 MB)"),
    ("pf_sig_5000", "Signed aggregate, 5,000 entities (56.6 MB), verified with --trust-cert", [
        ("sig_xmlsec1_5000", "xmlsec1 --verify (signature only)"),
        ("pf_sig_5000_one_core", "the same preflight check pinned to one core (taskset)"),
    ], "goal: faster than xmlsec1, RSS ≤ 1.5× the file (85 MB)"),
    ("pf_directory_200k", "Directory set: 200,000 users, 20,000 groups, 1M memberships (4 files)", [
        ("pf_csv_100k_for_directory", "preflight csv-users on users_100k.csv (the throughput to match, MB/s)"),
    ], "goal: at least the user-CSV tool's MB/s; ratio here is wall time, compare the MB/s columns"),
    ("pf_bw_500mb", "Webex app log, 500 MB, full client-log analysis", [
        ("bw_grep_500mb", "grep -c -F -f (the planted signatures' fixed strings)"),
    ], "goal: within 2× of grep (ratio ≥ 0.5)"),
    ("pf_certs_10k", "10,000 PEM certificates (13.7 MB)", [
        ("certs_pycryptography_10k", "Python cryptography (decode only)"),
        ("certs_openssl_storeutl_10k", "openssl storeutl -text"),
    ], "goal: ≥ 4× Python cryptography with the full lint"),
    ("pf_check_1000", "Whole-setup check, 1,000 files in 100 folders", [
        ("pf_check_1000_serial", "the same check, one tool run at a time (PREFLIGHT_JOBS=1)"),
    ], "no peer tool checks a set of files; ratio = speed-up from running the tools on every core"),
]


def fmt(x, unit=""):
    return "–" if x is None else f"{x}{unit}"


lines = []
lines.append("# Benchmarks")
lines.append("")
lines.append("Produced by `bash scripts/bench.sh`: it installs the anchors (`../shared/anchors/setup.sh`), generates")
lines.append("their workloads (`gen_all.sh`) and times every anchor and the native `preflight` CLI (release build)")
lines.append("back to back in the same run with the anchors' own harness (`bench.py`: one page-cache warm-up, then")
lines.append("3 runs under `/usr/bin/time -v`; median wall time and peak RSS of the whole process, JSON output).")
lines.append("Every figure below is from that one run. Ratio = anchor wall time / preflight wall time (above 1 means")
lines.append("preflight is faster).")
lines.append("")
lines.append(f"Run: {datetime.now(timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}, {os.cpu_count()} CPUs, "
             f"{platform.machine()}, {version(['rustc', '--version'])}.")
lines.append(f"Anchors: {venv_versions()}; {version(['xmllint', '--version'])}; {version(['openssl', 'version'])}; {version(['xmlsec1', '--version'])}; "
             f"node {version(['node', '--version'])}.")
lines.append("")
lines.append("| workload | preflight wall s | MB/s | peak RSS MB | exit | compared with (same run) | its wall s | its RSS MB | ratio |")
lines.append("|---|---|---|---|---|---|---|---|---|")
for label, title, comps, goal in WORKLOADS:
    d = res.get(label)
    if not d:
        lines.append(f"| {title} | not run | | | | | | | |")
        continue
    rc = ",".join(sorted({str(r.get("rc")) for r in d["runs"]}))
    first = True
    for alabel, adesc in comps:
        a = res.get(alabel)
        if not a:
            continue
        aw = a.get("median_wall_s")
        ratio = f"{aw / d['median_wall_s']:.1f}×" if aw and d.get("median_wall_s") else "–"
        head = (f"| {title} | {fmt(d.get('median_wall_s'))} | {fmt(d.get('mb_per_s'))} | "
                f"{fmt(d.get('median_maxrss_mb'))} | {rc} |") if first else "| | | | | |"
        lines.append(f"{head} {adesc} | {fmt(aw)} | {fmt(a.get('median_maxrss_mb'))} | {ratio} |")
        first = False
    if first:
        lines.append(f"| {title} | {fmt(d.get('median_wall_s'))} | {fmt(d.get('mb_per_s'))} | "
                     f"{fmt(d.get('median_maxrss_mb'))} | {rc} | (no anchor ran) | | | |")
    if goal:
        lines.append(f"| | | | | | *{goal}* | | | |")

cron = os.path.join(work, "cron_bench.json")
lines.append("")
lines.append("## Quartz CRON: next 1,000 fire times")
lines.append("")
if os.path.exists(cron):
    data = json.load(open(cron))
    croner, croner_version = {}, None
    summ = os.path.join(work, "cron_croner_run.json")
    if os.path.exists(summ):
        try:
            s = json.load(open(summ))
            croner_version = s.get("croner")
            for row in s.get("results", []):
                if row.get("config") == "plain":
                    croner[row.get("expr")] = row.get("median_us_per_expr")
        except Exception:
            pass
    lines.append("From 2026-01-01T00:00:00Z, median of 100 repetitions in one process (`examples/cron_bench.rs`),")
    lines.append(f"next to croner {croner_version or '(did not run)'} in the same run (TZ=UTC, no timezone option).")
    lines.append("")
    lines.append("| expression | fire times | preflight µs / expression | croner µs / expression | ratio |")
    lines.append("|---|---|---|---|---|")
    for row in data.get("results", []):
        c = croner.get(row["expr"])
        ratio = f"{c / row['median_us']:.0f}×" if c and row.get("median_us") else "–"
        lines.append(f"| `{row['expr']}` | {row.get('fires')} | {row.get('median_us')} | {fmt(c)} | {ratio} |")
else:
    lines.append("Not run.")
lines.append("")
# Notes written by hand (where the time goes, browser figures) and the long
# fuzz runs' table (written by scripts/fuzz_long.sh) live in docs/ and are
# appended unchanged; they carry their own dates.
for name in ["benchmarks-notes.md", "benchmarks-browser.md", "fuzz-long-runs.md"]:
    path = os.path.join(HERE, "..", "docs", name)
    if os.path.exists(path):
        lines.append(open(path).read().rstrip())
        lines.append("")
print("\n".join(lines))
