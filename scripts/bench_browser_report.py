#!/usr/bin/env python3
"""Writes docs/benchmarks-browser.md from the browser benchmarks of one run.

    python3 scripts/bench_browser_report.py DIR > docs/benchmarks-browser.md

DIR holds the JSON lines that scripts/bench_browser_*.mjs printed in this
run (saml.jsonl, saml_signed.jsonl, csv.jsonl, directory.jsonl; a missing
file is a workload that did not run). Every figure in the table comes from
those lines: nothing is copied from another day.
"""
import json
import os
import platform
import statistics
import subprocess
import sys
import time

DIR = sys.argv[1]


def rows(name):
    path = os.path.join(DIR, name)
    if not os.path.exists(path):
        return [], []
    page, worker = [], []
    for line in open(path):
        line = line.strip()
        if not line.startswith("{"):
            continue
        r = json.loads(line)
        (worker if "worker_only_run" in r else page).append(r)
    return page, worker


def secs(ms_list):
    return ", ".join(f"{ms / 1000:.2f}" for ms in ms_list) + " s"


def chromium():
    try:
        out = subprocess.run(["chromium", "--version"], capture_output=True, text=True, timeout=20).stdout
        return " ".join(out.split()[:2]) or "Chromium"
    except Exception:
        return "Chromium"


def verdict(ok):
    return "met" if ok else "**not met**"


lines = [
    f"## In the browser ({chromium()}, headless, this machine)",
    "",
    f"Written by `bash scripts/bench.sh` on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
    f"{os.cpu_count()} CPUs, {platform.machine()}, in the same run as the table above, against the "
    "release build in `dist/`. Each row is the runs of the command shown: time from picking the file to "
    "the result on screen, and the longest gap between 10 ms timer ticks on the page meanwhile (a stall "
    "of the main thread).",
    "",
    "| workload | how | result | goal |",
    "|---|---|---|---|",
]

page, worker = rows("saml.jsonl")
if page:
    walls = [r["wall_ms"] for r in page]
    gap = max(r["main_thread_max_gap_ms"] for r in page)
    w = statistics.median(r["worker_total_ms"] for r in worker) if worker else None
    size = page[0]["bytes"] / 1e6
    med = statistics.median(walls) / 1000
    lines.append(
        f"| SAML metadata, {page[0]['entities']:,} entities ({size:.1f} MB) | "
        "`node scripts/bench_browser_saml.mjs metadata_5000.xml 3`: checked in the Web Worker | "
        f"{secs(walls)} ({size / med:.0f} MB/s)"
        + (f"; the worker alone {w / 1000:.2f} s" if w is not None else "")
        + f"; longest main-thread stall {gap} ms | < 1.5 s, no stall over 100 ms: "
        f"{verdict(med < 1.5 and gap <= 100)} |"
    )

page, worker = rows("saml_signed.jsonl")
if page:
    walls = [r["wall_ms"] for r in page]
    gap = max(r["main_thread_max_gap_ms"] for r in page)
    size = page[0]["bytes"] / 1e6
    med = statistics.median(walls) / 1000
    said = sorted({(r.get("verdict") or "").strip() for r in page})
    lines.append(
        f"| Signed aggregate, {page[0]['entities']:,} entities ({size:.1f} MB), verified with the pasted "
        "certificate | `node scripts/bench_browser_saml.mjs metadata_5000_signed.xml 3 idp-rsa.crt`: the "
        "worker verifies as it checks | "
        f"{secs(walls)} ({size / med:.0f} MB/s); verdict shown: “{'; '.join(said)}”; longest stall {gap} ms | "
        f"< 3 s: {verdict(med < 3)} |"
    )

page, _ = rows("csv.jsonl")
if page:
    walls = [r["wall_ms"] for r in page]
    gap = max(r["main_thread_max_gap_ms"] for r in page)
    size = page[0]["bytes"] / 1e6
    rate = statistics.median(r["mb_per_s"] for r in page)
    heap = max((r.get("js_heap_mb") or 0) for r in page)
    lines.append(
        f"| User CSV, {page[0]['rows']} rows ({size:.1f} MB) | "
        "`node scripts/bench_browser_csv.mjs users_1m.csv 3`: validated in the Web Worker | "
        f"{secs(walls)} ({rate:.0f} MB/s); longest stall {gap} ms; page JS heap ≤ {heap:.0f} MB | "
        f"≥ 100 MB/s: {verdict(rate >= 100)} |"
    )

page, _ = rows("directory.jsonl")
if page:
    walls = [r["wall_ms"] for r in page]
    gap = max(r["main_thread_max_gap_ms"] for r in page)
    size = page[0]["bytes"] / 1e6
    rate = statistics.median(r["mb_per_s"] for r in page)
    lines.append(
        f"| Directory set, {page[0]['users']} users in 4 files ({size:.1f} MB) | "
        "`node scripts/bench_browser_directory.mjs directory_200k/*.csv 3`: checked in the Web Worker "
        f"with a progress bar | {secs(walls)} ({rate:.0f} MB/s); longest stall {gap} ms | "
        f"no stall over 200 ms: {verdict(gap <= 200)} |"
    )

if len(lines) == 7:
    lines.append("| – | not run | – | – |")
print("\n".join(lines))
