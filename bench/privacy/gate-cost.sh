#!/usr/bin/env bash
# What the privacy gate's detectors cost a build: two herstelsite binaries (one without the
# detectors, one with) build the same corpus in turn, ROUNDS times each, alternating, and
# the script prints each run's wall and CPU time, peak memory and the gate stage's time
# (HERSTELSITE_TIMINGS), then the medians.
#
#   bench/privacy/gate-cost.sh BASE_BINARY NEW_BINARY CORPUS [ROUNDS]
#   bench/privacy/gate-cost.sh /tmp/hs-7ff1b30 .build/release/herstelsite /dev/shm/c10000 3
#
# Make the corpus with bench/gen_corpus.py 10000 DIR; build the base binary from the commit
# before the detectors (7ff1b30) in a worktree with `swift build -c release`.
set -euo pipefail
base="$1"; new="$2"; corpus="$3"; rounds="${4:-3}"
out="$(mktemp -d /dev/shm/gate-cost.XXXXXX)"
trap 'rm -rf "$out"' EXIT
results="$out/results.tsv"
for round in $(seq "$rounds"); do
  for name in base new; do
    binary="$base"; [ "$name" = new ] && binary="$new"
    log="$out/$name-$round.log"
    /usr/bin/time -f "TIME %e %U %S %M" env HERSTELSITE_TIMINGS=1 "$binary" build --force \
      --content "$corpus" --output "$out/$name" >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
    gate=$(grep -o 'gate [0-9.]* s' "$log" | awk '{print $2}')
    read -r wall user sys rss < <(grep '^TIME' "$log" | awk '{print $2, $3, $4, $5}')
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$round" "$wall" "$cpu" "$((rss / 1024))" "$gate" | tee -a "$results"
  done
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
echo
echo "| binary | wall s | CPU s | peak MB | gate stage s |"
echo "| --- | ---: | ---: | ---: | ---: |"
for name in base new; do
  row="| $name"
  for column in 3 4 5 6; do row="$row | $(awk -v n="$name" -v c="$column" '$1 == n {print $c}' "$results" | median)"; done
  echo "$row |"
done
