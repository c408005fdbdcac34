#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a translation in translations/ is not complete for the sources.

Runs lupdate over the sources into a temporary copy of each .ts, so nobody
has to remember to: a source string missing from the committed file, an entry
still unfinished or empty, or an entry whose source text is gone all fail.
lifeboat_en.ts holds only English's plural forms ("1 backup", "2 backups"):
it is checked against the strings that count something.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def entries(path):
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            translation = message.find("translation")
            texts = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            found[(name, message.find("source").text)] = (translation.get("type"), texts)
    return found


def check(cmake, generator, project_in, lupdate, committed):
    name = os.path.basename(committed)
    plurals_only = name.endswith("_en.ts")
    with tempfile.TemporaryDirectory() as tmp:
        project = f"{tmp}/project.json"
        subprocess.run([cmake, f"-DIN_FILE={project_in}", f"-DOUT_FILE={project}", "-P", generator],
                       check=True)
        fresh = f"{tmp}/{name}"
        shutil.copy(committed, fresh)
        subprocess.run([lupdate, "-project", project, "-no-obsolete", "-locations", "none", "-silent"]
                       + (["-pluralonly"] if plurals_only else []) + ["-ts", fresh], check=True)
        now, before = entries(fresh), entries(committed)
    problems = []
    for key in sorted(set(now) - set(before)):
        problems.append(f"not in {name}: %s %r" % key)
    for key in sorted(set(before) - set(now)):
        problems.append(f"obsolete in {name} (no longer in the sources): %s %r" % key)
    for key, (kind, texts) in sorted(before.items()):
        if kind in ("unfinished", "vanished", "obsolete") or not all(t.strip() for t in texts):
            problems.append(f"unfinished translation in {name}: %s %r" % key)
        elif plurals_only and len(texts) != 2:
            problems.append(f"not a singular and a plural in {name}: %s %r" % key)
    print("%s: %d entries, %d problems" % (name, len(before), len(problems)))
    return problems


def main():
    cmake, generator, project_in, lupdate = sys.argv[1:5]
    problems = []
    for committed in sys.argv[5:]:
        problems += check(cmake, generator, project_in, lupdate, committed)
    for p in problems:
        print(p)
    return 1 if problems else 0


sys.exit(main())
