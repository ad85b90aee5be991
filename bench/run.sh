#!/usr/bin/env bash
# herstelsite vs Hugo on the same generated corpora.
#
#   bench/run.sh [N ...]          default: 10000; e.g. bench/run.sh 1000 10000 30000
#
# Environment:
#   HERSTELSITE=path   binary to time (default: swift build -c release, .build/release/herstelsite)
#   CORPUS=both        gen (gen_corpus.py), alt (gen_corpus_alt.py) or both: every N on each
#   ROUNDS=5           timed rounds per tool (after one untimed warm-up each)
#   HERSTELBENCH_DIR   where corpora and outputs go (default /dev/shm/herstelbench)
#
# Per corpus and N: the corpus goes to $HERSTELBENCH_DIR/KIND-N/Content and the equivalent
# Hugo site to .../KIND-N/hugo (both reused when the generators have not changed). The
# builds alternate, herstelsite first in odd rounds and Hugo first in even rounds; both
# output folders are removed before each timed full build. Then the no-change rebuild:
# herstelsite into its existing output. Wall time, CPU time and peak RSS come from
# /usr/bin/time. One table row per (corpus, N), to stdout and to bench/results-latest.md.
set -uo pipefail
source "$(dirname "$0")/lib.sh"

ROUNDS=${ROUNDS:-5}
[[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || die "ROUNDS must be a positive number"
[ "$#" -gt 0 ] && NS=("$@") || NS=(10000)
for n in "${NS[@]}"; do [[ "$n" =~ ^[1-9][0-9]*$ ]] || die "not a number of cases: $n"; done
KINDS_TEXT=$(corpus_kinds) || exit 2
mapfile -t KINDS <<<"$KINDS_TEXT"
command -v hugo >/dev/null || die "hugo is not installed (apt-get install -y hugo)"
[ -x /usr/bin/time ] || die "/usr/bin/time is missing (apt-get install -y time)"
HS=$(herstelsite_bin) || exit 2
log "herstelsite: $HS"
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)

# timed TOOL ROUND KIND LOG CMD...: run CMD under /usr/bin/time, append a row to $TSV.
timed() {
  local tool=$1 round=$2 kind=$3 logf=$4 rc
  shift 4
  /usr/bin/time -f "%e %U %S %M" -o "$logf.time" "$@" >"$logf.out" 2>"$logf.err"
  rc=$?
  if [ "$rc" -ne 0 ]; then
    log "$tool ($kind, round $round) exited with $rc; first lines of its output:"
    head -n 15 "$logf.err" "$logf.out" >&2
  fi
  # last line: /usr/bin/time adds "Command exited with non-zero status" above it on failure
  printf '%s\t%s\t%s\t%s\t%s\n' "$tool" "$kind" "$round" "$rc" "$(tail -n 1 "$logf.time")" >>"$TSV"
}

count_pages() { [ -d "$1" ] && find "$1" -name '*.html' | wc -l || echo 0; }
size_mb() { [ -d "$1" ] && du -sb "$1" | awk '{printf "%.1f", $1 / 1048576}' || echo 0; }

ROWS=()
for n in "${NS[@]}"; do
for kind in "${KINDS[@]}"; do
  D=$(corpus_root "$kind" "$n")
  ensure_corpus "$kind" "$n"
  ensure_hugo "$kind" "$n"
  C="$D/Content" H="$D/hugo" OHS="$D/out-hs" OHUGO="$D/out-hugo" L="$D/logs"
  mkdir -p "$L"
  TSV="$D/times.tsv"
  : >"$TSV"
  read -r published boards < <(BENCH="$BENCH" python3 -B -c '
import os, sys; sys.path.insert(0, os.environ["BENCH"]); import corpus
pub = [c for c in corpus.load_content(sys.argv[1])[1] if corpus.is_published(c)]
print(len(pub), len({c["bestuur"]["nummer"] for c in pub}))' "$C")

  hs_build() { rm -rf "$OHS"; timed herstelsite "$1" "$2" "$L/hs-$2-$1" "$HS" build --content "$C" --output "$OHS"; }
  hugo_build() { rm -rf "$OHUGO"; timed hugo "$1" "$2" "$L/hugo-$2-$1" hugo --quiet -s "$H" -d "$OHUGO"; }

  log "$kind N=$n: warm-up"
  hs_build 0 warmup
  hugo_build 0 warmup
  for r in $(seq 1 "$ROUNDS"); do
    log "$kind N=$n: round $r of $ROUNDS"
    if [ $((r % 2)) -eq 1 ]; then hs_build "$r" full; hugo_build "$r" full
    else hugo_build "$r" full; hs_build "$r" full; fi
  done
  log "$kind N=$n: no-change rebuilds of herstelsite"
  for r in $(seq 1 "$ROUNDS"); do
    timed herstelsite "$r" rebuild "$L/hs-rebuild-$r" "$HS" build --content "$C" --output "$OHS"
  done

  row=$(python3 - "$TSV" "$kind" "$n" "$published" "$boards" "$(count_pages "$OHS")" "$(count_pages "$OHUGO")" \
        "$(size_mb "$OHS")" "$(size_mb "$OHUGO")" <<'EOF'
import statistics, sys
tsv, kind, n, published, boards, pages_hs, pages_hugo, mb_hs, mb_hugo = sys.argv[1:]
runs = {}
for line in open(tsv):
    tool, what, rnd, rc, times = line.rstrip("\n").split("\t")
    if what == "warmup":
        continue
    runs.setdefault((tool, what), []).append((int(rc), times.split()))
def stat(tool, what):
    rs = runs.get((tool, what), [])
    ok = [t for rc, t in rs if rc == 0 and len(t) == 4]
    if not rs or len(ok) < len(rs):
        return None
    wall = statistics.median(float(t[0]) for t in ok)
    cpu = statistics.median(float(t[1]) + float(t[2]) for t in ok)
    peak = max(int(t[3]) for t in ok) / 1024
    return wall, cpu, peak
hs, hugo, rb = stat("herstelsite", "full"), stat("hugo", "full"), stat("herstelsite", "rebuild")
f = lambda v, d=2: "FAILED" if v is None else f"{v:.{d}f}"
ratio = f"{hugo[0] / hs[0]:.1f}×" if hs and hugo and hs[0] > 0 else "n/a"
cpu_ratio = f"{hugo[1] / hs[1]:.1f}×" if hs and hugo and hs[1] > 0 else "n/a"
print(" | ".join([kind, n, published, boards, f"{pages_hs} / {pages_hugo}", f"{mb_hs} / {mb_hugo}",
                  f(hs and hs[0]), f(hugo and hugo[0]), ratio,
                  f(hs and hs[1]), f(hugo and hugo[1]), cpu_ratio,
                  f(hs and hs[2], 0), f(hugo and hugo[2], 0),
                  f(rb and rb[0]), f(rb and rb[1]), f(rb and rb[2], 0)]))
EOF
)
  ROWS+=("| $row |")
  log "$kind N=$n: | $row |"
done
done

{
  echo "# herstelsite vs Hugo — $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load average at start: $LOAD_START, at end: $(cut -d' ' -f1-3 /proc/loadavg)"
  if [ -n "${HERSTELSITE:-}" ]; then
    echo "- herstelsite: \`$HS\` (from HERSTELSITE)"
  else
    echo "- herstelsite: \`$HS\`, release build of $(git -C "$REPO" rev-parse --short HEAD)$(git -C "$REPO" diff --quiet HEAD -- Sources Package.swift || echo ' with uncommitted changes')"
  fi
  echo "- Hugo: $(hugo version | cut -d' ' -f1-2)"
  echo "- corpora: ${KINDS[*]} (gen: gen_corpus.py, alt: gen_corpus_alt.py; see bench/README.md)"
  echo "- $ROUNDS alternating rounds after one warm-up each; medians; CPU = user + sys; peak = max RSS over the rounds"
  echo
  echo "| corpus | N cases | published | boards | HTML pages herstelsite / Hugo | output MB herstelsite / Hugo | herstelsite s | Hugo s | Hugo / herstelsite | herstelsite CPU s | Hugo CPU s | Hugo / herstelsite CPU | herstelsite peak MB | Hugo peak MB | no-change rebuild s | no-change CPU s | no-change peak MB |"
  echo "| :--- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  printf '%s\n' "${ROWS[@]}"
} | tee "$BENCH/results-latest.md"
