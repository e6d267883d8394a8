#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to Baton on a demo database:
# installs what is missing, builds, and opens Baton. On first run Baton creates the
# demo file in your data folder (~/.local/share/Baton/demo.baton).
# Arguments are passed to baton, e.g. `bash scripts/demo.sh --db team.baton`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
exec ./build/app/baton/baton "$@"
