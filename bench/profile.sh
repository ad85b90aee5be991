#!/usr/bin/env bash
# Where does herstelsite spend its time? One build under callgrind.
#
#   bench/profile.sh [N]          default N=1000 (callgrind is ~50x slower than native)
#
# Environment: HERSTELSITE (binary; default a release build of this repo), CORPUS (gen or
# alt, default gen), HERSTELBENCH_DIR (default /dev/shm/herstelbench), TOP (rows to show,
# default 40).
# Prints the top functions by own cost (exclusive) and by inclusive cost, Swift names
# demangled. The raw profile stays in $HERSTELBENCH_DIR/KIND-N/callgrind.out for
# kcachegrind or `callgrind_annotate --tree=caller`.
set -uo pipefail
source "$(dirname "$0")/lib.sh"

N=${1:-1000}
[[ "$N" =~ ^[1-9][0-9]*$ ]] || die "not a number of cases: $N"
TOP=${TOP:-40}
command -v valgrind >/dev/null || die "valgrind is not installed (apt-get install -y valgrind)"
KIND=${CORPUS:-gen}
[ "$KIND" = gen ] || [ "$KIND" = alt ] || die "CORPUS must be gen or alt for a profile"
HS=$(herstelsite_bin) || exit 2
ensure_corpus "$KIND" "$N"
D=$(corpus_root "$KIND" "$N")
OUT="$D/callgrind.out"

demangle() { if command -v swift-demangle >/dev/null; then swift-demangle --simplified
             elif command -v swift >/dev/null; then swift demangle --simplified; else cat; fi; }

# Valgrind 3.19 (Debian 12) gives up on the DWARF 5 debug info Swift 6 writes, so profile
# a copy without debug info: the symbol table still names every function.
PROF_BIN="$D/herstelsite.nodebug"
objcopy --strip-debug "$HS" "$PROF_BIN" || die "objcopy failed (apt-get install -y binutils)"

rm -rf "$D/out-profile"
log "valgrind --tool=callgrind herstelsite build (N=$N); this takes a while"
valgrind --tool=callgrind --callgrind-out-file="$OUT" \
  "$PROF_BIN" build --content "$D/Content" --output "$D/out-profile" >"$D/profile.log" 2>&1
rc=$?
grep -v '^==\|^###' "$D/profile.log" | tail -n 5 >&2
[ "$rc" -eq 0 ] || die "herstelsite build under callgrind exited with $rc (see $D/profile.log)"

# callgrind_annotate's function table: the lines after the "file:function" header.
table() {
  callgrind_annotate --inclusive="$1" "$OUT" 2>/dev/null \
    | awk '/file:function/ { on = 1; getline; next } on && NF { print }' \
    | head -n "$TOP" | sed -E 's|\?\?\?:||; s| \[[^]]*/([^/]+)\]$| [\1]|' | demangle
}
total=$(callgrind_annotate "$OUT" 2>/dev/null | awk '/PROGRAM TOTALS/ { print $1 }')
echo "## herstelsite build, $KIND corpus, N=$N: $total instructions; top $TOP functions by own cost"
table no
echo
echo "## top $TOP by inclusive cost (callers included)"
table yes
echo
echo "(raw profile: $OUT)"
