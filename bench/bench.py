#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Lifeboat against the plain tools a user would otherwise run, side by side.

    scripts/dev.sh bench [--quick] [--pairs N] [--only NAME] [--scratch DIR] [--markdown FILE]
                          [--baseline-tools host|root]

The baselines are the host's own tools (sqlite3, sha256sum, tar), also
when scripts/dev.sh builds and runs Lifeboat in its Debian 13 root: they
are what a user at this machine would type. Generates its data once,
deterministically, in a cache folder
($LIFEBOAT_BENCH_CACHE, default ~/.cache/lifeboat/bench): a 1 GiB SQLite
database in WAL mode, a 100 MiB one, an asset folder of about 10,000 files
and 600 MiB, and a folder of 2,000 small backup sets. Each comparison runs as
alternating pairs (Lifeboat, baseline, Lifeboat, baseline ...) after a
warm-up, with its inputs read into the page cache before every run, and
reports the median of each side and the median of the pairwise ratios:
absolute times drift on a shared machine, the ratios are the result. The
peak memory (maximum resident set) of every Lifeboat run is measured too, and
so are the machine's limits that bound the runs: how fast it hashes and how
fast its disk takes new data. Not part of the test suite.
"""
import argparse
import hashlib
import json
import os
import platform
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MiB = 1 << 20
PEAK = shutil.which("lifeboat-bench-peak")


def log(*args):
    print(*args, file=sys.stderr, flush=True)


# --- data -------------------------------------------------------------------

# What the generator below makes; data made by an earlier one is made anew.
DATABASE_KIND = "application-2"


def database_kind(path):
    try:
        with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as db:
            return db.execute("SELECT value FROM meta WHERE key = 'bench_data'").fetchone()[0]
    except (sqlite3.Error, TypeError):
        return None


def make_database(path, size_bytes, seed):
    """An application's database in WAL mode: users, their documents and the
    events on them, some documents with an attachment; mixed row sizes, and an
    index on every column the application looks rows up by. Users keep coming,
    and most documents and events belong to recent ones.

    On a machine of the issue's kind, Debian 12's sqlite3 takes comparable
    times for `PRAGMA integrity_check` of the 1 GiB database and for
    `.backup` of it (2.3 to 2.8 s and 1.6 to 1.8 s), as in the issue's own
    figures (2.1 s and 2.5 s)."""
    if (path.exists() and path.stat().st_size >= size_bytes * 0.95
            and database_kind(path) == DATABASE_KIND):
        return
    log(f"generating {path.name} ({size_bytes // MiB} MiB)…")
    tmp = path.with_suffix(".partial")
    for p in (path, tmp, Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
        p.unlink(missing_ok=True)
    rng = random.Random(seed)
    db = sqlite3.connect(tmp)
    db.executescript(f"""
        PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
        INSERT INTO meta VALUES('schema_version', '4.2.0'), ('bench_data', '{DATABASE_KIND}');
        CREATE TABLE users(id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT, created_at TEXT);
        CREATE TABLE documents(id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, title TEXT, body TEXT,
                               created_at TEXT, updated_at TEXT);
        CREATE TABLE attachments(id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL, name TEXT,
                                 data BLOB);
        CREATE TABLE events(id INTEGER PRIMARY KEY, user_id INTEGER, kind TEXT, at TEXT, payload TEXT);
        CREATE INDEX users_created ON users(created_at);
        CREATE INDEX documents_user ON documents(user_id, created_at);
        CREATE INDEX documents_title ON documents(title);
        CREATE INDEX attachments_document ON attachments(document_id);
        CREATE INDEX events_kind ON events(kind, at);
        CREATE INDEX events_user ON events(user_id, at);
    """)
    words = [("".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 9))))
             for _ in range(2000)]
    kinds = ("view", "edit", "login", "share", "comment", "export")
    written = 0
    n = 0
    while written < size_bytes:
        db.execute("BEGIN")
        for _ in range(2000):
            n += 1
            at = f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}T{n % 24:02d}:{n % 60:02d}:{n * 7 % 60:02d}"
            db.execute("INSERT INTO users VALUES(?, ?, ?, ?)", (n, f"user{n}@example.com", rng.choice(words), at))
            body = " ".join(rng.choice(words) for _ in range(rng.randint(10, 200)))
            db.execute("INSERT INTO documents(user_id, title, body, created_at, updated_at) "
                       "VALUES(?, ?, ?, ?, ?)",
                       (max(1, n - rng.randint(0, 1000)), f"{rng.choice(words)} {rng.choice(words)}",
                        body, at, at))
            written += len(body) + 200
            for _ in range(2):
                db.execute("INSERT INTO events(user_id, kind, at, payload) VALUES(?, ?, ?, ?)",
                           (max(1, n - rng.randint(0, 1000)), rng.choice(kinds), at,
                            json.dumps({"n": n, "w": rng.choice(words)})))
                written += 110
            if n % 8 == 0:
                blob = rng.randbytes(rng.randint(2000, 60000))
                db.execute("INSERT INTO attachments(document_id, name, data) VALUES(?, ?, ?)",
                           (n, f"{rng.choice(words)}.png", blob))
                written += len(blob)
        db.execute("COMMIT")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    for suffix in ("-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    tmp.rename(path)


def make_assets(root, scale, seed):
    """Many small text files, many medium ones, a hundred incompressible ones."""
    marker = root / ".complete"
    if marker.exists():
        return
    log(f"generating {root.name}…")
    shutil.rmtree(root, ignore_errors=True)
    rng = random.Random(seed)
    words = ["lorem", "ipsum", "dolor", "sit", "amet", "backup", "restore", "asset", "frame", "이미지"]
    small, medium, large = int(7000 * scale), int(2900 * scale), max(1, int(100 * scale))
    for i in range(small):
        d = root / "text" / f"{i % 50:02d}"
        d.mkdir(parents=True, exist_ok=True)
        n = rng.randint(200, 3000)
        (d / f"note-{i}.md").write_text(" ".join(rng.choice(words) for _ in range(n)))
    for i in range(medium):
        d = root / "media" / f"{i % 40:02d}"
        d.mkdir(parents=True, exist_ok=True)
        # Half-compressible, like images with metadata.
        chunk = rng.randbytes(rng.randint(40_000, 100_000))
        (d / f"frame-{i}.bin").write_bytes(chunk + bytes(len(chunk)))
    for i in range(large):
        d = root / "video"
        d.mkdir(parents=True, exist_ok=True)
        (d / f"clip-{i}.mp4").write_bytes(rng.randbytes(rng.randint(2, 4) * MiB))
    marker.write_text("")


def make_sets(root, count, cli):
    """count small backup sets, as a year or more of nightly backups leaves them."""
    marker = root / ".complete"
    if marker.exists():
        return
    log(f"generating {count} backup sets…")
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    seed_dir = root.parent / "sets-seed"
    shutil.rmtree(seed_dir, ignore_errors=True)
    seed_dir.mkdir()
    db = seed_dir / "app.db"
    con = sqlite3.connect(db)
    con.executescript("CREATE TABLE t(x); INSERT INTO t VALUES (1), (2), (3);"
                      "CREATE TABLE meta(key, value); INSERT INTO meta VALUES('schema_version', '1.0.0');")
    con.close()
    out = json.loads(subprocess.run([cli, "backup", "--db", str(db), "--out", str(seed_dir / "out"),
                                     "--json"], check=True, capture_output=True).stdout)
    template = Path(out["set"])
    manifest = json.loads((template / "manifest.json").read_text())
    for i in range(count):
        ts = time.strftime("%Y%m%d_%H%M%S", time.gmtime(1_700_000_000 + i * 86400))
        target = root / f"app-{ts}"
        shutil.copytree(template, target)
        manifest["timestamp_utc"] = ts
        manifest["created_at"] = time.strftime("%Y-%m-%dT%H:%M:%S+00:00",
                                               time.gmtime(1_700_000_000 + i * 86400))
        (target / "manifest.json").write_text(json.dumps(manifest, indent=4))
    shutil.rmtree(seed_dir)
    marker.write_text("")


# --- measuring -------------------------------------------------------------

# The plain tools are the ones a user at this machine would type: the host's.
# When scripts/dev.sh runs Lifeboat inside its Debian 13 root, it names one of
# its own processes outside the root (LIFEBOAT_BENCH_HOST_PID), and each
# baseline runs in that process's filesystem through nsenter. The root's tools
# are not the host's: Debian 13's sha256sum hashes through OpenSSL, Debian
# 12's several times slower. --baseline-tools root runs them in the root.
HOST_PID = os.environ.get("LIFEBOAT_BENCH_HOST_PID")


def on_host(argv):
    """argv run with the host's filesystem as its root, where the baselines run."""
    return ["nsenter", f"--target={HOST_PID}", "--mount", "--root", "--", *argv]


