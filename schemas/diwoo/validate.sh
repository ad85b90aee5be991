#!/bin/sh
# Validates Woo-index sitemaps offline: a <sitemapindex> against sitemaps.org/siteindex.xsd,
# a sitemap against sitemaps.org 0.9 + DiWoo 0.9.8 (+ the MDTO 1.0.1 schema DiWoo imports).
# usage: validate.sh FILE.xml...     (needs xmllint: apt-get install libxml2-utils)
# Exit status 0 when every file is valid.
HERE=$(cd "$(dirname "$0")" && pwd)
[ "$#" -gt 0 ] || { echo "usage: validate.sh FILE.xml..." >&2; exit 2; }
command -v xmllint >/dev/null 2>&1 || { echo "validate.sh: xmllint is missing (apt-get install libxml2-utils)" >&2; exit 2; }
status=0
for file in "$@"; do
  if grep -q "<sitemapindex" "$file"; then
    schema="$HERE/sitemaps.org/siteindex.xsd"
  else
    schema="$HERE/sitemap-with-diwoo.xsd"
  fi
  XML_CATALOG_FILES="$HERE/catalog.xml" xmllint --nonet --noout --schema "$schema" "$file" || status=1
done
exit $status
