#!/usr/bin/env bash
# How long does a reviewer wait, in `herstelsite serve`, between saving a file and seeing
# the change in the browser?
#
#   bench/preview.sh [N] [EDITS]     default N=10000, EDITS=7
#
# Environment:
#   HERSTELSITE=path   binary (default: swift build -c release, .build/release/herstelsite)
#   CORPUS=gen         gen (gen_corpus.py) or alt (gen_corpus_alt.py)
#   HERSTELBENCH_DIR   where the corpus is made and kept (default /dev/shm/herstelbench)
#   POLL=0.02          seconds between two requests while waiting
#   TIMEOUT=300        seconds to wait for one change before giving up
#   KEEP=1             keep the working copy of the corpus afterwards
#
# It copies the corpus to /dev/shm (the original stays untouched), starts
# `herstelsite serve --content COPY --port 0`, waits for the first build ("Built: …"), then
# EDITS times, one after the other:
#   (a) report edit: appends a paragraph with a new marker word to the body of one of two
#       published cases with an own report (alternating), then requests that case's report
#       page /besturen/NUMMER/JJJJ-JJJJ/ every POLL seconds until the marker is in it;
#   (b) board rename: appends a new marker word to `bestuur.naam` of a board's latest
#       published case (the name /besturen/ shows), then requests /besturen/ until the new
#       name is in it.
# The latency runs from just before the file is written to the first response that
# shows the change; it includes the watcher's polling (300 ms), its settling (100 ms or
# more) and the rebuild. It also reports the rebuild times the server prints itself
# ("Rebuilt: … in X s") and its peak memory. Every edited file is restored at the end,
# the server stopped, the copy removed (unless KEEP=1). Results also go to
# bench/results-preview-latest.md.
set -uo pipefail
source "$(dirname "$0")/lib.sh"

N=${1:-10000}
EDITS=${2:-7}
[[ "$N" =~ ^[1-9][0-9]*$ ]] || die "not a number of cases: $N"
[[ "$EDITS" =~ ^[1-9][0-9]*$ ]] || die "not a number of edits: $EDITS"
KIND=${CORPUS:-gen}
[ "$KIND" = gen ] || [ "$KIND" = alt ] || die "CORPUS must be gen or alt"
POLL=${POLL:-0.02}
TIMEOUT=${TIMEOUT:-300}
command -v curl >/dev/null || die "curl is not installed"
HS=$(herstelsite_bin) || exit 2
ensure_corpus "$KIND" "$N"
SRC="$(corpus_root "$KIND" "$N")/Content"

WORK="/dev/shm/herstelbench-preview/$KIND-$N"
C="$WORK/Content"
rm -rf "$WORK"
mkdir -p "$WORK/orig"
cp -a "$SRC" "$C" || die "cannot copy $SRC to $C"
OUT="$WORK/serve.out" ERR="$WORK/serve.err" PAGE="$WORK/page.html"
SERVER=""

