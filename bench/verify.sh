#!/usr/bin/env bash
# How long `herstelsite verify` takes beside `sha256sum -c` on the same built site, and what
# writing SHA256SUMS adds to a build (bench/README.md, "verify and SHA256SUMS").
#   bench/verify.sh [N]       default N = 10000, the gen corpus (gen_corpus.py)
#   ROUNDS=5                  alternating rounds: verify first in odd rounds, sha256sum in even
#   HERSTELSITE=/path/to/bin  time a given binary, skip the release build
# Page cache warm for both (one untimed run of each first): this times hashing and the walk,
# not the disk. Prints a Markdown table.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
N=${1:-10000}
ROUNDS=${ROUNDS:-5}
BIN=$(herstelsite_bin)
ensure_corpus gen "$N"
d=$(corpus_root gen "$N")
out="$d/out-verify"
rm -rf "$out"
"$BIN" build --force --content "$d/Content" --output "$out" >&2
files=$(wc -l <"$out/SHA256SUMS")
bytes=$(du -sb "$out" | cut -f1)
now() { date +%s.%N; }
elapsed() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.3f}')" "$1" "$2"; }
run_verify() { "$BIN" verify "$out" >/dev/null; }
run_sha() { (cd "$out" && sha256sum --check --strict --quiet SHA256SUMS); }
run_verify; run_sha
declare -a V S
for r in $(seq 1 "$ROUNDS"); do
  for which in $( [ $((r % 2)) -eq 1 ] && echo "verify sha" || echo "sha verify"); do
    t0=$(now)
    if [ "$which" = verify ]; then run_verify; else run_sha; fi
    t1=$(now)
    if [ "$which" = verify ]; then V+=("$(elapsed "$t0" "$t1")"); else S+=("$(elapsed "$t0" "$t1")"); fi
  done
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# The build's extra time for the manifest: the digests are taken as files are written; the
# manifest's own cost is measured by timing with HERSTELSITE_TIMINGS (the swap includes it).
echo "| N | files | MB | herstelsite verify (median s, all rounds) | sha256sum -c (median s, all rounds) |"
echo "| ---: | ---: | ---: | ---: | ---: |"
echo "| $N | $files | $((bytes / 1000000)) | $(median "${V[@]}") (${V[*]}) | $(median "${S[@]}") (${S[*]}) |"
