#!/usr/bin/env bash
# Tests the checker itself: the good fixture passes, the bad fixture fails with every
# kind of problem reported, a few one-line breakages of the good fixture are caught,
# and screenshots.py writes its files. Run scripts/quality/install.sh first.
set -uo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
PYTHON="${PYTHON:-python3}"
check="$here/check_site.py"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
failures=0

fail() { echo "selftest: FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "selftest: ok: $*"; }

# run NAME EXPECTED_EXIT ARGS... — runs check_site.py, keeps its output in $tmp/NAME.out
run() {
  local name="$1" expected="$2"; shift 2
  local started=$SECONDS
  "$PYTHON" "$check" "$@" >"$tmp/$name.out" 2>&1
  local status=$?
  if [ "$status" -eq "$expected" ]; then
    pass "$name exits $status ($((SECONDS - started))s)"
  else
    fail "$name exits $status, expected $expected"
    sed 's/^/    /' "$tmp/$name.out"
  fi
}

# expect NAME REGEX WHY — the output of run NAME has a line matching REGEX
expect() {
  if grep -Eq -- "$2" "$tmp/$1.out"; then pass "$1 reports $3"; else fail "$1 does not report $3 (/$2/)"; fi
}

# --- the good site passes every check
run good 0 "$here/selftest/good-site"
expect good '^PASSED: 0 problems' "no problem at all"
for c in a11y html xml links linkchecker data; do
  expect good "^$c +ok " "$c ok"
done

# --- the bad site fails, with each planted problem on its own line
run bad 1 "$here/selftest/bad-site"
expect bad '^a11y: / \[desktop 1280x900\]: image-alt \(critical\) at img' "axe: image without alt"
expect bad '^a11y: / \[phone 375x800\]: color-contrast ' "axe at the phone viewport only: low contrast"
expect bad '^a11y: schooljaren/2022-2023/ \[phone 375x800\]: reflow \(WCAG 1\.4\.10\)' "a page that scrolls sideways on a phone"
expect bad "^a11y: besturen/ \[desktop 1280x900\]: browser console: .*Uncaught TypeError" "a script error in the console"
expect bad '^html: besturen/41234/2022-2023/index\.html:[0-9]+:[0-9]+: Element “factbox” not allowed' "Nu checker: unknown element"
expect bad '^html: index\.html:[0-9]+:[0-9]+: An “img” element must have an “alt” attribute' "Nu checker: img without alt"
expect bad '^html: toegankelijkheid/index\.html: <html lang="en">' "a page not in Dutch"
expect bad '^xml: feed\.xml: link "http://localhost:8080/.*" does not start with the basis-url' "feed link on another base"
expect bad '^xml: sitemap\.xml: root element is .*0\.84.*urlset, expected urlset' "sitemap with the wrong root"
expect bad '^links: schooljaren/2022-2023/index\.html:[0-9]+: <a href="\.\./\.\./besturen/99999/">: besturen/99999/ does not exist' "broken link"
expect bad '^links: over-deze-lijst/index\.html:[0-9]+: .*no element with id="contactgegevens"' "broken #fragment"
expect bad '^links: over-deze-lijst/index\.html:[0-9]+: <a href="/besturen/">: root-relative link' "root-relative link"
expect bad '^links: over-deze-lijst/index\.html:[0-9]+: <a href="javascript:.*unsafe link target' "javascript: link"
expect bad '^linkchecker: schooljaren/2022-2023/:[0-9]+: "\.\./\.\./besturen/99999/" .* 404' "LinkChecker: broken link over HTTP"
expect bad '^links: 404\.html:[0-9]+: <a href="/herstelopdrachten/besturen/00000/">: besturen/00000/ does not exist \(below the basis-url path' "404.html: broken link from the host root"
expect bad '^linkchecker: 404\.html:[0-9]+: "/herstelopdrachten/besturen/00000/" .* 404' "LinkChecker: broken link on 404.html"
for c in a11y html xml links linkchecker; do
  expect bad "^$c +FAIL " "$c failed"
done
expect bad '^FAILED: ' "overall failure"

# --- one-line breakages of the good site (fast checks only)
broken="$tmp/broken-site"
cp -r "$here/selftest/good-site" "$broken"
head -c 300 "$here/selftest/good-site/feed.xml" >"$broken/feed.xml"
grep -v 'besturen/41234/</loc>' "$here/selftest/good-site/sitemap.xml" >"$broken/sitemap.xml"
sed -i 's|href="https://www.example.org/herstelopdrachten/besturen/41234/2022-2023/"|href="https://www.example.org/herstelopdrachten/"|' "$broken/besturen/41234/2022-2023/index.html"
sed -i 's|href="\.\./\.\./besturen/41234/"|href="../../besturen/41234"|' "$broken/schooljaren/2022-2023/index.html"
sed -i '1s/^schooljaar,bestuursnummer,bestuur/bestuursnummer,schooljaar,bestuur/' "$broken/open-data/herstelopdrachten.csv"
run broken 1 "$broken" --only xml,links,data
expect broken '^data: open-data/herstelopdrachten\.csv: header is ' "open data columns out of order"
expect broken '^xml: feed\.xml:[0-9]+:[0-9]+: not well-formed XML' "a feed that is not well-formed"
expect broken '^xml: sitemap\.xml: page besturen/41234/ is missing' "a page missing from the sitemap"
expect broken '^links: besturen/41234/2022-2023/index\.html: canonical link is ' "a wrong canonical link"
expect broken '^links: schooljaren/2022-2023/index\.html:[0-9]+: .*folder link without trailing slash' "a folder link without /"

# --- wrong usage
run usage 2 "$tmp/does-not-exist"
run usage-check 2 "$here/selftest/good-site" --only spelling

# --- screenshots.py
started=$SECONDS
if "$PYTHON" "$here/screenshots.py" "$here/selftest/good-site" "$tmp/shots" >"$tmp/shots.out" 2>&1; then
  missing=""
  for f in home-desktop-1280.png home-phone-390.png year-desktop-1280.png year-phone-390.png \
           report-desktop-1280.png report-phone-390.png board-desktop-1280.png boards-phone-390.png \
           page-desktop-1280.png notfound-desktop-1280.png report-print.pdf report-print-1.png \
           year-print-1.png index.txt; do
    [ -s "$tmp/shots/$f" ] || missing="$missing $f"
  done
  if [ -z "$missing" ]; then pass "screenshots.py writes every file ($((SECONDS - started))s)"
  else fail "screenshots.py did not write:$missing"; fi
else
  fail "screenshots.py failed"; sed 's/^/    /' "$tmp/shots.out"
fi

if [ "$failures" -eq 0 ]; then
  echo "selftest: PASSED"
else
  echo "selftest: FAILED ($failures)"
  exit 1
fi
