#!/usr/bin/env bash
# End-to-end test of a release (SPEC §5), as a reviewer without a Swift toolchain meets it:
#
#   1. scripts/package.sh makes dist/; the working tree stays clean; SHA256SUMS checks out;
#      a second run gives the same bytes (the archive steps; see docs/releasing.md for a
#      clean rebuild of the binary).
#   2. The archive, unpacked into a fresh folder, and the .deb, installed with dpkg into a
#      throwaway root (dpkg --root, with a copy of this machine's dpkg database so Depends are
#      checked against what is really installed), each run in a mount namespace where the
#      Swift toolchain's folder is an empty tmpfs and cmark-gfm's shared libraries are
#      /dev/null: --version, build of the sample (byte-identical to the build of
#      .build/debug/herstelsite), check of a bad fixture (exit 1, FILE:LINE), serve answering
#      a page.
#
# Needs root (unshare -m, dpkg --root) and a debug build (.build/debug/herstelsite, which
# scripts/test.sh makes first). Run by scripts/test.sh unless SKIP_RELEASE=1.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
[ "$(id -u)" -eq 0 ] || { echo "release-test: needs root (unshare -m, dpkg --root)" >&2; exit 2; }
[ -x .build/debug/herstelsite ] || { echo "release-test: build .build/debug/herstelsite first (swift build)" >&2; exit 2; }

failures=0
fail() { echo "release-test: FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "release-test: ok: $*"; }

tmp="$(mktemp -d /tmp/herstelsite-release-test.XXXXXX)"
trap 'rm -rf "$tmp"' EXIT

# --- 1. package --------------------------------------------------------------------------------
before="$(git status --porcelain)"
scripts/package.sh
after="$(git status --porcelain)"
[ "$before" = "$after" ] && pass "the working tree is as it was" || fail "package.sh changed the working tree: $after"
tarball="$(ls dist/herstelsite-*-linux-x86_64.tar.gz)"
deb="$(ls dist/herstelsite_*_amd64.deb)"
version="${tarball#dist/herstelsite-}"
version="${version%-linux-x86_64.tar.gz}"
commit="$(git rev-parse HEAD)"
[ -z "$before" ] || commit="$commit-modified"
(cd dist && sha256sum --quiet -c SHA256SUMS) && pass "dist/SHA256SUMS checks out" || fail "dist/SHA256SUMS"
cp -a dist "$tmp/first"
scripts/package.sh >/dev/null
if cmp -s "$tmp/first/SHA256SUMS" dist/SHA256SUMS && cmp -s "$tmp/first/$(basename "$tarball")" "$tarball" \
  && cmp -s "$tmp/first/$(basename "$deb")" "$deb"; then
  pass "a second package.sh gives the same bytes"
else
  fail "a second package.sh gave other bytes"
fi

# --- the reference: the sample built by the normal (debug) binary ----------------------------
HOME="$tmp/home-debug" .build/debug/herstelsite build --content Content --output "$tmp/site-debug" >/dev/null

# Checks one installed binary, in a mount namespace without the toolchain. $1: what, $2: binary.
toolchain="$(dirname "$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")")"
check_binary() {
  local what="$1" exe="$2"
  local out="$tmp/$what"
  mkdir -p "$out"
  # The inner script runs in the new mount namespace: the toolchain and cmark-gfm's shared
  # libraries are gone for everything it starts.
  cat >"$out/inner.sh" <<'EOF'
set -u
mount -t tmpfs -o size=1m,mode=0755 tmpfs "$TOOLCHAIN"
for lib in /usr/lib/x86_64-linux-gnu/libcmark-gfm*.so*; do
  [ -e "$lib" ] && [ ! -L "$lib" ] && mount --bind /dev/null "$lib"
done
ls -A "$TOOLCHAIN" >"$OUT/toolchain-listing"
export HOME="$OUT/home"
"$EXE" --version >"$OUT/version" 2>"$OUT/version.err"; echo $? >"$OUT/version.status"
"$EXE" build --content "$ROOT/Content" --output "$OUT/site" >"$OUT/build.out" 2>"$OUT/build.err"; echo $? >"$OUT/build.status"
"$EXE" check --content "$ROOT/Tests/HerstelSiteTests/Fixtures/bad-missing-field" >"$OUT/check.out" 2>"$OUT/check.err"
echo $? >"$OUT/check.status"
"$EXE" serve --content "$ROOT/Content" --port 0 --against "$OUT/site" >"$OUT/serve.out" 2>"$OUT/serve.err" &
serve=$!
url=""
for _ in $(seq 1 300); do
  url="$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$OUT/serve.out" | head -1 || true)"
  [ -n "$url" ] && break
  sleep 0.2
done
if [ -n "$url" ]; then
  curl -sS -o "$OUT/served.html" -w '%{http_code}' "${url}besturen/" >"$OUT/served.status" 2>"$OUT/served.err"
