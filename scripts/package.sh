#!/usr/bin/env bash
# Makes a release of herstelsite for Linux x86_64 (SPEC §5), in dist/ (ignored by git):
#
#   dist/herstelsite-VERSION-linux-x86_64.tar.gz   the binary, licences, docs, man page, completions
#   dist/herstelsite_VERSION_amd64.deb             the same, installed where Debian puts them
#   dist/SHA256SUMS                                 the digests of both, for `sha256sum -c`
#
#   scripts/package.sh [VERSION]      VERSION like 1.0.0 or 1.0.0~rc1; default 0.0.0~gitDATE.COMMIT
#
# The binary has the Swift runtime, Foundation and ICU (--static-swift-stdlib) and cmark-gfm
# (Debian's own .a archives, HERSTELSITE_STATIC_CMARK_GFM=1 in Package.swift) linked in, so it runs on a stock Debian or Ubuntu machine without
# a Swift toolchain or -dev packages; only glibc, libstdc++ and libgcc_s stay shared, and the
# script refuses a binary that needs anything else. `herstelsite --version` names VERSION and
# the commit, compiled in (CBuildInfo, from a header written into .build-package/info/).
#
# Reproducible: the same commit gives the same bytes (SOURCE_DATE_EPOCH is the commit's date;
# archive entries sorted, owned by root, dated then; gzip without a name or time; build paths
# mapped away). docs/releasing.md says what stays outside that promise.
#
# Builds in .build-package/ (ignored by git), leaves the working tree as it was.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
start=$(date +%s)

commit="$(git rev-parse HEAD)"
tree_state="$(git status --porcelain --untracked-files=no)"
if [ -n "$tree_state" ]; then
  echo "package.sh: warning: the working tree has changes that are not committed; the release says so" >&2
  commit="$commit-modified"
fi
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct HEAD)}"
day="$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%d)"
version="${1:-0.0.0~git$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y%m%d).$(git rev-parse --short=12 HEAD)}"
# A Debian version without a revision, safe in a file name: digits first, then letters,
# digits, '.', '+' or '~'.
if ! [[ "$version" =~ ^[0-9][0-9A-Za-z.+~]*$ ]]; then
  echo "package.sh: '$version' is not a version: start with a digit, then letters, digits, '.', '+' or '~' (1.0.0, 1.1.0~rc1)" >&2
  exit 2
fi
[ "$(uname -m)" = x86_64 ] || { echo "package.sh: makes the linux-x86_64 release; this machine is $(uname -m)" >&2; exit 2; }
for tool in swift strip dpkg-deb dpkg-shlibdeps gzip tar sha256sum pkg-config; do
  command -v "$tool" >/dev/null 2>&1 || { echo "package.sh: $tool is missing (scripts/install-deps.sh installs it)" >&2; exit 2; }
done

scratch="$root/.build-package"
name="herstelsite-$version-linux-x86_64"
deb="herstelsite_${version}_amd64.deb"
work="$scratch/stage"
rm -rf "$work" dist
mkdir -p "$work" dist

# cmark-gfm statically: Package.swift links Debian's .a archives instead of the shared libraries
# when HERSTELSITE_STATIC_CMARK_GFM=1 (-l:libcmark-gfm.a, found in the linker's library path).
libdir="$(pkg-config --variable=libdir libcmark-gfm)"
for lib in libcmark-gfm.a libcmark-gfm-extensions.a; do
  [ -f "$libdir/$lib" ] || { echo "package.sh: $libdir/$lib is missing (Debian's libcmark-gfm-dev ships it)" >&2; exit 1; }
done
export HERSTELSITE_STATIC_CMARK_GFM=1

# The version and commit, in a header CBuildInfo includes (build_info.c, __has_include). The
# folder is on the include path with the same flag for every commit, so a new commit changes
# one header and recompiles one C file, not the whole package. Rewritten only when it changes.
info="$scratch/info"
mkdir -p "$info"
header="$(printf '#define HERSTELSITE_VERSION "%s"\n#define HERSTELSITE_COMMIT "%s"\n' "$version" "$commit")"
[ "$(cat "$info/herstelsite_build_info.h" 2>/dev/null)" = "$header" ] || printf '%s\n' "$header" >"$info/herstelsite_build_info.h"

