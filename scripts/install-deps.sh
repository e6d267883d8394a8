#!/usr/bin/env bash
# Installs what Baton needs to build, test and run, from Debian 12's packages.
# Installs only what is missing, so it is safe (and quick) to run again.
set -euo pipefail

packages=(
  # toolchain
  cmake ninja-build g++ pkg-config
  # libraries
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev libgl-dev libsqlite3-dev
  # tests and benchmarks; pdfinfo and pdftotext read the review's PDF back in its tests
  libgtest-dev libgmock-dev libbenchmark-dev poppler-utils
  # the benchmark's yardstick for the queue: Qt's own SQLite driver behind QSqlQueryModel
  libqt6sql6-sqlite
  # running the desktop app: platform plugins (xcb, offscreen) and a font
  qt6-qpa-plugins fonts-dejavu-core
  # time zones for business hours (Europe/London, America/New_York, ...)
  tzdata
)

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$package")
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

sudo=()
if ((EUID != 0)); then
  command -v sudo >/dev/null || { echo "Installing ${missing[*]} needs root: run this as root." >&2; exit 1; }
  sudo=(sudo)
fi
echo "Installing: ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
