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

class Runs:
    """The page runs of one workload: wall times, the longest stall, size and rate."""

    def __init__(self, page):
        self.first = page[0]
        self.walls = [r["wall_ms"] for r in page]
        self.gap = max(r["main_thread_max_gap_ms"] for r in page)
        self.mb = page[0]["bytes"] / 1e6
        self.median_s = statistics.median(self.walls) / 1000
        self.rate = self.mb / self.median_s

    def result(self):
        return f"{secs(self.walls)} ({self.rate:.0f} MB/s)"


page, worker = rows("saml.jsonl")
if page:
    r = Runs(page)
    w = statistics.median(x["worker_total_ms"] for x in worker) if worker else None
    lines.append(
        f"| SAML metadata, {r.first['entities']:,} entities ({r.mb:.1f} MB) | "
        "`node scripts/bench_browser_saml.mjs metadata_5000.xml 3`: checked in the Web Worker | "
        + r.result()
        + (f"; the worker alone {w / 1000:.2f} s" if w is not None else "")
        + f"; longest main-thread stall {r.gap} ms | < 1.5 s, no stall over 100 ms: "
        f"{verdict(r.median_s < 1.5 and r.gap <= 100)} |"
    )

page, _ = rows("saml_signed.jsonl")
if page:
    r = Runs(page)
    said = sorted({(x.get("verdict") or "").strip() for x in page})
    lines.append(
        f"| Signed aggregate, {r.first['entities']:,} entities ({r.mb:.1f} MB), verified with the pasted "
        "certificate | `node scripts/bench_browser_saml.mjs metadata_5000_signed.xml 3 idp-rsa.crt`: one "
        "worker reads and checks, a second verifies the signature | "
        f"{r.result()}; verdict shown: “{'; '.join(said)}”; longest stall {r.gap} ms | "
        f"< 3 s: {verdict(r.median_s < 3)} |"
    )

page, _ = rows("csv.jsonl")
if page:
    r = Runs(page)
    heap = max((x.get("js_heap_mb") or 0) for x in page)
    lines.append(
        f"| User CSV, {r.first['rows']} rows ({r.mb:.1f} MB) | "
        "`node scripts/bench_browser_csv.mjs users_1m.csv 3`: validated in the Web Worker | "
        f"{r.result()}; longest stall {r.gap} ms; page JS heap ≤ {heap:.0f} MB | "
        f"≥ 100 MB/s: {verdict(r.rate >= 100)} |"
    )

page, _ = rows("directory.jsonl")
if page:
    r = Runs(page)
    lines.append(
        f"| Directory set, {r.first['users']:,} users in 4 files ({r.mb:.1f} MB) | "
        "`node scripts/bench_browser_directory.mjs 3 directory_200k/*.csv`: checked in the Web Worker "
        f"with a progress bar | {r.result()}; longest stall {r.gap} ms | "
        f"no stall over 200 ms: {verdict(r.gap <= 200)} |"
    )

if not lines[-1].startswith("| ") or lines[-1].startswith("|---"):
    lines.append("| – | not run | – | – |")

# What a page downloads (scripts/size.mjs, this run's build) and how soon
# it is usable (scripts/bench_browser_tti.mjs).
size_md = os.path.join(DIR, "size.md")
if os.path.exists(size_md):
    lines += [
        "",
        "### Download size (brotli, quality 11)",
        "",
        "Budgets from the embedding issue; `node scripts/size.mjs dist --check` enforces them after "
        "every build (a piece not yet within budget may not grow past its recorded ceiling). "
        "Where the bytes go: `docs/download-size.md`.",
        "",
        open(size_md).read().rstrip(),
    ]
tti = []
tti_path = os.path.join(DIR, "tti.jsonl")
if os.path.exists(tti_path):
    tti = [json.loads(l) for l in open(tti_path) if l.startswith("{")]
if tti:
    lines += [
        "",
        "### Time to interactive (cold, headless Chromium, loopback server)",
        "",
        "`node scripts/bench_browser_tti.mjs 5`: a fresh profile per run. Home page: navigation "
        "start until the navigation is drawn and no long task is left; a widget alone on a host "
        "page: navigation start until its first `preflight-result`.",
        "",
        "| Page | Median | Runs | Bytes fetched (uncompressed) |",
        "|---|---:|---|---:|",
    ]
    for tool in dict.fromkeys(r["tool"] for r in tti):
        rs = [r for r in tti if r["tool"] == tool]
        ms = [r["interactive_ms"] for r in rs]
        name = "app home page" if tool == "home" else f"`<preflight-{tool}>` widget"
        lines.append(
            f"| {name} | {statistics.median(ms):.0f} ms | {', '.join(str(m) for m in ms)} ms | "
            f"{rs[0]['bytes'] / 1024:.0f} KB |"
        )
print("\n".join(lines))