def as_is(argv):
    """argv run where this script runs."""
    return argv


def tools_described(enter):
    """The system and the versions of the plain tools the baselines use."""
    def first_line(*argv):
        done = subprocess.run(enter(list(argv)), capture_output=True, text=True)
        return done.stdout.splitlines()[0] if done.returncode == 0 and done.stdout else ""

    def version(tool):
        found = re.search(r"\d+(\.\d+)+", first_line(tool, "--version"))
        return f"{tool} {found.group() if found else 'not found'}"
    release = first_line("sh", "-c", ". /etc/os-release && echo \"$PRETTY_NAME\"")
    return f"{release}: " + ", ".join(version(t) for t in ("sha256sum", "sqlite3", "tar", "zstd", "gzip"))


def run(command, shell=False, enter=as_is):
    """Runs a command; returns (seconds, peak RSS in bytes).

    Through lifeboat-bench-peak, for both sides alike: a process's peak
    resident set includes that of the address space it was spawned from, so a
    command started from this Python process would be charged with its memory.
    enter wraps the command, to run it with the host's tools.
    """
    argv = enter(["sh", "-c", command] if shell else list(command))
    with tempfile.NamedTemporaryFile(prefix="lifeboat-peak-") as peak:
        start = time.perf_counter()
        done = subprocess.run([PEAK, peak.name, *argv], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        elapsed = time.perf_counter() - start
        if done.returncode != 0:
            raise RuntimeError(f"{command} failed ({done.returncode}): {done.stderr.decode(errors='replace')}")
        return elapsed, int(Path(peak.name).read_text())


def warm(paths):
    """Reads every file under paths, so that both sides start from the page cache.

    Some virtual machines (this one, with DAMON's pageout scheme) drop page
    cache that has been idle for a few seconds; without this, whichever side
    ran first after such an eviction would pay for reading from the disk.
    """
    for path in paths:
        files = [path] if path.is_file() else [Path(d) / f for d, _, fs in os.walk(path) for f in fs]
        for f in files:
            with open(f, "rb", buffering=0) as stream:
                while stream.read(MiB):
                    pass


def settle(prepare, inputs):
    """Untimed, before each run: its preparation, a sync, then the inputs read.

    The plain tools never wait for the disk; what they write is still being
    written back when the next command starts. Without the sync, Lifeboat's
    fsync would queue behind the baseline's leftover writeback and pay for it.
    """
    if prepare:
        prepare()
    os.sync()
    warm(inputs)


def filesystem(path):
    """Path with the type and options of the filesystem it is on."""
    path = Path(path).resolve()
    mounts = [line.split()[1:4] for line in Path("/proc/mounts").read_text().splitlines()]
    on = [(point, kind, options) for point, kind, options in mounts if path.is_relative_to(point)]
    if not on:
        return str(path)
    point, kind, options = max(on, key=lambda m: len(m[0]))
    return f"{path} ({kind}, {options})"


def machine_limits(database, scratch, written=1024 * MiB, enter=as_is):
    """What bounds the runs on this machine, measured beside them.

    The hash of a file: the baselines' sha256sum against OpenSSL (through
    Python's hashlib; Lifeboat reaches OpenSSL's speed through QCA), both
    from the page cache. The disk: 1 GiB (128 MiB with --quick) of
    incompressible data written to a new file and fsynced, three times, each
    file kept until the last so that every write goes to blocks the
    filesystem has not just freed. A backup
    must wait for its data to reach the disk; the plain tools do not.
    """
    size = database.stat().st_size
    warm([database])
    start = time.perf_counter()
    subprocess.run(enter(["sha256sum", str(database)]), check=True, capture_output=True)
    sha256sum_rate = size / (time.perf_counter() - start)
    start = time.perf_counter()
    digest = hashlib.sha256()
    with open(database, "rb", buffering=0) as stream:
        while chunk := stream.read(4 * MiB):
            digest.update(chunk)
    openssl_rate = size / (time.perf_counter() - start)

    block = random.Random(1).randbytes(16 * MiB)
    rates = []
    try:
        for i in range(3):
            os.sync()
            start = time.perf_counter()
            with open(scratch / f"disk-{i}", "wb", buffering=0) as stream:
                for j in range(written // len(block)):
                    stream.write(block[j:] + block[:j])  # no two chunks alike
                os.fsync(stream.fileno())
            rates.append(written // len(block) * len(block) / (time.perf_counter() - start))
    finally:
        for i in range(3):
            (scratch / f"disk-{i}").unlink(missing_ok=True)
    GB = 1e9
    return (f"SHA-256 of a file in the page cache: sha256sum {sha256sum_rate / GB:.2f} GB/s, "
            f"OpenSSL {openssl_rate / GB:.2f} GB/s; new data written and fsynced: "
            f"{statistics.median(rates) / GB:.2f} GB/s (median of three {written // MiB} MiB files, "
            f"{min(rates) / GB:.2f} to {max(rates) / GB:.2f})")


def compare(name, lifeboat, baseline, target, pairs, prepare=None, inputs=(), enter=as_is):
    """Alternating pairs after a warm-up; medians and the median of pairwise ratios."""
    lb_times, base_times, ratios, peaks = [], [], [], []
    for i in range(pairs + 1):
        settle(prepare, inputs)
        t_lb, rss = run(lifeboat, shell=isinstance(lifeboat, str))
        settle(prepare, inputs)
        t_base, _ = run(baseline, shell=isinstance(baseline, str), enter=enter)
        log(f"    {'warm-up' if i == 0 else f'pair {i}'}: {t_lb:.3f}s vs {t_base:.3f}s")
        if i == 0:
            continue  # warm-up: fills the page cache
        lb_times.append(t_lb)
        base_times.append(t_base)
        ratios.append(t_lb / t_base)
        peaks.append(rss)
    row = {
        "operation": name,
        "lifeboat_s": statistics.median(lb_times),
        "baseline_s": statistics.median(base_times),
        "ratio": statistics.median(ratios),
        "target": target,
        "peak_rss": max(peaks),
    }
    row["met"] = row["ratio"] <= target
    log(f"  {name}: {row['lifeboat_s']:.3f}s vs {row['baseline_s']:.3f}s, ratio {row['ratio']:.3f} "
        f"(pairs {min(ratios):.3f} to {max(ratios):.3f})")
    return row


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller data for a fast look")
    parser.add_argument("--pairs", type=int, default=5, help="measured pairs per comparison (default 5)")
    parser.add_argument("--only", help="run only the comparisons whose name contains this")
    parser.add_argument("--markdown", help="also write the table and the machine to this file")
    parser.add_argument("--baseline-tools", choices=("host", "root"), default="host",
                        help="whose plain tools the baselines run: the host's (default), or, where "
                             "scripts/dev.sh works in its Debian 13 root, the root's")
    parser.add_argument("--scratch", help="the folder every run writes into (default: one in the cache "
                                          "folder); a tmpfs such as /dev/shm takes the disk out of the "
                                          "comparison")
    args = parser.parse_args()

    cli = shutil.which("lifeboat-cli")
    if not cli or not PEAK:
        sys.exit("lifeboat-cli and lifeboat-bench-peak are not on PATH: run this through scripts/dev.sh bench")
    cache = Path(os.environ.get("LIFEBOAT_BENCH_CACHE",
                                Path.home() / ".cache" / "lifeboat" / "bench"))
    cache.mkdir(parents=True, exist_ok=True)
    big = cache / ("db100m.db" if args.quick else "db1g.db")
    make_database(cache / "db100m.db", 100 * MiB, seed=100)
    if not args.quick:
        make_database(big, 1024 * MiB, seed=1024)
    assets = cache / ("assets-small" if args.quick else "assets")
    make_assets(assets, 0.1 if args.quick else 1.0, seed=7)
    sets = cache / ("sets-200" if args.quick else "sets-2000")
    make_sets(sets, 200 if args.quick else 2000, cli)

    scratch = Path(args.scratch) / "lifeboat-bench" if args.scratch else cache / "scratch"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    out = scratch / "out"

    def clean():
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir()

    # One set of the big database to verify, made by Lifeboat.
    clean()
    made = json.loads(subprocess.run([cli, "backup", "--db", str(big), "--out", str(scratch / "set"),
                                      "--json"], check=True, capture_output=True).stdout)
    the_set = made["set"]
    copy = Path(the_set) / big.name

    db_label = "100 MiB" if args.quick else "1 GiB"
    live = scratch / "restore" / "app.db"

    def fresh_target():
        # A live database to restore over, and no snapshots from earlier runs.
        shutil.rmtree(live.parent, ignore_errors=True)
        live.parent.mkdir(parents=True)
        shutil.copyfile(big, live)

    comparisons = [
        (f"back up the {db_label} database", [cli, "backup", "--db", str(big), "--out", str(out)],
         ["sqlite3", str(big), f".backup {out}/plain.db"], 1.3, clean, [big]),
        (f"back up the {db_label} database (baseline with sha256sum)",
         [cli, "backup", "--db", str(big), "--out", str(out)],
         f"sqlite3 '{big}' '.backup {out}/plain.db' && sha256sum '{out}/plain.db'", 0.45, clean, [big]),
        (f"verify that set (hash and full integrity_check)", [cli, "verify", the_set],
         f"cd '{the_set}' && sha256sum -c checksums.txt && sqlite3 '{copy}' 'PRAGMA integrity_check'",
         0.45, None, [Path(the_set)]),
        (f"verify that set (baseline integrity_check alone)", [cli, "verify", the_set],
         ["sqlite3", str(copy), "PRAGMA integrity_check"], 1.25, None, [Path(the_set)]),
        (f"restore the {db_label} database (snapshot, crash-safe replace, integrity_check)",
         [cli, "restore", the_set, "--to", str(live), "--yes"],
         f"cp '{live}' '{live}.snapshot' && cp '{copy}' '{live}' && "
         f"sqlite3 '{live}' 'PRAGMA integrity_check'", 1.2, fresh_target, [Path(the_set), live]),
        ("back up the asset folder, zstd",
         [cli, "backup", "--assets", str(assets), "--out", str(out), "--compression", "zstd"],
         f"tar --zstd -cf '{out}/plain.tar.zst' -C '{assets.parent}' '{assets.name}'", 1.1, clean, [assets]),
        ("back up the asset folder, gzip",
         [cli, "backup", "--assets", str(assets), "--out", str(out), "--compression", "gzip"],
         f"tar -czf '{out}/plain.tar.gz' -C '{assets.parent}' '{assets.name}'", 1.0, clean, [assets]),
        (f"list over {200 if args.quick else 2000} backup sets", [cli, "list", str(sets), "--json"],
         f"find '{sets}' -name manifest.json -exec cat {{}} +", 3.0, None, [sets]),
    ]
    enter = on_host if HOST_PID and args.baseline_tools == "host" else as_is
    tools = tools_described(enter)
    if "not found" in tools:
        sys.exit(f"a plain tool the baselines need is missing: {tools}. Install it (Debian: sqlite3, zstd), "
                 "or run with --baseline-tools root")
    if enter is on_host:
        # What entering the host adds to each baseline run, so that it is seen.
        entry = statistics.median(run(on_host(["true"]))[0] - run(["true"])[0] for _ in range(21))
        tools += f" (the host's tools, each run entered through nsenter, which adds {entry * 1000:.1f} ms)"
    elif HOST_PID:
        tools += " (the Debian 13 root's tools, not the host's)"
    log(f"baselines: {tools}")
    log("the machine's limits…")
    limits = machine_limits(big, scratch, (128 if args.quick else 1024) * MiB, enter)
    log(f"  {limits}")
    rows = []
    for name, lifeboat, baseline, target, prepare, inputs in comparisons:
        if args.only and args.only not in name:
            continue
        log(f"{name}…")
        rows.append(compare(name, lifeboat, baseline, target, args.pairs, prepare, inputs, enter))

    # The desktop app under the same loads: the longest stall of its GUI
    # thread, and how soon the first rows show. Absolute targets, medians of
    # three runs each.
    probes = []
    probe = shutil.which("lifeboat-gui-probe")
    if probe and not args.only:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LIFEBOAT_HOME=str(scratch / "gui-home"))

        def probe_runs(*probe_args):
            results = []
            for _ in range(3):
                done = subprocess.run([probe, *probe_args], env=env, check=True, capture_output=True)
                results.append(json.loads(done.stdout.decode().strip().splitlines()[-1]))
            return results

        log("the desktop app's GUI thread under load…")
        opened = probe_runs("open", str(sets))
        verified = probe_runs("verify", the_set)
        count = 200 if args.quick else 2000
        probes = [
            (f"GUI: longest stall while the {db_label} database is verified",
             statistics.median(r["max_stall_ms"] for r in verified), 50, "ms"),
            (f"GUI: longest stall while the {count}-set folder opens",
             statistics.median(r["max_stall_ms"] for r in opened), 50, "ms"),
            (f"GUI: first rows of the {count}-set folder",
             statistics.median(r["first_rows_ms"] for r in opened) / 1000.0, 0.5, "s"),
        ]
    shutil.rmtree(scratch, ignore_errors=True)

    limit = 64 * MiB
    peak = max(r["peak_rss"] for r in rows) if rows else 0
    lines = ["| operation | Lifeboat | baseline | ratio | target | result | Lifeboat peak RSS |",
             "| --- | ---: | ---: | ---: | ---: | --- | ---: |"]
    for r in rows:
        lines.append(f"| {r['operation']} | {r['lifeboat_s']:.3f} s | {r['baseline_s']:.3f} s | "
                     f"{r['ratio']:.3f} | ≤ {r['target']} | {'met' if r['met'] else 'missed'} | "
                     f"{r['peak_rss'] / MiB:.1f} MiB |")
    memory_met = peak <= limit
    lines.append(f"| peak memory of every Lifeboat run | {peak / MiB:.1f} MiB | — | — | ≤ 64 MiB | "
                 f"{'met' if memory_met else 'missed'} | |")
    for name, value, target, unit in probes:
        shown = f"{value:.0f} ms" if unit == "ms" else f"{value:.3f} s"
        lines.append(f"| {name} | {shown} | — | — | ≤ {target} {unit} | "
                     f"{'met' if value <= target else 'missed'} | |")
    met = sum(r["met"] for r in rows) + memory_met + sum(value <= target for _, value, target, _ in probes)
    total = len(rows) + 1 + len(probes)
    lines.append("")
    lines.append(f"{met} of {total} targets met")
    table = "\n".join(lines)
    print(table)
    print(limits)
    print(f"Baselines: {tools}")
    if args.markdown:
        machine = (f"{platform.node()}: {os.cpu_count()} cores, "
                   f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / (1 << 30):.0f} GiB, "
                   f"{platform.platform()}, {args.pairs} pairs after a warm-up, "
                   f"writing to {filesystem(scratch.parent)}"
                   f"{', quick data' if args.quick else ''}")
        Path(args.markdown).write_text(f"Measured {time.strftime('%Y-%m-%d')} on {machine}.\n\n"
                                       f"Baselines: {tools}.\n\n{table}\n\n{limits}.\n")
    return 0 if met == total else 1


if __name__ == "__main__":
    sys.exit(main())
