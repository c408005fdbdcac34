#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Build, test and run Lifeboat.  On a host that has every dependency (Qt 6,
# KF6 Archive, qca-qt6, SQLite) it works on the host; otherwise (Debian 12,
# for one) it creates a Debian 13 root once, in a cache folder outside the
# repository, installs scripts/packages.txt into it and works inside it.
#
# Inside the root the repository, its parent folder, /tmp and $HOME are at the
# same paths as outside, and the host's processes and network are shared, so
# any host path works unchanged and Lifeboat sees who holds a database open.
# Every mount lives in a private mount namespace that the kernel tears down
# when the command ends, whether it succeeds, fails or is interrupted.

set -euo pipefail

usage() {
    cat <<'EOF'
Usage: scripts/dev.sh COMMAND [ARGS...]

Commands:
  setup          prepare the build environment and configure the build
  build          build Lifeboat (incrementally)
  test [ARGS]    build and run every test, then the core and CLI tests again
                 under ASan and UBSan, then each fuzzer for a bounded time
                 (ARGS go to ctest, e.g. -R verify, and skip the sanitized and
                 fuzzing runs; so do LIFEBOAT_SANITIZE=0 and LIFEBOAT_FUZZ_SECONDS=0)
  fuzz [SECONDS] build the libFuzzer targets with clang and run each for
                 SECONDS (default 300) from its seed corpus in fuzz/corpus;
                 a crash fails and leaves its input in <builddir>-fuzz/crashes
  reliability    build, run the fault tests with LIFEBOAT_RELIABILITY_ROUNDS (default 10)
                 times as many faults and every fuzzer for 300 s, then print a
                 table of faults injected, survived and data lost
  run [ARGS]     build and open Lifeboat on the demo workspace (ARGS go to
                 lifeboat instead); without a display it runs under Xvfb and
                 saves a screenshot
  bench [ARGS]   build, then time Lifeboat against the host's plain tools (bench/bench.py;
                 --quick for small data, --scratch DIR to write elsewhere,
                 --baseline-tools root for the Debian 13 root's tools)
  shell          an interactive shell in the build environment
  exec CMD...    run CMD in the build environment with the freshly built
                 lifeboat and lifeboat-cli on PATH; returns CMD's exit code

Environment:
  LIFEBOAT_DEVROOT   where the Debian 13 root lives
                     (default: ${XDG_CACHE_HOME:-$HOME/.cache}/lifeboat/devroot-trixie)
  LIFEBOAT_USE_HOST  1 to force the host's packages, 0 to force the root
  LIFEBOAT_MIRROR    Debian mirror for the root (default: the host's apt source)
  LIFEBOAT_BUILD_DIR the build folder (default: build/host or build/root); the
                     sanitized and fuzzing builds go beside it (-asan, -fuzz)
  LIFEBOAT_FUZZ_SECONDS  how long `test` runs each fuzzer (default 45)
EOF
}

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
parent=$(dirname "$repo")
pkgfile=$repo/scripts/packages.txt
devroot=${LIFEBOAT_DEVROOT:-${XDG_CACHE_HOME:-$HOME/.cache}/lifeboat/devroot-trixie}
suite=trixie

log() { printf 'dev.sh: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 2; }

packages() { sed -e 's/#.*//' -e 's/[[:space:]]//g' -e '/^$/d' "$pkgfile"; }

# True when the host can build Lifeboat without the root.
host_has_everything() {
    command -v cmake >/dev/null && command -v sqlite3 >/dev/null || return 1
    local dirs=(/usr/lib/*/cmake /usr/lib/cmake /usr/lib64/cmake /usr/local/lib/cmake)
    local prefix cfg d found
    for prefix in ${CMAKE_PREFIX_PATH:+${CMAKE_PREFIX_PATH//:/ }}; do dirs+=("$prefix/lib/cmake" "$prefix/lib64/cmake"); done
    for cfg in Qt6Widgets/Qt6WidgetsConfig.cmake Qt6Sql/Qt6SqlConfig.cmake \
               Qt6LinguistTools/Qt6LinguistToolsConfig.cmake \
               KF6Archive/KF6ArchiveConfig.cmake Qca-qt6/Qca-qt6Config.cmake; do
        found=0
        for d in "${dirs[@]}"; do [ -f "$d/$cfg" ] && { found=1; break; }; done
        [ $found = 1 ] || return 1
    done
}

use_host() {
    case ${LIFEBOAT_USE_HOST:-auto} in
        1) return 0 ;;
        0) return 1 ;;
        *) host_has_everything ;;
    esac
}

mirror() {
    if [ -n "${LIFEBOAT_MIRROR:-}" ]; then echo "$LIFEBOAT_MIRROR"; return; fi
    local uri
    uri=$(grep -hsE '^(URIs:|deb )' /etc/apt/sources.list /etc/apt/sources.list.d/*.sources \
            /etc/apt/sources.list.d/*.list 2>/dev/null \
          | grep -oE 'https?://[^ ]*/debian/?' | grep -v security | head -n 1 || true)
    echo "${uri:-http://deb.debian.org/debian}"
}

# Runs "$@" inside the root: a private mount namespace, the bind mounts that
# keep host paths valid, then chroot.  The namespace (and with it every mount)
# disappears when the command exits.
in_root() {
    unshare --mount --propagation private -- /bin/bash -euo pipefail -c '
        root=$1 home=$2 parent=$3; shift 3
        # The root is a mount point of its own, so that tools inside (unshare,
        # the tests mounting small filesystems) can make their mounts private.
        mount --bind "$root" "$root"
        for d in proc sys dev; do mount --rbind "/$d" "$root/$d"; done
        for d in /tmp "$home" "$parent"; do
            [ -d "$d" ] || continue
            mkdir -p "$root$d"
            mount --bind "$d" "$root$d"
        done
        cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
        exec chroot "$root" /usr/bin/env \
            PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
            LANG="${LANG:-C.UTF-8}" DEBIAN_FRONTEND=noninteractive \
            /bin/bash -c "cd \"\$0\" 2>/dev/null || cd /; exec \"\$@\"" "$PWD" "$@"
    ' in_root "$devroot" "$HOME" "$parent" "$@"
}

ensure_root_privileges() {
    [ "$(id -u)" = 0 ] && return
    if command -v sudo >/dev/null; then
        log "the Debian 13 root needs root privileges; re-running with sudo"
        exec sudo --preserve-env=LIFEBOAT_DEVROOT,LIFEBOAT_MIRROR,LIFEBOAT_USE_HOST,CI,HOME \
            "$repo/scripts/dev.sh" "$@"
    fi
    die "this host lacks KF6 Archive or qca-qt6, and building the Debian 13 root needs root (or sudo)"
}

bootstrap_root() {
    local m tmp
    m=$(mirror)
    if ! command -v debootstrap >/dev/null; then
        command -v apt-get >/dev/null || die "debootstrap is missing; install it, or set LIFEBOAT_USE_HOST=1"
        log "installing debootstrap on the host"
        apt-get update -qq >&2 && apt-get install -y -qq debootstrap >&2 \
            || die "could not install debootstrap"
    fi
    tmp=$devroot.partial
    rm -rf "$tmp"
    mkdir -p "$(dirname "$devroot")"
    log "creating a Debian 13 root in $devroot from $m (once; a few minutes)"
    local keyring=()
    [ -f /usr/share/keyrings/debian-archive-keyring.gpg ] \
        && keyring=(--keyring=/usr/share/keyrings/debian-archive-keyring.gpg)
    debootstrap --variant=minbase "${keyring[@]}" "$suite" "$tmp" "$m" >"$tmp.log" 2>&1 || {
        tail -n 20 "$tmp.log" >&2; die "debootstrap failed; its log is $tmp.log"; }
    local sec=${m%/debian*}/debian-security
    cat >"$tmp/etc/apt/sources.list" <<EOF
deb $m $suite main
deb $m $suite-updates main
deb $sec $suite-security main
EOF
    printf 'APT::Install-Recommends "false";\nAPT::Install-Suggests "false";\n' \
        >"$tmp/etc/apt/apt.conf.d/90lifeboat"
    rm -f "$tmp.log"
    mv "$tmp" "$devroot"
}

# Installs what packages.txt lists and lets apt remove what it no longer does.
sync_packages() {
    local stamp=$devroot/var/lib/lifeboat-packages
    if [ -f "$stamp" ] && packages | cmp -s - "$stamp"; then return; fi
    log "installing the packages of scripts/packages.txt into the root"
    # shellcheck disable=SC2046
    local aptlog=$devroot/var/log/lifeboat-apt.log
    in_root apt-get update -qq >"$aptlog" 2>&1 \
        && in_root apt-get install -y -qq $(packages) >>"$aptlog" 2>&1 || {
        tail -n 30 "$aptlog" >&2; die "apt-get install failed in $devroot (log: $aptlog)"; }
    if [ -f "$stamp" ]; then
        local gone
        gone=$(packages | sort | comm -13 - <(sort "$stamp") | tr '\n' ' ')
        if [ -n "${gone// }" ]; then
            # shellcheck disable=SC2086
            in_root apt-mark auto $gone >/dev/null 2>&1 || true
            in_root apt-get autoremove -y -qq >&2 || true
        fi
    fi
    # The languages Lifeboat speaks, so LANG=ko_KR.UTF-8 works inside.
    in_root sh -c 'for l in en_US ko_KR; do
        locale -a 2>/dev/null | grep -qi "^$l.utf-\?8$" || localedef -i $l -f UTF-8 $l.UTF-8
    done' >&2
    packages >"$stamp"
}

mode=
prepare() {
    if use_host; then
        mode=host
        run_in() { PATH=$builddir/bin:$PATH "$@"; }
    else
        mode=root
        ensure_root_privileges "$@"
        [ -x "$devroot/usr/bin/apt-get" ] || bootstrap_root
        sync_packages
        run_in() { in_root /usr/bin/env PATH="$builddir/bin:/usr/local/bin:/usr/bin:/bin" "$@"; }
    fi
}

builddir() { echo "${LIFEBOAT_BUILD_DIR:-$repo/build/$mode}"; }

configure() {
    builddir=$(builddir)
    if [ ! -f "$builddir/build.ninja" ]; then
        run_in cmake -S "$repo" -B "$builddir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >&2
    fi
}

build() {
    configure
    run_in cmake --build "$builddir" >&2
}

# Builds the libFuzzer targets (clang, ASan, UBSan) in <builddir>-fuzz and
# runs each for $1 seconds, starting from its committed seed corpus. New
# inputs go to a working corpus in the build folder, never into the
# repository; a crash fails the run and leaves its input under crashes/.
fuzz() {
    local seconds=$1 fuzzdir target log runs status=0
    fuzzdir=$(builddir)-fuzz
    if [ ! -f "$fuzzdir/build.ninja" ]; then
        run_in cmake -S "$repo" -B "$fuzzdir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DCMAKE_CXX_COMPILER=clang++ -DLIFEBOAT_FUZZ=ON >&2
    fi
    run_in cmake --build "$fuzzdir" >&2
    for target in "$repo"/fuzz/corpus/*/; do
        target=$(basename "$target")
        mkdir -p "$fuzzdir/corpus/$target" "$fuzzdir/crashes"
        log="$fuzzdir/$target-${seconds}s.log"
        log "fuzzing $target for $seconds s"
        runs=0
        if ! run_in env ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
                UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
                "$fuzzdir/bin/$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 \
                -max_len=65536 -print_final_stats=1 -artifact_prefix="$fuzzdir/crashes/$target-" \
                "$fuzzdir/corpus/$target" "$repo/fuzz/corpus/$target" >"$log" 2>&1; then
            tail -n 40 "$log" >&2
            log "error: $target crashed; its input is in $fuzzdir/crashes (log: $log)"
            status=1
        else
            runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' || echo 0)
            log "$target: $runs inputs, no crash"
        fi
        # For the reliability table: every input a fault, survived unless it crashed.
        [ -z "${fuzz_counts:-}" ] || printf 'fuzzed input (%s)\t%s\t%s\t0\n' "${target#fuzz_}" \
            "$((runs > 0 ? runs : 1))" "$runs" >>"$fuzz_counts"
    done
    return $status
}

# The fault tests, each injecting its faults $LIFEBOAT_RELIABILITY_ROUNDS times
# as often as in CI; they count every fault in a log that is summed up here.
reliability() {
    local rounds=${LIFEBOAT_RELIABILITY_ROUNDS:-10} faults status=0
    faults=$(builddir)/reliability.log
    : >"$faults"
    log "the fault tests, each fault $rounds times as often as in CI"
    run_in env LIFEBOAT_RELIABILITY_ROUNDS="$rounds" LIFEBOAT_RELIABILITY_LOG="$faults" \
        ctest --test-dir "$builddir" --output-on-failure -R 'tst_(cli|restorer|sqlitebackup)$' >&2 || status=1
    fuzz_counts=$faults fuzz "${LIFEBOAT_FUZZ_SECONDS:-300}" || status=1
    awk -F '\t' '
        { injected[$1] += $2; survived[$1] += $3; lost[$1] += $4; order[$1] = order[$1] ? order[$1] : NR }
        END {
            printf "| %-36s | %8s | %8s | %9s |\n", "fault", "injected", "survived", "data lost"
            printf "|%s|%s|%s|%s|\n", "--------------------------------------", "----------:", "----------:", "-----------:"
            n = 0; for (f in order) keys[++n] = f
            for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (order[keys[j]] < order[keys[i]]) { t = keys[i]; keys[i] = keys[j]; keys[j] = t }
            for (i = 1; i <= n; i++) {
                f = keys[i]; ti += injected[f]; ts += survived[f]; tl += lost[f]
                printf "| %-36s | %8d | %8d | %9d |\n", f, injected[f], survived[f], lost[f]
            }
            printf "| %-36s | %8d | %8d | %9d |\n", "total", ti, ts, tl
            exit tl > 0
        }' "$faults" || status=1
    return $status
}

# Starts Xvfb when there is no display and exports DISPLAY for the child.
with_display() {
    if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then "$@"; return; fi
    local shot=$repo/build/screenshot-$(date +%Y%m%d_%H%M%S).png
    log "no display here: starting Lifeboat under Xvfb; a screenshot goes to $shot"
    run_in xvfb-run -a -s '-screen 0 1280x800x24' "$@" --screenshot "$shot"
}

cmd=${1:-}
[ -n "$cmd" ] || { usage; exit 2; }
shift

case $cmd in
    -h|--help|help) usage ;;
    setup)  prepare "$cmd" "$@"; builddir=$(builddir); configure
            log "ready ($mode build in $builddir)" ;;
    build)  prepare "$cmd" "$@"; builddir=$(builddir); build ;;
    test)   prepare "$cmd" "$@"; builddir=$(builddir); build
            run_in ctest --test-dir "$builddir" --output-on-failure -j "$(nproc)" "$@"
            # Then the core and CLI tests again under AddressSanitizer and
            # UndefinedBehaviorSanitizer: any report fails the run.
            if [ $# -eq 0 ] && [ "${LIFEBOAT_SANITIZE:-1}" != 0 ]; then
                log "the core and CLI tests under AddressSanitizer and UndefinedBehaviorSanitizer"
                builddir=$(builddir)-asan
                if [ ! -f "$builddir/build.ninja" ]; then
                    run_in cmake -S "$repo" -B "$builddir" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
                        -DLIFEBOAT_SANITIZE=ON >&2
                fi
                run_in cmake --build "$builddir" >&2
                run_in env ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
                    LSAN_OPTIONS="suppressions=$repo/tests/sanitizers/lsan.supp:print_suppressions=0" \
                    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
                    ctest --test-dir "$builddir" --output-on-failure -j "$(nproc)" \
                    -E 'tst_ui|tst_translations'
            fi
            # Then every fuzzer for a bounded time: a crash fails the run.
            if [ $# -eq 0 ] && [ "${LIFEBOAT_FUZZ_SECONDS:-45}" != 0 ]; then
                fuzz "${LIFEBOAT_FUZZ_SECONDS:-45}"
            fi ;;
    fuzz)   prepare "$cmd" "$@"; builddir=$(builddir); fuzz "${1:-300}" ;;
    reliability) prepare "$cmd" "$@"; builddir=$(builddir); build; reliability ;;
    run)    prepare "$cmd" "$@"; builddir=$(builddir); build
            if [ $# -eq 0 ]; then set -- --demo; fi
            with_display lifeboat "$@" ;;
    bench)  prepare "$cmd" "$@"; builddir=$(builddir); build
            # The baselines are the plain tools of the host, not the root's:
            # this shell stays outside the root while the bench runs, and the
            # bench enters its filesystem to run them.
            host_pid=
            [ "$mode" = host ] || host_pid=$$
            run_in env LIFEBOAT_BENCH_HOST_PID="$host_pid" python3 "$repo/bench/bench.py" "$@" ;;
    shell)  prepare "$cmd" "$@"; builddir=$(builddir); configure
            run_in /bin/bash -i ;;
    exec)   [ $# -gt 0 ] || die "exec needs a command"
            prepare "$cmd" "$@"; builddir=$(builddir); build
            run_in "$@" ;;
    *)      usage; exit 2 ;;
esac
