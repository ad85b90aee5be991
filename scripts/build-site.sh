#!/usr/bin/env bash
# Quick start, step 1: builds herstelsite and the sample site from Content/ into public/.
# Installs libcmark-gfm-dev and pkg-config first when they are missing.
# Extra arguments go to `herstelsite build` (for example --content DIR --output DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build -c release --product herstelsite
.build/release/herstelsite build "$@"
