#!/usr/bin/env bash
# Fetch the public annotated corpora of the real-text benchmark (bench/privacy/realtext.py)
# into a folder OUTSIDE the repository; their licences do not allow copying them into it.
#
#   bench/privacy/get-corpora.sh [DIR]      (default /work/corpora)
#
# - CoNLL-2002 Dutch (ned.train, ned.testa, ned.testb; "may only be used for research
#   applications in the context of the CoNLL-2002 shared task"), from the NLTK repository,
#   which carried the files in nltk_data/corpora/conll2002/ at commit 4dc39fb (2008-08-26);
#   UTF-8, md5 b6189d04eb34597d2a98ca5cec477605 (train), 626900497823fdbc4f84335518cb85ce
#   (testa), c37de92da20c68c6418a73dd42e322dc (testb).
# - DEDUCE's annotated regression examples (tests/data/regression_cases/*.json) of
#   vmenger/deduce at commit 8ba9af6 (2025-08-11; the release 3.0.6 code; LGPL-3.0-or-later).
#
# A local snapshot of a repository is used when $CORPUS_MIRRORS/<owner>+<name>/repo has the
# commit (default /work/.mirror); otherwise the repository is cloned (blobs on demand).
set -euo pipefail
OUT="${1:-/work/corpora}"
MIRRORS="${CORPUS_MIRRORS:-/work/.mirror}"
CACHE="${CORPUS_CACHE:-$HOME/.cache/herstelsite-corpora}"

gitdir() {  # gitdir OWNER/NAME COMMIT -> a git dir that has COMMIT
  local key="${1/\//+}"
  for d in "$MIRRORS/$key/repo" "$CACHE/$key"; do
    if [ -d "$d" ] && git --git-dir="$d" cat-file -e "$2^{commit}" 2>/dev/null; then echo "$d"; return; fi
  done
  mkdir -p "$CACHE"
  [ -d "$CACHE/$key" ] || git clone -q --bare --filter=blob:none "https://github.com/$1.git" "$CACHE/$key"
  git --git-dir="$CACHE/$key" cat-file -e "$2^{commit}" || git --git-dir="$CACHE/$key" fetch -q origin "$2"
  echo "$CACHE/$key"
}

NLTK=$(gitdir nltk/nltk 4dc39fbf6965509f7b74316eff239bd110a03b49)
mkdir -p "$OUT/conll2002"
for f in README ned.train ned.testa ned.testb; do
  git --git-dir="$NLTK" show "4dc39fbf6965509f7b74316eff239bd110a03b49:nltk_data/corpora/conll2002/$f" > "$OUT/conll2002/$f"
done
(cd "$OUT/conll2002" && md5sum -c <<'SUMS'
b6189d04eb34597d2a98ca5cec477605  ned.train
626900497823fdbc4f84335518cb85ce  ned.testa
c37de92da20c68c6418a73dd42e322dc  ned.testb
SUMS
)

DEDUCE_COMMIT=8ba9af648679237bf3565afdd3ce6a187895464e
DD=$(gitdir vmenger/deduce $DEDUCE_COMMIT)
mkdir -p "$OUT/deduce"
for f in $(git --git-dir="$DD" ls-tree --name-only "$DEDUCE_COMMIT" tests/data/regression_cases/); do
  git --git-dir="$DD" show "$DEDUCE_COMMIT:$f" > "$OUT/deduce/$(basename "$f")"
done
echo "$DEDUCE_COMMIT" > "$OUT/deduce/COMMIT"
echo "corpora in $OUT: conll2002/ (ned.train, ned.testa, ned.testb), deduce/ ($(ls "$OUT/deduce"/*.json | wc -l) files)"