# The cases to edit, chosen from the corpus: two published cases with an own report (plain
# UTF-8 with LF line ends, for a clean append), and the latest published case of a board
# (which names the board on /besturen/) whose `naam:` under `bestuur:` is a plain scalar,
# so a word can be appended.
TARGETS=$(BENCH="$BENCH" python3 -B - "$C" <<'EOF'
import collections, os, re, sys
sys.path.insert(0, os.environ["BENCH"])
import corpus
content = sys.argv[1]
site, cases, *_ = corpus.load_content(content)
pub = [c for c in cases if corpus.is_published(c)]
per_board = collections.Counter(c["bestuur"]["nummer"] for c in pub)
def clean(c):
    raw = open(os.path.join(content, c["_path"]), "rb").read()
    return not raw.startswith(b"\xef\xbb\xbf") and b"\r" not in raw
def url(c):
    return f"besturen/{c['bestuur']['nummer']}/{c['schooljaar']}/"
bodies = [c for c in pub if c["_body"].strip() and clean(c)] or [c for c in pub if clean(c)]
seen, picked = set(), []
for c in bodies[len(bodies) // 3:] + bodies[:len(bodies) // 3]:
    if c["bestuur"]["nummer"] not in seen:
        picked.append(c)
        seen.add(c["bestuur"]["nummer"])
    if len(picked) == 2:
        break
for c in picked:
    print("body", c["_path"], url(c), sep="\t")
latest = {}
for c in pub:
    k = c["bestuur"]["nummer"]
    if k not in latest or c["schooljaar"] > latest[k]["schooljaar"]:
        latest[k] = c
# the board's latest case names it on /besturen/; a board with one case first
order = sorted(latest.values(), key=lambda c: per_board[c["bestuur"]["nummer"]] != 1)
for c in order[len(order) // 2:] + order[:len(order) // 2]:
    if c["bestuur"]["nummer"] in seen or not clean(c):
        continue
    lines = open(os.path.join(content, c["_path"]), encoding="utf-8").read().split("\n")
    try:
        b = lines.index("bestuur:")
    except ValueError:
        continue
    for i in range(b + 1, len(lines)):
        m = re.match(r"^(\s+)naam: (.*)$", lines[i])
        if m:
            v = m.group(2)
            if v and v[0] not in "\"'&*!|>%@`[{" and "#" not in v and ": " not in v:
                print("rename", c["_path"], i + 1, sep="\t")
                sys.exit(0)
            break
        if not lines[i].startswith((" ", "\t")):
            break
sys.exit("no case to rename found")
EOF
) || die "could not choose the cases to edit"
# (tab-separated: file names under cases/ are free and may hold spaces)
mapfile -t BODY_LINES < <(grep $'^body\t' <<<"$TARGETS")
[ "${#BODY_LINES[@]}" -ge 1 ] || die "no published case to edit"
IFS=$'\t' read -r _ RENAME_FILE RENAME_AT < <(grep $'^rename\t' <<<"$TARGETS")
BODY_FILES=() BODY_URLS=()
for l in "${BODY_LINES[@]}"; do
  IFS=$'\t' read -r _ f u <<<"$l"
  BODY_FILES+=("$f") BODY_URLS+=("$u")
done
log "editing ${BODY_FILES[*]} (report) and $RENAME_FILE:$RENAME_AT (board name)"
# Originals, to write each edit from and to restore at the end.
for f in "${BODY_FILES[@]}" "$RENAME_FILE"; do
  mkdir -p "$WORK/orig/$(dirname "$f")"
  cp -p "$C/$f" "$WORK/orig/$f"
done

restore() {
  for f in "${BODY_FILES[@]}" "$RENAME_FILE"; do
    [ -f "$WORK/orig/$f" ] && cp -p "$WORK/orig/$f" "$C/$f"
  done
}
cleanup() {
  if [ -n "$SERVER" ] && kill -0 "$SERVER" 2>/dev/null; then
    kill -INT "$SERVER" 2>/dev/null
    for _ in $(seq 1 50); do kill -0 "$SERVER" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$SERVER" 2>/dev/null && kill -KILL "$SERVER" 2>/dev/null
    wait "$SERVER" 2>/dev/null
  fi
  restore
  [ "${KEEP:-}" = 1 ] || rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now() { echo "${EPOCHREALTIME/./}"; }   # microseconds
letters() { tr -dc 'a-z' </dev/urandom | head -c 8; }

log "starting herstelsite serve on a copy of the $KIND corpus (N=$N) in $C"
(cd "$WORK" && exec "$HS" serve --content "$C" --port 0) >"$OUT" 2>"$ERR" &
SERVER=$!
started=$(now)
URL=""
while :; do
  kill -0 "$SERVER" 2>/dev/null || { cat "$ERR" >&2; die "herstelsite serve stopped"; }
  [ -z "$URL" ] && URL=$(grep -o -m1 'http://[^ ]*/' "$OUT")
  grep -q '^Built:' "$OUT" && break
  grep -q 'the preview shows the error' "$ERR" && { head -n 20 "$ERR" >&2; die "the first build failed"; }
  [ $(( $(now) - started )) -gt $(( TIMEOUT * 1000000 )) ] && die "no first build after $TIMEOUT s"
  sleep 0.1
done
FIRST=$(grep -m1 '^Built:' "$OUT")
log "$URL — $FIRST"
sleep 1  # let the watcher take its first reading of the content after the build

# wait_for URL MARKER: request URL every $POLL s until the response holds MARKER; prints
# the microseconds since $T0, or fails after $TIMEOUT s.
wait_for() {
  local url=$1 marker=$2 t
  while :; do
    if curl -s --max-time "$TIMEOUT" -o "$PAGE" "$url" && grep -qF -- "$marker" "$PAGE"; then
      t=$(now)
      echo $((t - T0))
      return 0
    fi
    [ $(( $(now) - T0 )) -gt $(( TIMEOUT * 1000000 )) ] && return 1
    sleep "$POLL"
  done
}

# rebuilt_since COUNT: wait (up to 2 s) for a "Rebuilt:" line after the first COUNT ones;
# prints its seconds, and "+" for every extra rebuild.
rebuilt_since() {
  local count=$1 lines i
  for i in $(seq 1 20); do
    lines=$(grep -c '^Rebuilt:' "$OUT")
    [ "$lines" -gt "$count" ] && break
    sleep 0.1
  done
  grep '^Rebuilt:' "$OUT" | tail -n +"$((count + 1))" | sed -E 's/.* in ([0-9.]+) s[.;].*$/\1/' | paste -sd+
}

BODY_MS=() RENAME_MS=() BUILDS=() FAILED=0
for i in $(seq 1 "$EDITS"); do
  k=$(( (i - 1) % ${#BODY_FILES[@]} ))
  f=${BODY_FILES[$k]} u="$URL${BODY_URLS[$k]}" marker="meetwoord$(letters)"
  n0=$(grep -c '^Rebuilt:' "$OUT")
  T0=$(now)
  { cat "$WORK/orig/$f"; printf '\nControlewoord voor de meting: %s.\n' "$marker"; } >"$C/$f"
  if us=$(wait_for "$u" "$marker"); then
    BODY_MS+=("$((us / 1000))")
    b=$(rebuilt_since "$n0"); BUILDS+=("$b")
    log "edit $i: report $u shows the change after $((us / 1000)) ms (server: rebuilt in ${b:-?} s)"
  else
    FAILED=1; log "edit $i: report $u did not show $marker within $TIMEOUT s"; tail -n 5 "$ERR" >&2
  fi
  sleep 0.3

  marker="meetnaam$(letters)"
  n0=$(grep -c '^Rebuilt:' "$OUT")
  T0=$(now)
  LC_ALL=C awk -v at="$RENAME_AT" -v add=" $marker" 'NR == at { $0 = $0 add } { print }' \
    "$WORK/orig/$RENAME_FILE" >"$C/$RENAME_FILE"
  if us=$(wait_for "${URL}besturen/" "$marker"); then
    RENAME_MS+=("$((us / 1000))")
    b=$(rebuilt_since "$n0"); BUILDS+=("$b")
    log "edit $i: /besturen/ shows the new name after $((us / 1000)) ms (server: rebuilt in ${b:-?} s)"
  else
    FAILED=1; log "edit $i: /besturen/ did not show $marker within $TIMEOUT s"; tail -n 5 "$ERR" >&2
  fi
  sleep 0.3
done

PEAK_KB=$(awk '/^VmHWM:/ { print $2 }' "/proc/$SERVER/status" 2>/dev/null)
CPU_S=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$SERVER/stat" 2>/dev/null)

published=$(grep -o -m1 '^Built: [0-9]*' "$OUT" | grep -o '[0-9]*$')
summary=$(python3 - "$KIND" "$N" "$EDITS" "${published:-?}" "$FIRST" "${PEAK_KB:-0}" "${CPU_S:-?}" \
  "${BODY_MS[*]:-}" "${RENAME_MS[*]:-}" "${BUILDS[*]:-}" <<'EOF'
import re, statistics, sys
kind, n, edits, published, first, peak_kb, cpu, body, rename, builds = sys.argv[1:]
body = [int(x) for x in body.split()]
rename = [int(x) for x in rename.split()]
builds = [sum(float(p) for p in b.split("+")) for b in builds.split() if b and b != "?"]
extra = sum(b.count("+") for b in sys.argv[10].split())
first_s = re.search(r"in ([0-9.]+) s", first)
def ms(xs):
    return f"median {statistics.median(xs):,.0f} ms, max {max(xs):,.0f} ms ({len(xs)} edits)" if xs else "FAILED"
def num(xs, f, d=0):
    return f"{f(xs):,.{d}f}" if xs else "FAILED"
print(f"| {kind} | {n} | {published} | {first_s.group(1) if first_s else '?'} | "
      f"{num(body, statistics.median)} | {num(body, max)} | "
      f"{num(rename, statistics.median)} | {num(rename, max)} | "
      f"{num(builds, statistics.median, 2)} | {int(peak_kb) / 1024:,.0f} | {cpu} |")
print(f"report edit -> report page: {ms(body)}", file=sys.stderr)
print(f"board rename -> /besturen/: {ms(rename)}", file=sys.stderr)
if builds:
    print(f"server-reported rebuild: median {statistics.median(builds):.2f} s, max {max(builds):.2f} s"
          + (f" ({extra} extra rebuilds)" if extra else ""), file=sys.stderr)
EOF
)
{
  echo "# herstelsite serve: edit latency — $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "- machine: $(nproc) cores, load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- herstelsite: \`$HS\`; $KIND corpus, N=$N; $EDITS edits of each kind, polled every $POLL s"
  echo "- latency: from just before the file write to the first response that shows the change"
  echo
  echo "| corpus | N cases | published | first build s | report edit median ms | report edit max ms | board rename median ms | board rename max ms | server rebuild median s | serve peak MB | serve CPU s |"
  echo "| :--- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  echo "$summary"
} | tee "$BENCH/results-preview-latest.md"
exit "$FAILED"
