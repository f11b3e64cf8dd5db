#!/usr/bin/env python3
"""Write BENCHMARKS.md: preflight's results next to the anchors' (RESULTS.md).

Usage: bench_report.py PREFLIGHT_RESULTS.jsonl ANCHORS_DIR WORK_DIR
"""
import json
import os
import platform
import subprocess
import sys
from datetime import datetime, timezone

pf_path, anchors, work = sys.argv[1], sys.argv[2], sys.argv[3]


def load(path):
    out = {}
    if os.path.exists(path):
        for line in open(path):
            d = json.loads(line)
            out[d["label"]] = d
    return out


pf = load(pf_path)
anchor = load(os.path.join(anchors, "results", "results.jsonl"))

# (preflight label, workload, [(anchor label, anchor description)])
WORKLOADS = [
    ("pf_csv_100k", "User CSV, 100k rows (18.3 MB)", [
        ("csv_frictionless_100k", "Frictionless validate + schema"),
        ("csv_pycsv_100k", "Python csv + same checks"),
        ("csv_rustcsv_100k", "Rust csv crate, parse only (raw limit)"),
    ]),
    ("pf_csv_1m", "User CSV, 1M rows (185.5 MB)", [
        ("csv_frictionless_1m", "Frictionless validate + schema"),
        ("csv_pycsv_1m", "Python csv + same checks"),
        ("csv_papaparse_1m", "Papa Parse, parse only"),
        ("csv_rustcsv_1m", "Rust csv crate, parse only (raw limit)"),
    ]),
    ("pf_md_500", "SAML metadata, 500 entities (5.7 MB)", [
        ("md_lxml_crypto_500", "lxml + cryptography"),
        ("md_pysaml2_500", "pysaml2 MetadataStore.load"),
        ("md_xmllint_500", "xmllint --noout (well-formedness only)"),
    ]),
    ("pf_md_5000", "SAML metadata, 5,000 entities (56.6 MB)", [
        ("md_lxml_crypto_5000", "lxml + cryptography"),
        ("md_pysaml2_5000", "pysaml2 MetadataStore.load"),
        ("md_xmllint_5000", "xmllint --noout (well-formedness only)"),
    ]),
    ("pf_certs_10k", "10,000 PEM certificates (13.7 MB)", [
        ("certs_pycryptography_10k", "Python cryptography"),
        ("certs_openssl_storeutl_10k", "openssl storeutl -text"),
    ]),
]


def fmt(x, unit=""):
    return "–" if x is None else f"{x}{unit}"


lines = []
lines.append("# Benchmarks")
lines.append("")
lines.append("Produced by `bash scripts/bench.sh`, which runs the anchor workloads of `../shared/anchors` through")
lines.append("the native `preflight` CLI (release build) with the anchors' own harness: one page-cache warm-up, then")
lines.append("3 runs under `/usr/bin/time -v`; the table shows the median wall time and peak RSS. The anchor figures")
lines.append("are the ones measured on this machine kind (`../shared/anchors/RESULTS.md`). Ratio = anchor wall time /")
lines.append("preflight wall time (above 1 means preflight is faster).")
lines.append("")
lines.append(f"Run: {datetime.now(timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}, {os.cpu_count()} CPUs, {platform.machine()}, "
             + subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout.strip())
lines.append("")
lines.append("| workload | preflight wall s | MB/s | peak RSS MB | exit | compared with | its wall s | ratio |")
lines.append("|---|---|---|---|---|---|---|---|")
for label, title, comps in WORKLOADS:
    d = pf.get(label)
    if not d:
        lines.append(f"| {title} | not run (tool not available yet) | | | | | | |")
        continue
    rc = ",".join(sorted({str(r.get("rc")) for r in d["runs"]}))
    first = True
    for alabel, adesc in comps:
        a = anchor.get(alabel)
        aw = a.get("median_wall_s") if a else None
        ratio = f"{aw / d['median_wall_s']:.1f}×" if aw and d.get("median_wall_s") else "–"
        if first:
            lines.append(f"| {title} | {fmt(d.get('median_wall_s'))} | {fmt(d.get('mb_per_s'))} | "
                         f"{fmt(d.get('median_maxrss_mb'))} | {rc} | {adesc} | {fmt(aw)} | {ratio} |")
            first = False
        else:
            lines.append(f"| | | | | | {adesc} | {fmt(aw)} | {ratio} |")

cron = os.path.join(work, "cron_bench.json")
lines.append("")
lines.append("## Quartz CRON: next 1,000 fire times")
lines.append("")
if os.path.exists(cron):
    data = json.load(open(cron))
    croner = {}
    summ = os.path.join(anchors, "results", "cron_croner_summary.json")
    if os.path.exists(summ):
        try:
            s = json.load(open(summ))
            for row in s.get("results", []):
                if row.get("config") == "plain":
                    croner[row.get("expr")] = row.get("median_us_per_expr")
        except Exception:
            pass
    lines.append("From 2026-01-01T00:00:00Z, median of 100 repetitions in one process (`examples/cron_bench.rs`).")
    lines.append("croner 11.0.1 figures from RESULTS.md section 4 (TZ=UTC, no timezone option).")
    lines.append("")
    lines.append("| expression | fire times | preflight µs / expression | croner µs / expression | ratio |")
    lines.append("|---|---|---|---|---|")
    for row in data.get("results", []):
        c = croner.get(row["expr"])
        ratio = f"{c / row['median_us']:.0f}×" if c and row.get("median_us") else "–"
        lines.append(f"| `{row['expr']}` | {row.get('fires')} | {row.get('median_us')} | {fmt(c)} | {ratio} |")
else:
    lines.append("Not run (the CRON tool is not available yet).")
lines.append("")
# Browser figures are measured separately (see the file) and kept beside the native ones.
browser = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "benchmarks-browser.md")
if os.path.exists(browser):
    lines.append(open(browser).read().rstrip())
    lines.append("")
print("\n".join(lines))