fi
kill "$serve" 2>/dev/null
wait "$serve" 2>/dev/null
exit 0
EOF
  TOOLCHAIN="$toolchain" OUT="$out" EXE="$exe" ROOT="$root" unshare -m --propagation private bash "$out/inner.sh"

  [ ! -s "$out/toolchain-listing" ] && pass "$what: $toolchain is empty in the namespace" || fail "$what: $toolchain was not hidden"
  [ "$(cat "$out/version.status")" = 0 ] && [ "$(cat "$out/version")" = "herstelsite $version (commit $commit)" ] \
    && pass "$what: --version says $(cat "$out/version")" \
    || fail "$what: --version: status $(cat "$out/version.status"), '$(cat "$out/version")' $(cat "$out/version.err")"
  if [ "$(cat "$out/build.status")" = 0 ] && diff -r "$tmp/site-debug" "$out/site" >"$out/site.diff"; then
    pass "$what: build of the sample is byte-identical to the debug binary's ($(find "$out/site" -type f | wc -l) files)"
  else
    fail "$what: build: status $(cat "$out/build.status"), $(head -c 2000 "$out/build.err") $(head -20 "$out/site.diff")"
  fi
  if [ "$(cat "$out/check.status")" = 1 ] && grep -qE '^[^ ]*/bad-missing-field/[^:]+:[0-9]+: error: ' "$out/check.err"; then
    pass "$what: check of a bad fixture exits 1 with FILE:LINE: $(grep -m1 ': error: ' "$out/check.err" | sed "s|$root/||")"
  else
    fail "$what: check of bad-missing-field: status $(cat "$out/check.status"), $(head -c 2000 "$out/check.err")"
  fi
  if [ "$(cat "$out/served.status" 2>/dev/null)" = 200 ] && grep -q '<html lang="nl">' "$out/served.html"; then
    pass "$what: serve answers /besturen/ with a page"
  else
    fail "$what: serve: $(cat "$out/serve.out" "$out/serve.err" "$out/served.err" 2>/dev/null | head -c 2000)"
  fi
}

# --- 2a. the archive -----------------------------------------------------------------------------
mkdir "$tmp/unpacked"
tar -xzf "$tarball" -C "$tmp/unpacked"
top="$tmp/unpacked/herstelsite-$version-linux-x86_64"
for file in herstelsite LICENSE THIRD-PARTY-NOTICES README.md docs/install.md man/herstelsite.1 \
  completions/herstelsite.bash completions/_herstelsite completions/herstelsite.fish; do
  [ -s "$top/$file" ] || fail "archive: $file is missing or empty"
done
[ "$(tar -tzf "$tarball" | grep -vc "^herstelsite-$version-linux-x86_64/")" = 0 ] \
  && pass "archive: one folder, herstelsite-$version-linux-x86_64/, with binary, licences, docs, man page, completions" \
  || fail "archive: entries outside its folder"
needed="$(readelf -d "$top/herstelsite" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | tr '\n' ' ')"
pass "archive: the binary needs only $needed"
! readelf -S "$top/herstelsite" | grep -q '\.symtab' && pass "archive: the binary is stripped" || fail "archive: the binary is not stripped"
check_binary archive "$top/herstelsite"

# --- 2b. the .deb --------------------------------------------------------------------------------
control="$(dpkg-deb -f "$deb")"
depends="$(dpkg-deb -f "$deb" Depends)"
for package in libc6 libstdc++6 libgcc-s1; do
  grep -q "$package" <<<"$depends" || fail "deb: Depends lacks $package: $depends"
done
grep -qi 'cmark\|swift\|icu' <<<"$depends" && fail "deb: Depends names a library that is linked in: $depends"
pass "deb: Depends: $depends"
dpkg_root="$tmp/dpkg-root"
mkdir -p "$dpkg_root/var/lib/dpkg/updates" "$dpkg_root/var/lib/dpkg/info" "$dpkg_root/var/lib/dpkg/triggers"
cp /var/lib/dpkg/status "$dpkg_root/var/lib/dpkg/status"
touch "$dpkg_root/var/lib/dpkg/available"
if dpkg --root="$dpkg_root" --log=/dev/null -i "$deb" >"$tmp/dpkg.log" 2>&1; then
  pass "deb: dpkg --root -i installs it, its Depends met by this machine's packages"
else
  fail "deb: dpkg -i: $(cat "$tmp/dpkg.log")"
fi
for file in /usr/bin/herstelsite /usr/share/man/man1/herstelsite.1.gz /usr/share/bash-completion/completions/herstelsite \
  /usr/share/zsh/vendor-completions/_herstelsite /usr/share/fish/vendor_completions.d/herstelsite.fish \
  /usr/share/doc/herstelsite/copyright /usr/share/doc/herstelsite/docs/install.md; do
  dpkg --root="$dpkg_root" -L herstelsite 2>/dev/null | grep -qxF "$file" && [ -s "$dpkg_root$file" ] \
    || fail "deb: $file is not installed"
done
gzip -t "$dpkg_root/usr/share/man/man1/herstelsite.1.gz" || fail "deb: the man page is not gzip"
pass "deb: binary, man page, bash/zsh/fish completions, copyright and docs where Debian keeps them"
check_binary deb "$dpkg_root/usr/bin/herstelsite"
if dpkg --root="$dpkg_root" --log=/dev/null --purge herstelsite >>"$tmp/dpkg.log" 2>&1 && [ ! -e "$dpkg_root/usr/bin/herstelsite" ]; then
  pass "deb: dpkg --purge removes it"
else
  fail "deb: dpkg --purge: $(tail -5 "$tmp/dpkg.log")"
fi

# The man page renders (man-db or groff, when the machine has one).
if command -v man >/dev/null 2>&1; then
  man -l "$top/man/herstelsite.1" 2>/dev/null | grep -q 'herstelsite' && pass "man page renders" || fail "man -l herstelsite.1"
fi
grep -q 'complete' "$top/completions/herstelsite.bash" || fail "bash completion looks empty"

if [ "$failures" -gt 0 ]; then
  echo "release-test: $failures failure(s)" >&2
  exit 1
fi
echo "release-test: all passed ($(du -k "$tarball" | cut -f1) KiB archive, $(du -k "$deb" | cut -f1) KiB .deb)"