# The same flags for every swift build in $scratch, so nothing is built twice.
flags=(
  -c release --scratch-path "$scratch" --static-swift-stdlib
  -Xcc -I"$info"
  # Build paths out of the binary, so a clone elsewhere builds the same bytes.
  -Xswiftc -file-prefix-map -Xswiftc "$root=."
  -Xcc "-ffile-prefix-map=$root=."
)
echo "package.sh: building herstelsite $version ($commit) in .build-package/"
swift build "${flags[@]}" --product herstelsite
# swift-argument-parser's own manual generator, run on the very binary that ships.
swift build "${flags[@]}" --product generate-manual
bin="$(swift build "${flags[@]}" --show-bin-path)"

# The licences of what is linked into the binary, which its licences ask to travel with it:
# the Swift runtime and Foundation, ICU, cmark-gfm, and every Swift package SwiftPM resolved
# (a superset of those linked), in a fixed order.
notices() {
  local swift_root
  swift_root="$(dirname "$(dirname "$(command -v swift)")")"
  section() { printf '\n==============================================================================\n%s\n\n' "$1"; }
  echo "herstelsite links the following software into its binary. Each is under its own licence,"
  echo "given here in full. herstelsite itself is under the EUPL 1.2 (LICENSE)."
  section "Swift runtime, Foundation and Dispatch (Apache License 2.0 with Runtime Library Exception)"
  cat "$swift_root/share/swift/LICENSE.txt"
  section "ICU"
  cat scripts/notices/ICU.txt
  section "cmark-gfm $(pkg-config --modversion libcmark-gfm) (as Debian's libcmark-gfm-dev records it)"
  cat /usr/share/doc/libcmark-gfm-dev/copyright
  local checkout file
  for checkout in $(find "$scratch/checkouts" -mindepth 1 -maxdepth 1 -type d | LC_ALL=C sort); do
    for file in $(find "$checkout" -maxdepth 1 -type f \( -iname 'LICENSE*' -o -iname 'NOTICE*' \) | LC_ALL=C sort); do
      section "Swift package $(basename "$checkout"): $(basename "$file")"
      cat "$file"
    done
  done
}

# --- the files of the release, in $work/files ----------------------------------------------
files="$work/files"
mkdir -p "$files/docs" "$files/man" "$files/completions"
cp "$bin/herstelsite" "$files/herstelsite"
strip --strip-all "$files/herstelsite"
exe="$files/herstelsite"

# Refuse a binary that would need a -dev package or the toolchain on the reviewer's machine.
needed="$(readelf -d "$exe" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | sort)"
unexpected="$(grep -vE '^(libc|libm|libdl|libpthread|librt|libutil|ld-linux-x86-64)\.so\.[0-9]+$|^libstdc\+\+\.so\.6$|^libgcc_s\.so\.1$' <<<"$needed" || true)"
if [ -n "$unexpected" ]; then
  echo "package.sh: the binary needs shared libraries a stock machine may not have:" >&2
  echo "$unexpected" >&2
  exit 1
fi

printf '%s\n' "$("$exe" --version)" | grep -qxF "herstelsite $version (commit $commit)" \
  || { echo "package.sh: --version says '$("$exe" --version)'" >&2; exit 1; }

"$exe" --generate-completion-script bash >"$files/completions/herstelsite.bash"
"$exe" --generate-completion-script zsh >"$files/completions/_herstelsite"
"$exe" --generate-completion-script fish >"$files/completions/herstelsite.fish"
"$bin/generate-manual" "$exe" --date "$day" --section 1 -o "$files/man"
[ -s "$files/man/herstelsite.1" ] || { echo "package.sh: generate-manual wrote no herstelsite.1" >&2; exit 1; }

# The texts as the commit has them (an edit made while the build runs must not slip in), or
# the working tree's for a tree that is already "-modified".
texts="$work/texts"
mkdir -p "$texts"
if [ -z "$tree_state" ]; then
  git archive --format=tar HEAD LICENSE README.md docs | tar -xf - -C "$texts"
else
  cp -r LICENSE README.md docs "$texts/"
