#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Screenshots of the desktop app on the demo workspace, in English and Korean,
# for the README and the user guide: docs/images/<lang>/*.png — the main
# window, the status panel, the inspector, a verification, the dialogs and
# every page of the restore wizard.
# Runs inside the build environment: scripts/dev.sh exec scripts/screenshots.sh
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
for lang in en ko; do
    out=$repo/docs/images/$lang
    mkdir -p "$out"
    case $lang in en) locale=en_US.UTF-8 ;; ko) locale=ko_KR.UTF-8 ;; esac
    # A fresh home per language: its own demo, journal and settings.
    find "$home" -mindepth 1 -delete
    LANG=$locale LC_ALL=$locale LIFEBOAT_HOME=$home \
        xvfb-run -a -s '-screen 0 1280x800x24' \
        timeout 180 lifeboat-screenshots "$out"
done
echo "screenshots in $repo/docs/images"
