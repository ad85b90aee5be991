# Shared by bench/run.sh and bench/profile.sh (sourced, not run).

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$BENCH")
ROOT=${HERSTELBENCH_DIR:-/dev/shm/herstelbench}

die() { echo "bench: $*" >&2; exit 2; }
log() { echo "bench: $*" >&2; }

# Fingerprint of the generator scripts: a corpus made by other scripts is remade.
fingerprint() { (cd "$BENCH" && cat "$@" | sha256sum | cut -c1-16); }

# corpus_kinds: the corpora named by $CORPUS (gen, alt or both; default both), one a line.
# gen is gen_corpus.py's corpus, alt is gen_corpus_alt.py's (written independently).
corpus_kinds() {
  case "${CORPUS:-both}" in
    gen) echo gen ;;
    alt) echo alt ;;
    both) echo gen; echo alt ;;
    *) die "CORPUS must be gen, alt or both, not '${CORPUS}'" ;;
  esac
}

# corpus_root KIND N: the folder of that corpus, its Hugo site, outputs and logs.
corpus_root() { echo "$ROOT/$1-$2"; }

# ensure_corpus KIND N: $ROOT/KIND-N/Content, made by that generator unless already there.
ensure_corpus() {
  local kind=$1 n=$2 d stamp gen
  d=$(corpus_root "$kind" "$n")
  case "$kind" in
    gen) gen=gen_corpus.py; stamp="corpus gen $n $(fingerprint gen_corpus.py texts.py corpus.py)" ;;
    alt) gen=gen_corpus_alt.py; stamp="corpus alt $n $(fingerprint gen_corpus_alt.py corpus.py)" ;;
    *) die "unknown corpus kind: $kind" ;;
  esac
  if [ -f "$d/Content/site.yml" ] && [ "$(cat "$d/corpus.stamp" 2>/dev/null)" = "$stamp" ]; then
    log "reusing corpus $d/Content"
    return
  fi
  mkdir -p "$d"
  rm -f "$d/corpus.stamp" "$d/hugo.stamp"
  log "generating $n cases into $d/Content ($gen)"
  python3 -B "$BENCH/$gen" "$n" "$d/Content" --force || die "$gen failed"
  python3 -B "$BENCH/check_corpus.py" "$d/Content" >&2 || die "generated corpus fails check_corpus.py"
  echo "$stamp" >"$d/corpus.stamp"
}

# ensure_hugo KIND N: $ROOT/KIND-N/hugo, made by gen_hugo.py from that corpus.
ensure_hugo() {
  local d stamp
  d=$(corpus_root "$1" "$2")
  stamp="hugo $(cat "$d/corpus.stamp") $(fingerprint gen_hugo.py corpus.py \
    $(cd "$BENCH" && find hugo-site -type f | sort))"
  if [ -f "$d/hugo/config.toml" ] && [ "$(cat "$d/hugo.stamp" 2>/dev/null)" = "$stamp" ]; then
    log "reusing Hugo site $d/hugo"
    return
  fi
  rm -f "$d/hugo.stamp"
  python3 -B "$BENCH/gen_hugo.py" "$d/Content" "$d/hugo" || die "gen_hugo.py failed"
  echo "$stamp" >"$d/hugo.stamp"
}

# herstelsite_bin: $HERSTELSITE, or a fresh release build of this repository.
herstelsite_bin() {
  if [ -n "${HERSTELSITE:-}" ]; then
    command -v "$HERSTELSITE" || die "HERSTELSITE=$HERSTELSITE is not an executable"
    return
  fi
  log "swift build -c release --product herstelsite (set HERSTELSITE to skip)"
  (cd "$REPO" && swift build -c release --product herstelsite) >&2 || die "swift build failed"
  [ -x "$REPO/.build/release/herstelsite" ] || die "no binary at $REPO/.build/release/herstelsite"
  echo "$REPO/.build/release/herstelsite"
}
