#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Stand Lab needs to build, run and test.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-svg-dev qt6-charts-dev libqt6opengl6-dev qt6-pdf-dev
  libsqlite3-dev sqlite3 fonts-dejavu-core
  libical-dev libxlsxwriter-dev libdtl-dev libbenchmark-dev clang
  xvfb xauth imagemagick poppler-utils libxml2-utils
  python3-icalendar python3-vobject python3-jsonschema
  libgl1-mesa-dev appstream desktop-file-utils shared-mime-info unzip
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
