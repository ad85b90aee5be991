#!/usr/bin/env bash
# Footnotes at scale (issue 22, item 14): `herstelsite check` on one report with N footnotes,
# beside libcmark-gfm alone on the same body. The time should grow in step with N.
#
#   bench/footnotes.sh                 N = 5000 10000 20000
#   bench/footnotes.sh 1000 40000      other sizes
#   UNUSED=1 bench/footnotes.sh        every note unreferenced (each a warning; 50 are told)
#
# Environment: HERSTELSITE (binary; default a release build of this repo), HERSTELBENCH_DIR
# (default /dev/shm/herstelbench). Needs python3, /usr/bin/time and, for the libcmark-gfm
# column, cc and libcmark-gfm-dev. Prints one Markdown table row per N: the body's size,
# wall and CPU seconds (user + sys) and peak RSS of the check, and libcmark-gfm's seconds.
set -uo pipefail
source "$(dirname "$0")/lib.sh"

SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(5000 10000 20000)
HS=$(herstelsite_bin) || exit 2
D="$ROOT/footnotes"
mkdir -p "$D"
CMARK=""
if command -v cc >/dev/null && cc -O2 "$BENCH/cmark_footnotes.c" -lcmark-gfm -lcmark-gfm-extensions -o "$D/cmark_footnotes" 2>"$D/cc.log"; then
  CMARK="$D/cmark_footnotes"
else
  log "no libcmark-gfm column (see $D/cc.log)"
fi
flag=""
[ -n "${UNUSED:-}" ] && flag="--unused"

echo "| notes | body | check wall s | check CPU s | peak RSS MB | warnings told | libcmark-gfm s |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for n in "${SIZES[@]}"; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || die "not a number of notes: $n"
  C="$D/notes-$n${flag:+-unused}"
  python3 -B "$BENCH/gen_footnotes.py" "$n" "$C" $flag || die "gen_footnotes.py failed"
  body=$(stat -c %s "$C.body.md")
  /usr/bin/time -f "%e %U %S %M" -o "$D/time" "$HS" check --content "$C" >"$D/out" 2>"$D/err"
  rc=$?
  [ "$rc" -eq 0 ] || die "herstelsite check exited with $rc (see $D/err)"
  read -r wall user sys rss <"$D/time"
  told=$(grep -c ': warning: ' "$D/err")
  ref="–"
  [ -n "$CMARK" ] && ref=$("$CMARK" "$C.body.md" | cut -d' ' -f1)
  printf "| %s | %s KB | %s | %.2f | %d | %s | %s |\n" "$n" "$((body / 1024))" "$wall" \
    "$(echo "$user + $sys" | bc)" "$((rss / 1024))" "$told" "$ref"
done
