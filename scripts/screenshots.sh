#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes a PNG of every main page and dialog of Stand Lab, with the demo event open, at 1366×768 under
# a virtual display — so anyone can look at the app without a screen. Builds nothing.
#
#   scripts/screenshots.sh [OUTPUT_DIR] [BUILD_DIR]      (defaults: BUILD_DIR/screenshots and build/)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${2:-$root/build}"
out="${1:-$build/screenshots}"
gui="$build/app/standlab"
cli="$build/app/standlab-cli"

for tool in "$gui" "$cli"; do
  if [[ ! -x "$tool" ]]; then
    echo "screenshots: $tool is missing; build first (cmake --preset default && cmake --build build)" >&2
    exit 1
  fi
done
command -v xvfb-run >/dev/null || { echo "screenshots: xvfb-run is not installed" >&2; exit 1; }

# A private home for settings, backups and the demo copy, so the user's own are never touched.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
export XDG_RUNTIME_DIR="$work/runtime" LANG="${LANG:-C.UTF-8}"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

"$cli" demo "$work/Stand Lab demo.standlab" >/dev/null
mkdir -p "$out"
xvfb-run -a -s "-screen 0 1366x768x24" "$gui" --screenshot-dir "$out" "$work/Stand Lab demo.standlab"
ls -1 "$out"/*.png
