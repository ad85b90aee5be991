#!/usr/bin/env bash
# The privacy benchmark in one command (bench/privacy/README.md).
#
#   bench/privacy/run.sh
#   HERSTELSITE=.build/debug/herstelsite bench/privacy/run.sh
#   SEEDS="1 2 3" PER_CATEGORY=60 CLEAN_10000=0 bench/privacy/run.sh
#   NATIONAL=0 bench/privacy/run.sh     # without the national-register corpus
#
# 1. generates clean corpora with bench/gen_corpus.py (1,000 and 10,000 cases) and
#    bench/gen_national.py (10,000 cases with the names of the national register;
#    NATIONAL_N sets the size);
# 2. plants personal data (plant.py) with each seed S into the sample Content/ and with
#    seed S + 100 into the 1,000-case corpus (so the items differ);
# 3. scores herstelsite on all of them, and DEDUCE on the same items and on the clean
#    published text (score.py); prints the tables and writes them, the details (missed
#    items, false alarms) and the raw JSON into $PRIVACY_BENCH_DIR.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
HERSTELSITE="${HERSTELSITE:-$REPO/.build/release/herstelsite}"
WORK="${PRIVACY_BENCH_DIR:-/dev/shm/privacy-bench}"
SEEDS="${SEEDS:-1 2}"
PER_CATEGORY="${PER_CATEGORY:-40}"
CLEAN_10000="${CLEAN_10000:-1}"
NATIONAL="${NATIONAL:-1}"
NATIONAL_N="${NATIONAL_N:-10000}"
DEDUCE_SAMPLE="${DEDUCE_SAMPLE:-200}"
PY="${PYTHON:-python3}"

if [ ! -x "$HERSTELSITE" ]; then
  echo "run.sh: no herstelsite binary at $HERSTELSITE" >&2
  echo "  build it (swift build -c release --product herstelsite) or set HERSTELSITE=..." >&2
  exit 2
fi
HERSTELSITE="$(cd "$(dirname "$HERSTELSITE")" && pwd)/$(basename "$HERSTELSITE")"
mkdir -p "$WORK"
# measure a copy: a rebuild of the original during the run cannot mix two builds
cp "$HERSTELSITE" "$WORK/herstelsite-under-test"

echo "== clean corpora (bench/gen_corpus.py)" >&2
"$PY" "$REPO/bench/gen_corpus.py" 1000 "$WORK/clean-1000" --force
clean=(--clean "$REPO/Content" --clean "$WORK/clean-1000")
if [ "$CLEAN_10000" = 1 ]; then
  "$PY" "$REPO/bench/gen_corpus.py" 10000 "$WORK/clean-10000" --force
  clean+=(--clean "$WORK/clean-10000")
fi
if [ "$NATIONAL" = 1 ]; then
  "$PY" "$REPO/bench/gen_national.py" "$NATIONAL_N" "$WORK/national-$NATIONAL_N" --force
  clean+=(--clean "$WORK/national-$NATIONAL_N")
fi

echo "== planting (seeds: $SEEDS, $PER_CATEGORY items per category each)" >&2
planted=()
rm -rf "$WORK"/planted-*
for seed in $SEEDS; do
  for src in sample gen1000; do
    # the items depend on the seed alone, so each corpus gets its own seed: the 1,000-case
    # corpus gets seed + 100, and no item is planted twice
    case $src in
      sample) dir="$REPO/Content"; s=$seed ;;
      gen1000) dir="$WORK/clean-1000"; s=$((seed + 100)) ;;
    esac
    out="$WORK/planted-$src-s$s"
    "$PY" "$HERE/plant.py" --seed "$s" --source "$dir" --out "$out/Content" \
      --per-category "$PER_CATEGORY"
    planted+=(--planted "$out/Content")
  done
done

echo "== scoring $HERSTELSITE and DEDUCE" >&2
"$PY" "$HERE/score.py" --herstelsite "$WORK/herstelsite-under-test" --built-from "$HERSTELSITE" \
  "${planted[@]}" "${clean[@]}" \
  --deduce --deduce-sample "$DEDUCE_SAMPLE" \
  --deduce-clean "$REPO/Content" --deduce-clean "$WORK/clean-1000" \
  --details "$WORK/details.md" --json "$WORK/results.json" | tee "$WORK/results.md"
echo "tables: $WORK/results.md; missed items and false alarms: $WORK/details.md" >&2
