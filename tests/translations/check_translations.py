#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when translations/lifeboat_ko.ts is not complete for the sources.

Runs lupdate over the sources into a temporary copy of the .ts, so nobody has
to remember to: a source string missing from the committed file, an entry
still unfinished or empty, or an entry whose source text is gone all fail.
"""
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


def main():
    cmake, generator, project_in, lupdate, committed = sys.argv[1:6]
    with tempfile.TemporaryDirectory() as tmp:
        project = f"{tmp}/project.json"
        subprocess.run([cmake, f"-DIN_FILE={project_in}", f"-DOUT_FILE={project}", "-P", generator],
                       check=True)
        fresh = f"{tmp}/lifeboat_ko.ts"
        shutil.copy(committed, fresh)
        subprocess.run([lupdate, "-project", project, "-no-obsolete", "-locations", "none",
                        "-silent", "-ts", fresh], check=True)
        now, before = entries(fresh), entries(committed)
    problems = []
    for key in sorted(set(now) - set(before)):
        problems.append("not in lifeboat_ko.ts: %s %r" % key)
    for key in sorted(set(before) - set(now)):
        problems.append("obsolete in lifeboat_ko.ts (no longer in the sources): %s %r" % key)
    for key, (kind, texts) in sorted(before.items()):
        if kind in ("unfinished", "vanished", "obsolete") or not all(t.strip() for t in texts):
            problems.append("unfinished Korean translation: %s %r" % key)
    for p in problems:
        print(p)
    print("%d entries, %d problems" % (len(before), len(problems)))
    return 1 if problems else 0


sys.exit(main())
