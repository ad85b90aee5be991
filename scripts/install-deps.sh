#!/usr/bin/env bash
# Installs the system libraries herstelsite builds against, only when they are missing:
# cmark-gfm with its GFM extensions (Debian's libcmark-gfm-dev) and pkg-config; and xmllint
# (libxml2-utils), with which the tests and scripts/test.sh validate the DiWoo sitemaps.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
[ -f /usr/include/cmark-gfm.h ] || missing+=(libcmark-gfm-dev)
[ -f /usr/include/cmark-gfm-core-extensions.h ] || missing+=(libcmark-gfm-extensions-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
# scripts/package.sh and scripts/release-test.sh: strip and readelf, dpkg-shlibdeps, curl.
command -v readelf >/dev/null 2>&1 || missing+=(binutils)
command -v dpkg-shlibdeps >/dev/null 2>&1 || missing+=(dpkg-dev)
command -v curl >/dev/null 2>&1 || missing+=(curl)

if [ "${#missing[@]}" -gt 0 ]; then
  echo "install-deps: apt-get install ${missing[*]}"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
command -v swift >/dev/null 2>&1 || { echo "install-deps: the Swift toolchain is not on PATH; see https://www.swift.org/install/linux/" >&2; exit 1; }
