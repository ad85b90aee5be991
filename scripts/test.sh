#!/usr/bin/env bash
# Quick start, step 2: runs every test.
#   1. the Swift tests (unit and end-to-end on fixture folders, the real executable);
#   2. the sample site, built from Content/, checked as a visitor would meet it:
#      axe-core (WCAG 2.1 AA), the Nu HTML checker, links and anchors, feed and sitemap,
#      and its Woo-index sitemaps against the DiWoo schemas (schemas/diwoo/validate.sh); and
#      its build --offline copy clicked through from file:// (scripts/quality/offline_check.py).
# Set SKIP_QUALITY=1 to run only the Swift tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
python3 scripts/gen-tooi-lists.py --check
swift build --build-tests
swift test --skip-build 2>&1 | tee /tmp/herstelsite-swift-test.log
status=${PIPESTATUS[0]}
if [ "$status" -ne 0 ]; then
  echo "test.sh: swift test failed" >&2
  exit "$status"
fi

if [ "${SKIP_QUALITY:-0}" != "1" ]; then
  scripts/quality/install.sh
  out="$(mktemp -d)/public"
  .build/debug/herstelsite build --content Content --output "$out"
  diwoo=("$out"/*diwoo*.xml)
  [ -e "${diwoo[0]}" ] || { echo "test.sh: the sample site has no DiWoo sitemaps" >&2; exit 1; }
  schemas/diwoo/validate.sh "${diwoo[@]}"
  python3 scripts/quality/check_site.py --all "$out"
  python3 scripts/quality/search_check.py "$out"
  # The copy that opens from the file system (build --offline), clicked through in chromium.
  offline="$(mktemp -d)/public"
  .build/debug/herstelsite build --offline --content Content --output "$offline"
  python3 scripts/quality/offline_check.py "$offline"
fi
