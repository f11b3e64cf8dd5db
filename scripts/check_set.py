#!/usr/bin/env python3
"""Write the whole-setup benchmark's folder: about 1,000 mixed files.

Usage: check_set.py FIXTURES_DIR OUT_DIR [FILES]

Copies the kits and variants of tests/fixtures/check (SAML metadata and
responses, certificates, user CSVs, directory files, schedules, unknown
files) into kit_000, kit_001, ... until the folder holds FILES files
(default 1000), as a configuration repository with one folder per tenant.
"""
import os
import shutil
import sys

src, out = sys.argv[1], sys.argv[2]
want = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
sources = [os.path.join(src, "kits", k) for k in ("adfs", "okta", "entra")]
sources += sorted(os.path.join(src, "variants", v) for v in os.listdir(os.path.join(src, "variants")))
shutil.rmtree(out, ignore_errors=True)
os.makedirs(out)
count, i = 0, 0
while count < want:
    source = sources[i % len(sources)]
    names = sorted(os.listdir(source))[: want - count]
    dest = os.path.join(out, f"kit_{i:03d}")
    os.makedirs(dest)
    for name in names:
        shutil.copyfile(os.path.join(source, name), os.path.join(dest, name))
    count += len(names)
    i += 1
print(f"{count} files in {i} folders under {out}")