fi
cp "$texts/LICENSE" "$files/LICENSE"
cp "$texts/README.md" "$files/README.md"
cp "$texts"/docs/*.md "$files/docs/"
notices >"$files/THIRD-PARTY-NOTICES"

# --- the archive ----------------------------------------------------------------------------
normalise() { # $1: a folder; fixed modes and dates, whatever the umask and the clock said
  find "$1" -type d -exec chmod 0755 {} +
  find "$1" -type f -exec chmod 0644 {} +
  [ -z "${2:-}" ] || chmod 0755 "$2"
  find "$1" -exec touch --no-dereference --date="@$SOURCE_DATE_EPOCH" {} +
}
tarball() { # $1: folder to pack from, $2: entry, $3: output
  tar --sort=name --format=gnu --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner \
    -C "$1" -cf - "$2" | gzip -9n >"$3"
}
mkdir -p "$work/tar"
cp -a "$files" "$work/tar/$name"
normalise "$work/tar/$name" "$work/tar/$name/herstelsite"
tarball "$work/tar" "$name" "dist/$name.tar.gz"

# --- the .deb -------------------------------------------------------------------------------
pkg="$work/deb"
mkdir -p "$pkg/DEBIAN" "$pkg/usr/bin" "$pkg/usr/share/man/man1" "$pkg/usr/share/doc/herstelsite/docs" \
  "$pkg/usr/share/bash-completion/completions" "$pkg/usr/share/zsh/vendor-completions" \
  "$pkg/usr/share/fish/vendor_completions.d"
cp "$exe" "$pkg/usr/bin/herstelsite"
gzip -9n <"$files/man/herstelsite.1" >"$pkg/usr/share/man/man1/herstelsite.1.gz"
cp "$files/completions/herstelsite.bash" "$pkg/usr/share/bash-completion/completions/herstelsite"
cp "$files/completions/_herstelsite" "$pkg/usr/share/zsh/vendor-completions/_herstelsite"
cp "$files/completions/herstelsite.fish" "$pkg/usr/share/fish/vendor_completions.d/herstelsite.fish"
cp "$files/README.md" "$pkg/usr/share/doc/herstelsite/README.md"
cp "$files"/docs/*.md "$pkg/usr/share/doc/herstelsite/docs/"
{
  printf 'herstelsite\n\nCopyright: Inspectie van het Onderwijs\nLicense: EUPL-1.2\n\n'
  cat LICENSE
  printf '\n\n'
  cat "$files/THIRD-PARTY-NOTICES"
} >"$pkg/usr/share/doc/herstelsite/copyright"

# Depends from the binary itself: dpkg-shlibdeps reads its NEEDED libraries and the symbol
# versions it uses, and names the packages and least versions that provide them.
shl="$work/shlibdeps"
mkdir -p "$shl/debian"
printf 'Source: herstelsite\n\nPackage: herstelsite\nArchitecture: amd64\n' >"$shl/debian/control"
depends="$(cd "$shl" && dpkg-shlibdeps -O "$pkg/usr/bin/herstelsite" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')"
[ -n "$depends" ] || { echo "package.sh: dpkg-shlibdeps found no dependencies" >&2; exit 1; }
size="$(du -k -s --apparent-size "$pkg/usr" | cut -f1)"
cat >"$pkg/DEBIAN/control" <<EOF
Package: herstelsite
Version: $version
Architecture: amd64
Maintainer: Inspectie van het Onderwijs <herstelsite@example.invalid>
Installed-Size: $size
Depends: $depends
Section: web
Priority: optional
Description: static site of school boards that received a herstelopdracht
 herstelsite builds, checks and previews the public list of school boards that
 received a herstelopdracht (monitoring sociale veiligheid) from the Dutch
 Inspectorate of Education, with their anonymised reports. Every page passes a
 privacy gate before it is written. One binary: build, check, changes, serve.
EOF
normalise "$pkg" "$pkg/usr/bin/herstelsite"
chmod 0755 "$pkg/DEBIAN"
chmod 0644 "$pkg/DEBIAN/control"
dpkg-deb --root-owner-group -Zxz --build "$pkg" "dist/$deb" >/dev/null

# What was built must still be what the version names: the same commit, the same changes.
if [ "$(git rev-parse HEAD)" != "${commit%-modified}" ] || [ "$(git status --porcelain --untracked-files=no)" != "$tree_state" ]; then
  echo "package.sh: the commit or the working tree changed while packaging; run it again" >&2
  rm -rf dist
  exit 1
fi
(cd dist && sha256sum "$name.tar.gz" "$deb" >SHA256SUMS)
rm -rf "$work"
echo "package.sh: done in $(($(date +%s) - start)) s:"
(cd dist && ls -l --time-style=+ "$name.tar.gz" "$deb" SHA256SUMS | awk '{print "  dist/" $NF "  " $5 " bytes"}')
