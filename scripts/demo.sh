#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to Baton on a demo database:
# installs what is missing, builds, and opens Baton. On first run Baton creates the
# demo file in your data folder (~/.local/share/baton/demo.baton).
# Arguments are passed to baton, e.g. `bash scripts/demo.sh --db team.baton`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh

wants_window=1
for argument in "$@"; do
  case "$argument" in
    -h|--help|--help-all|-v|--version) wants_window=0 ;;
  esac
done
if ((wants_window)) && [[ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]]; then
  echo "Baton is built (./build/app/baton/baton), but this session has no display to open its" >&2
  echo "window on. Run this command again from a desktop session (or over ssh -X)." >&2
  exit 1
fi
exec ./build/app/baton/baton "$@"
