#!/usr/bin/env bash
# Quick start, step 2: runs every test.
#   1. the Swift tests (unit and end-to-end on fixture folders, the real executable);
#   2. the sample site, built from Content/, checked as a visitor would meet it:
#      axe-core (WCAG 2.1 AA), the Nu HTML checker, links and anchors, feed and sitemap,
#      and its Woo-index sitemaps against the DiWoo schemas (schemas/diwoo/validate.sh); and
#      its build --offline copy clicked through from file:// (scripts/quality/offline_check.py);
#   before that, always: the sample's DCAT catalogue against the DCAT-AP-NL shapes
#      (schemas/dcat-ap-nl/validate.py, pyshacl pinned below) and its SHA256SUMS;
#   3. a release (scripts/release-test.sh): packaged, unpacked and installed, run with the
#      Swift toolchain hidden. Needs root.
# Set SKIP_QUALITY=1 to run only the Swift tests, SKIP_RELEASE=1 to leave out step 3.
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

# The sample's open-data catalogue against Geonovum's DCAT-AP-NL 3.0 SHACL shapes, offline;
# a copy without any one mandatory property must fail (--mandatory), and so must a copy on
# disk without its licences. The sample's SHA256SUMS must pass `sha256sum -c` and `verify`.
python3 -c 'import pyshacl, sys; sys.exit(pyshacl.__version__ != "0.40.1")' 2>/dev/null \
  || python3 -m pip install --quiet "pyshacl==0.40.1"
dcat="$(mktemp -d)/public"
.build/debug/herstelsite build --content Content --output "$dcat"
python3 schemas/dcat-ap-nl/validate.py --mandatory "$dcat/open-data/catalogus.rdf"
broken="$(dirname "$dcat")/catalogus-zonder-licentie.rdf"
grep -v "<dct:license " "$dcat/open-data/catalogus.rdf" > "$broken"
if python3 schemas/dcat-ap-nl/validate.py "$broken" > "$broken.log" 2>&1; then
  echo "test.sh: a catalogue without dct:license passed the DCAT-AP-NL shapes" >&2; exit 1
fi
grep -q "dct:license" "$broken.log" || { echo "test.sh: the broken catalogue failed, but not for its licence" >&2; exit 1; }
echo "test.sh: a catalogue without dct:license fails the DCAT-AP-NL shapes, as it must"
(cd "$dcat" && sha256sum --check --strict --quiet SHA256SUMS)
.build/debug/herstelsite verify "$dcat"

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

# A release as a reviewer gets it: packaged, unpacked and installed, run with the Swift
# toolchain hidden (scripts/release-test.sh: from a fresh clone a cold release build, about
# 25 minutes on 2 busy cores; 4 minutes when .build-package/ is warm).
if [ "${SKIP_QUALITY:-0}" != "1" ] && [ "${SKIP_RELEASE:-0}" != "1" ]; then
  if [ "$(id -u)" -eq 0 ]; then
    scripts/release-test.sh
  else
    echo "test.sh: the release test is skipped: it needs root (unshare -m, dpkg --root); CI runs it" >&2
  fi
fi
