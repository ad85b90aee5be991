# Shared by bench/run.sh and bench/profile.sh (sourced, not run).

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$BENCH")
ROOT=${HERSTELBENCH_DIR:-/dev/shm/herstelbench}

die() { echo "bench: $*" >&2; exit 2; }
log() { echo "bench: $*" >&2; }

# Fingerprint of the generator scripts: a corpus made by other scripts is remade.
fingerprint() { (cd "$BENCH" && cat "$@" | sha256sum | cut -c1-16); }

# ensure_corpus N: $ROOT/N/Content, made by gen_corpus.py unless already there.
ensure_corpus() {
  local n=$1 d="$ROOT/$1" stamp
  stamp="corpus $n $(fingerprint gen_corpus.py texts.py corpus.py)"
  if [ -f "$d/Content/site.yml" ] && [ "$(cat "$d/corpus.stamp" 2>/dev/null)" = "$stamp" ]; then
    log "reusing corpus $d/Content"
    return
  fi
  mkdir -p "$d"
  rm -f "$d/corpus.stamp" "$d/hugo.stamp"
  log "generating $n cases into $d/Content"
  python3 "$BENCH/gen_corpus.py" "$n" "$d/Content" --force
  python3 "$BENCH/check_corpus.py" "$d/Content" >&2 || die "generated corpus fails check_corpus.py"
  echo "$stamp" >"$d/corpus.stamp"
}

# ensure_hugo N: $ROOT/N/hugo, made by gen_hugo.py from that corpus.
ensure_hugo() {
  local n=$1 d="$ROOT/$1" stamp
  stamp="hugo $(cat "$d/corpus.stamp") $(fingerprint gen_hugo.py corpus.py \
    $(cd "$BENCH" && find hugo-site -type f | sort))"
  if [ -f "$d/hugo/config.toml" ] && [ "$(cat "$d/hugo.stamp" 2>/dev/null)" = "$stamp" ]; then
    log "reusing Hugo site $d/hugo"
    return
  fi
  rm -f "$d/hugo.stamp"
  python3 "$BENCH/gen_hugo.py" "$d/Content" "$d/hugo"
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
