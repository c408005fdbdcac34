#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes tar archives that would write outside their folder if extracted
naively, one kind of attack each, plus a good one, into the current folder.
Named like the runbooks' asset archives so Lifeboat sees them as backups.

Each archive is written by Python's tarfile, as the runbooks' backup.py
writes its archives, so these are real archives, not hand-made bytes.
"""
import io
import sys
import tarfile


def add_file(tar, name, data=b"data\n"):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    tar.addfile(info, io.BytesIO(data))


def add(tar, name, kind, target=""):
    info = tarfile.TarInfo(name)
    info.type = kind
    info.linkname = target
    tar.addfile(info)


CASES = {
    "good": lambda t: (add(t, "assets", tarfile.DIRTYPE), add_file(t, "assets/a.txt"),
                       add(t, "assets/link", tarfile.SYMTYPE, "a.txt")),
    "dotdot": lambda t: add_file(t, "assets/../../evil.txt"),
    "absolute": lambda t: add_file(t, "/tmp/lifeboat-evil.txt"),
    "symlink-out": lambda t: add(t, "assets/out", tarfile.SYMTYPE, "../../../etc"),
    "symlink-absolute": lambda t: add(t, "assets/abs", tarfile.SYMTYPE, "/etc/passwd"),
    "through-link": lambda t: (add(t, "assets/dir", tarfile.SYMTYPE, "."),
                               add(t, "assets/escape", tarfile.SYMTYPE, "dir/../.."),
                               add_file(t, "assets/escape/evil.txt")),
    "link-to-link": lambda t: (add(t, "assets/l1", tarfile.SYMTYPE, "l2"),
                               add(t, "assets/l2", tarfile.SYMTYPE, "../../outside")),
    "hardlink-out": lambda t: add(t, "assets/hard", tarfile.LNKTYPE, "../../etc/passwd"),
    "device": lambda t: add(t, "assets/null", tarfile.CHRTYPE),
    "fifo": lambda t: add(t, "assets/pipe", tarfile.FIFOTYPE),
    # Lexically inside, but "assets/" is stripped on extraction: then ".." is out.
    "link-to-top": lambda t: (add(t, "assets", tarfile.DIRTYPE), add(t, "assets/l", tarfile.SYMTYPE, ".."),
                              add(t, "assets/l", tarfile.DIRTYPE)),
    "duplicate": lambda t: (add_file(t, "assets/a.txt", b"one\n"),
                            add_file(t, "assets/a.txt", b"two\n")),
}

for number, (case, build) in enumerate(CASES.items()):
    name = "%s_20260101_%06d.tar.gz" % (case, number)
    with tarfile.open(name, "w:gz", format=tarfile.GNU_FORMAT) as tar:
        build(tar)
    print(name)
sys.exit(0)
