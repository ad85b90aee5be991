#!/usr/bin/env python3
"""Real-text benchmark: herstelsite's privacy gate and DEDUCE on hand-annotated Dutch text.

    bench/privacy/realtext.py [--conll-dir DIR] [--deduce-dir DIR] [--source NAME ...]
                              [--testb] [--herstelsite PATH] [--no-deduce]
                              [--work DIR] [--details FILE] [--json FILE]

Sources (read from a path, never copied into the repository; bench/privacy/get-corpora.sh
fetches them):
- CoNLL-2002 Dutch (Tjong Kim Sang 2002; Belgian newspaper De Morgen, 2000), hand-annotated
  PER/ORG/LOC/MISC: ned.train and ned.testa by default, in $CONLL2002_DIR (default
  /work/corpora/conll2002). ned.testb is the held-out test set: it is read only with
  --testb (or --source ned.testb).
- DEDUCE's annotated regression examples (tests/data/regression_cases/*.json of
  github.com/vmenger/deduce), in $DEDUCE_CASES (default /work/corpora/deduce).

Each sentence or example becomes one line of a free page of a generated Content folder
(its own paragraph; Markdown characters escaped so the text renders as written), with a
minimal site around it (one published case whose names are not in any of the texts).
`herstelsite check` runs on it once per source; an error names a file and line, so every
finding is mapped to that line and its gold entities. A gold entity counts as found when
an error on its line quotes text that overlaps it (character overlap when the quoted text
is found in the line, else a shared word); "line" recall only asks for an error on the line.

Scores per source: person-name recall (all, one word, two or more words); recall of the
other personal categories present (DEDUCE's examples: addresses = `locatie` annotations
with a digit, phones, e-mail, BSN; `id` is shown but is not personal data under SPEC §2);
false-alarm lines (an error on a line without gold personal data) and among them the lines
whose only entities are organisations or places (CoNLL ORG/LOC; DEDUCE locatie without a
digit, ziekenhuis, zorginstelling). DEDUCE 3.0.6 runs on the same lines: an entity is found
by an overlapping annotation of the fitting tag; its false alarms are lines without gold
personal data where it puts a person, phone, e-mail, BSN or address-like annotation
(`locatie` with a digit) — its bare place, date, age, id and institution tags are not
counted against it.
"""

import argparse
import collections
import glob
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

DIAG = re.compile(r"^(.*?):(\d+): (error|warning): (.*)$")
QUOTED = re.compile(r"'(.*)' would be published")
# herstelsite reports at most 50 diagnostics of a kind per file (then one line counting the
# rest): 20 lines a page keep every finding reported
LINES_PER_PAGE = 20
NOT_SHOWN = re.compile(r"^(\d+) more .* in this file are not shown")
CONLL_DEFAULT = ["ned.train", "ned.testa"]
HELD_OUT = "ned.testb"
PERSONAL = {"person", "address", "phone", "email", "bsn", "id"}
ORG_PLACE = {"org", "place", "institution"}
DEDUCE_FIT = {
    "person": {"persoon", "patient"},
    "address": {"locatie"},
    "phone": {"telefoonnummer"},
    "email": {"emailadres"},
    "bsn": {"bsn"},
    "id": {"id", "bsn"},
}
DEDUCE_ALARM = {"persoon", "patient", "telefoonnummer", "emailadres", "bsn"}


# ----------------------------------------------------------------------------- sources

def detokenize(tokens):
    """Join CoNLL tokens as text is written; returns (text, [(start, end)] per token)."""
    out, spans, quote_open = "", [], False
    no_space_before = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "..."}
    no_space_after = {"(", "[", "{"}
    prev = None
    for tok in tokens:
        space = bool(out)
        if tok in no_space_before or (prev in no_space_after):
            space = False
        if tok in ('"', "'"):  # a quote mark opens or closes a quotation
            if quote_open:
                space = False
            quote_open = not quote_open
        elif prev in ('"', "'") and quote_open:
            space = False
        if space:
            out += " "
        spans.append((len(out), len(out) + len(tok)))
        out += tok
        prev = tok
    return out, spans


def read_conll(path):
    """[(text, [entity])] of a CoNLL-2002 file; an entity is {start, end, type, text}."""
    with open(path, "rb") as f:
        raw = f.read()
    try:
        data = raw.decode("utf-8")
    except UnicodeDecodeError:
        data = raw.decode("latin-1")
    sentences, cur = [], []
    for line in data.split("\n"):
        line = line.strip()
        if not line:
            if cur:
                sentences.append(cur)
            cur = []
            continue
        parts = line.split(" ")
        if parts[0] == "-DOCSTART-":
            continue
        cur.append((parts[0], parts[-1]))
    if cur:
        sentences.append(cur)
    out = []
    for sent in sentences:
        text, spans = detokenize([t for t, _ in sent])
        ents, open_ent = [], None
        for i, (tok, tag) in enumerate(sent):
            kind = tag[2:] if len(tag) > 2 else None
            if tag.startswith("B-") or (tag.startswith("I-") and (open_ent is None or open_ent[2] != kind)):
                if open_ent:
                    ents.append(open_ent)
                open_ent = [spans[i][0], spans[i][1], kind]
            elif tag.startswith("I-"):
                open_ent[1] = spans[i][1]
            else:
                if open_ent:
                    ents.append(open_ent)
                open_ent = None
        if open_ent:
            ents.append(open_ent)
        cat = {"PER": "person", "ORG": "org", "LOC": "place", "MISC": "misc"}
        out.append((text, [{"start": s, "end": e, "type": cat[k], "text": text[s:e]} for s, e, k in ents]))
    return out


def deduce_category(tag, text):
    if tag in ("persoon", "patient"):
        return "person"
    if tag == "locatie":
        return "address" if re.search(r"\d", text) else "place"
    return {"telefoonnummer": "phone", "emailadres": "email", "bsn": "bsn", "id": "id",
            "url": "url", "datum": "date", "leeftijd": "age", "ziekenhuis": "institution",
            "zorginstelling": "institution"}.get(tag, tag)


def read_deduce(folder):
    out = []
    for path in sorted(glob.glob(os.path.join(folder, "*.json"))):
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        for ex in data.get("examples", []):
            text = ex["text"].replace("\r", " ").replace("\n", " ")
            ents = [{"start": a["start_char"], "end": a["end_char"], "text": a["text"],
                     "type": deduce_category(a["tag"], a["text"]), "tag": a["tag"]} for a in ex["annotations"]]
            out.append((text, ents, f"{os.path.basename(path)}#{ex['id']}"))
    return out


# ----------------------------------------------------------------------------- content

MD_INLINE = re.compile(r"([\\`*_\[\]<>|~&!#])")


def escape_markdown(text):
    """The text as a Markdown paragraph that renders exactly as the text."""
    text = MD_INLINE.sub(r"\\\1", text)
    # block starts: list markers, ordered lists, headings, quotes, thematic breaks, setext
    text = re.sub(r"^(\s*)([-+=>])", r"\1\\\2", text)
    text = re.sub(r"^(\s*\d{1,9})([.)])", r"\1\\\2", text)
    return text.strip()


SITE_CASE = """---
schooljaar: 2022-2023
sector: vo
bestuur:
  naam: Stichting Proefopstelling Tekstbank
  nummer: "99001"
  plaats: Nergenshuizen
scholen:
  - naam: Tekstbankcollege
    brin: 99ZZ
    vestiging: "00"
herstelopdracht: 2023-07-17
termijn: 2023-11-01
status: voldaan
ontvangen: 2023-10-02
afgesloten: 2023-10-16
---
"""


def write_content(out, name, lines):
    """Content folder at OUT with LINES as free pages; returns [(file, line)] per input line."""
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(os.path.join(out, "pages"))
    os.makedirs(os.path.join(out, "cases", "2022-2023"))
    shutil.copy(os.path.join(REPO, "Content", "site.yml"), os.path.join(out, "site.yml"))
    shutil.copytree(os.path.join(REPO, "Content", "reports"), os.path.join(out, "reports"))
    with open(os.path.join(out, "cases", "2022-2023", "proef.md"), "w", encoding="utf-8") as f:
        f.write(SITE_CASE)
    where = []
    for p in range(0, len(lines), LINES_PER_PAGE):
        fname = f"pages/{name}-{p // LINES_PER_PAGE + 1:04d}.md"
        body = ["---", f"titel: Tekst {name} {p // LINES_PER_PAGE + 1}", "---", ""]
        for text in lines[p:p + LINES_PER_PAGE]:
            where.append((fname, len(body) + 1))
            body += [escape_markdown(text) or "\\-", ""]
        with open(os.path.join(out, fname), "w", encoding="utf-8") as f:
            f.write("\n".join(body))
    return where


def run_check(binary, content):
    t0 = time.time()
    p = subprocess.run([binary, "check", "--content", content], capture_output=True, text=True)
    secs = time.time() - t0
    content_abs = os.path.abspath(content)
    diags = []
    for line in p.stderr.splitlines():
        m = DIAG.match(line)
        if not m:
            continue
        f, ln, sev, msg = m.groups()
        fa = os.path.abspath(f)
        rel = os.path.relpath(fa, content_abs) if fa.startswith(content_abs + os.sep) else f
        diags.append({"file": rel, "line": int(ln), "severity": sev, "message": msg})
    if p.returncode not in (0, 1):
        sys.exit(f"herstelsite check exited {p.returncode} on {content}:\n{p.stderr[-3000:]}")
    suppressed = [d for d in diags if NOT_SHOWN.match(d["message"])]
    if suppressed:
        print(f"realtext.py: WARNING: herstelsite left out findings ({suppressed[0]['file']}: "
              f"{suppressed[0]['message']}); recall is too low, lower LINES_PER_PAGE", file=sys.stderr)
    diags = [d for d in diags if not NOT_SHOWN.match(d["message"])]
    invalid = [d for d in diags if d["severity"] == "error" and "would be published" not in d["message"]]
    if invalid:  # a validation error stops the gate before it runs: the scores would be empty
        sys.exit(f"herstelsite check found validation errors in {content}, first: "
                 f"{invalid[0]['file']}:{invalid[0]['line']}: {invalid[0]['message']}")
    return diags, secs, p.returncode, len(suppressed)


# ----------------------------------------------------------------------------- matching

WORD = re.compile(r"\w+", re.U)


def words(text):
    return {w.lower() for w in WORD.findall(text)}


def quote_span(line, quote):
    """(start, end) of QUOTE in LINE, ignoring case and runs of whitespace, or None."""
    if not quote:
        return None
    pattern = r"\s+".join(re.escape(part) for part in quote.split())
    m = re.search(pattern, line, re.I)
    return (m.start(), m.end()) if m else None


def finding(diag, line):
    m = QUOTED.search(diag["message"])
    quote = m.group(1) if m else None
    return {"quote": quote, "span": quote_span(line, quote), "message": diag["message"]}


def overlaps(f, ent):
    if f["span"] is not None:
        return f["span"][0] < ent["end"] and f["span"][1] > ent["start"]
    if f["quote"] is None:
        return True  # no quoted text: the line is all we know
    return bool(words(f["quote"]) & words(ent["text"]))


# ----------------------------------------------------------------------------- DEDUCE

_deduce = None


def deduce_annotate(texts, cache_path):
    global _deduce
    cache = {}
    if os.path.exists(cache_path):
        try:
            with open(cache_path, encoding="utf-8") as f:
                cache = json.load(f)
        except ValueError:  # a run stopped while writing it: start again
            cache = {}
    todo = [t for t in texts if hashlib.sha1(t.encode()).hexdigest() not in cache]
    if todo:
        if _deduce is None:
            import bootstrap
            bootstrap.ensure(("deduce",))
            import logging
            logging.disable(logging.INFO)
            from deduce import Deduce
            _deduce = Deduce()
        t0 = time.time()
        for i, t in enumerate(todo):
            doc = _deduce.deidentify(t)
            cache[hashlib.sha1(t.encode()).hexdigest()] = [
                (int(a.start_char), int(a.end_char), str(a.tag), str(a.text)) for a in doc.annotations]
            if i and i % 2000 == 0:
                print(f"  DEDUCE: {i}/{len(todo)} lines, {time.time() - t0:.0f} s", file=sys.stderr)
        with open(cache_path + ".tmp", "w", encoding="utf-8") as f:
            json.dump(cache, f)
        os.replace(cache_path + ".tmp", cache_path)
    return [cache[hashlib.sha1(t.encode()).hexdigest()] for t in texts]


# ----------------------------------------------------------------------------- scoring

def score_source(name, records, binary, work, with_deduce):
    """records: [(text, entities, origin)]."""
    content = os.path.join(work, f"content-{name}")
    where = write_content(content, re.sub(r"[^a-z0-9]+", "-", name.lower()), [r[0] for r in records])
    diags, secs, rc, suppressed = run_check(binary, content)
    errors = [d for d in diags if d["severity"] == "error"]
    by_line = {loc: i for i, loc in enumerate(where)}
    found = collections.defaultdict(list)
    unattributed = []
    for e in errors:
        i = by_line.get((e["file"], e["line"]))
        if i is None:
            unattributed.append(e)
            continue
        found[i].append(finding(e, records[i][0]))
    anns = deduce_annotate([r[0] for r in records], os.path.join(work, "deduce-cache.json")) if with_deduce else None
    lines = []
    for i, (text, ents, origin) in enumerate(records):
        fs = found.get(i, [])
        types = {e["type"] for e in ents}
        row = {"i": i, "origin": origin, "file": where[i][0], "line": where[i][1], "text": text,
               "entities": [], "findings": fs, "personal": bool(types & PERSONAL),
               "org_place_only": bool(types) and types <= ORG_PLACE}
        for ent in ents:
            e = dict(ent)
            e["hs"] = any(overlaps(f, ent) for f in fs)
            e["hs_line"] = bool(fs)
            if anns is not None:
                fit = DEDUCE_FIT.get(ent["type"], set())
                over = [a for a in anns[i] if a[0] < ent["end"] and a[1] > ent["start"]]
                e["dd"] = any(a[2] in fit for a in over)
            row["entities"].append(e)
        # findings that overlap no gold personal entity: false findings
        row["false_findings"] = [f for f in fs if not any(
            overlaps(f, ent) for ent in ents if ent["type"] in PERSONAL)]
        if anns is not None:
            row["dd_alarms"] = [a for a in anns[i] if a[2] in DEDUCE_ALARM
                                or (a[2] == "locatie" and re.search(r"\d", a[3]))]
            row["dd_anns"] = anns[i]
        lines.append(row)
    return {"name": name, "lines": lines, "secs": secs, "rc": rc, "unattributed": unattributed,
            "suppressed": suppressed,
            "content": content}


def pct(a, b):
    return f"{a / b:.2f}" if b else "–"


def summarize(res, with_deduce):
    lines = res["lines"]
    ents = [e for r in lines for e in r["entities"]]
    s = {"lines": len(lines)}
    groups = {"person": [e for e in ents if e["type"] == "person"]}
    groups["person, one word"] = [e for e in groups["person"] if len(e["text"].split()) == 1]
    groups["person, 2+ words"] = [e for e in groups["person"] if len(e["text"].split()) >= 2]
    # CoNLL-2002 tags the initials of a byline ("(RG)", "bd") as persons: shown apart
    initials = [e for e in groups["person"] if re.fullmatch(r"[A-Z]{1,4}|[a-z]{1,4}", e["text"])]
    if initials:
        groups["person, initials only (bylines)"] = initials
        groups["person, without those"] = [e for e in groups["person"] if e not in initials]
    for cat in ("address", "phone", "email", "bsn", "id"):
        sel = [e for e in ents if e["type"] == cat]
        if sel:
            groups[cat] = sel
        # A PO box ("Postbus 1234") is an organisation's postal address, not a home address
        # (SPEC §2 item 4), so the gate leaves it alone on purpose; DEDUCE annotates it. The row
        # above counts each one as missed; this one shows the addresses without them.
        pobox = [e for e in sel if cat == "address" and re.match(r"(?i)(postbus|antwoordnummer)\b", e["text"])]
        if pobox:
            groups["address, without PO boxes (not personal data under SPEC §2)"] = [e for e in sel if e not in pobox]
    s["recall"] = {}
    for g, sel in groups.items():
        s["recall"][g] = {"n": len(sel), "hs": sum(e["hs"] for e in sel), "hs_line": sum(e["hs_line"] for e in sel),
                          "dd": sum(e.get("dd", False) for e in sel) if with_deduce else None}
    clean = [r for r in lines if not r["personal"]]
    orgplace = [r for r in clean if r["org_place_only"]]
    s["clean_lines"] = len(clean)
    s["orgplace_lines"] = len(orgplace)
    s["hs_fa_lines"] = sum(bool(r["findings"]) for r in clean)
    s["hs_fa_orgplace"] = sum(bool(r["findings"]) for r in orgplace)
    s["hs_false_findings"] = sum(len(r["false_findings"]) for r in lines)
    s["hs_errors"] = sum(len(r["findings"]) for r in lines) + len(res["unattributed"])
    if with_deduce:
        s["dd_fa_lines"] = sum(bool(r["dd_alarms"]) for r in clean)
        s["dd_fa_orgplace"] = sum(bool(r["dd_alarms"]) for r in orgplace)
    return s


def tables(results, with_deduce, version):
    L = [f"Binary: {version}", ""]
    head = "| source | lines | category | gold | herstelsite | herstelsite (line) |"
    sep = "| --- | ---: | --- | ---: | ---: | ---: |"
    if with_deduce:
        head += " DEDUCE 3.0.6 |"
        sep += " ---: |"
    L += ["Recall (an error that quotes text overlapping the entity; \"line\": any error on its line):", "",
          head, sep]
    for res in results:
        s = res["summary"]
        for g, r in s["recall"].items():
            row = (f"| {res['name']} | {s['lines']} | {g} | {r['n']} | {pct(r['hs'], r['n'])} |"
                   f" {pct(r['hs_line'], r['n'])} |")
            if with_deduce:
                row += f" {pct(r['dd'], r['n'])} |"
            L.append(row)
    L += ["", "False alarms (lines without gold personal data that get an error / a DEDUCE person, phone, "
          "e-mail, BSN or address annotation):", ""]
    head = ("| source | lines without personal data | herstelsite false-alarm lines |"
            " of them: lines with only organisations/places (of N) | herstelsite errors | errors overlapping no personal entity |")
    sep = "| --- | ---: | ---: | ---: | ---: | ---: |"
    if with_deduce:
        head += " DEDUCE false-alarm lines | DEDUCE, org/place-only lines |"
        sep += " ---: | ---: |"
    L += [head, sep]
    for res in results:
        s = res["summary"]
        row = (f"| {res['name']} | {s['clean_lines']} | {s['hs_fa_lines']} | {s['hs_fa_orgplace']} (of {s['orgplace_lines']}) |"
               f" {s['hs_errors']} | {s['hs_false_findings']} |")
        if with_deduce:
            row += f" {s['dd_fa_lines']} | {s['dd_fa_orgplace']} |"
        L.append(row)
    L.append("")
    for res in results:
        if res["suppressed"]:
            L.append(f"**{res['name']}: herstelsite left out findings in {res['suppressed']} files "
                     f"(at most 50 of a kind per file): recall above is too low**")
        if res["unattributed"]:
            L.append(f"**{res['name']}: {len(res['unattributed'])} errors not at a text line** "
                     f"(first: `{res['unattributed'][0]['file']}:{res['unattributed'][0]['line']}: "
                     f"{res['unattributed'][0]['message'][:160]}`)")
    return "\n".join(L) + "\n"


def details(results, with_deduce, limit=400):
    L = ["# Real-text benchmark details", ""]
    for res in results:
        L += [f"## {res['name']}", "", f"check: {res['secs']:.1f} s, exit {res['rc']}, content {res['content']}", ""]
        miss = [(r, e) for r in res["lines"] for e in r["entities"] if e["type"] in PERSONAL and not e["hs"]]
        L += [f"### herstelsite: missed personal entities ({len(miss)})", ""]
        for r, e in miss[:limit]:
            near = "; ".join(f"'{f['quote']}'" for f in r["findings"]) if r["findings"] else ""
            dd = " (DEDUCE found it)" if e.get("dd") else ""
            L.append(f"- [{e['type']}] `{e['text']}`{dd} in `{r['text'][:220]}`" + (f" — errors here: {near}" if near else ""))
        if len(miss) > limit:
            L.append(f"- … and {len(miss) - limit} more")
        fa = [r for r in res["lines"] if not r["personal"] and r["findings"]]
        L += ["", f"### herstelsite: false alarms on lines without personal data ({len(fa)} lines)", ""]
        for r in fa[:limit]:
            kinds = ",".join(sorted({e["type"] for e in r["entities"]})) or "no entities"
            L.append(f"- [{kinds}] " + "; ".join(f"'{f['quote']}'" for f in r["findings"]) + f" in `{r['text'][:220]}`")
        if len(fa) > limit:
            L.append(f"- … and {len(fa) - limit} more")
        ff = [(r, f) for r in res["lines"] if r["personal"] for f in r["false_findings"]]
        L += ["", f"### herstelsite: errors on lines with personal data that overlap none of it ({len(ff)})", ""]
        for r, f in ff[:limit]:
            L.append(f"- '{f['quote']}' in `{r['text'][:220]}`")
        if with_deduce:
            dmiss = [(r, e) for r in res["lines"] for e in r["entities"] if e["type"] in PERSONAL and e.get("dd") and not e["hs"]]
            L += ["", f"### found by DEDUCE, missed by herstelsite ({len(dmiss)})", ""]
            for r, e in dmiss[:limit]:
                L.append(f"- [{e['type']}] `{e['text']}` in `{r['text'][:200]}`")
            dfa = [r for r in res["lines"] if not r["personal"] and r["dd_alarms"]]
            L += ["", f"### DEDUCE false-alarm lines ({len(dfa)}), first {min(len(dfa), 100)}", ""]
            for r in dfa[:100]:
                L.append("- " + "; ".join(f"{a[2]}:'{a[3]}'" for a in r["dd_alarms"]) + f" in `{r['text'][:200]}`")
        L.append("")
    return "\n".join(L) + "\n"


def binary_version(binary):
    try:
        top = subprocess.run(["git", "-C", os.path.dirname(os.path.realpath(binary)), "rev-parse", "--show-toplevel"],
                             capture_output=True, text=True).stdout.strip()
        if not top:
            raise OSError("not in a git work tree")
        commit = subprocess.run(["git", "-C", top, "log", "-1", "--format=%h %cd", "--date=format:%Y-%m-%d %H:%M"],
                                capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", top, "status", "--porcelain", "--", "Sources", "Package.swift"],
                               capture_output=True, text=True).stdout.strip()
    except OSError:
        commit, dirty = "", ""
    with open(binary, "rb") as f:
        sha = hashlib.sha256(f.read()).hexdigest()[:12]
    return f"`{binary}` ({commit or 'unknown commit'}{', plus uncommitted changes in Sources/' if dirty else ''}, sha256 {sha})"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--conll-dir", default=os.environ.get("CONLL2002_DIR", "/work/corpora/conll2002"))
    ap.add_argument("--deduce-dir", default=os.environ.get("DEDUCE_CASES", "/work/corpora/deduce"))
    ap.add_argument("--source", action="append",
                    help="ned.train, ned.testa, ned.testb, deduce (default: ned.train ned.testa deduce)")
    ap.add_argument("--testb", action="store_true", help="also ned.testb, the held-out set")
    ap.add_argument("--herstelsite", default=os.environ.get("HERSTELSITE")
                    or os.path.join(REPO, ".build", "release", "herstelsite"))
    ap.add_argument("--no-deduce", action="store_true")
    ap.add_argument("--label", help="how to name the binary in the tables (default: its git commit)")
    ap.add_argument("--work", default=os.environ.get("REALTEXT_DIR", "/dev/shm/privacy-realtext"))
    ap.add_argument("--details")
    ap.add_argument("--json")
    a = ap.parse_args()
    sources = a.source or CONLL_DEFAULT + ["deduce"]
    if a.testb and HELD_OUT not in sources:
        sources.append(HELD_OUT)
    if not os.access(a.herstelsite, os.X_OK):
        sys.exit(f"realtext.py: no herstelsite binary at {a.herstelsite} (set HERSTELSITE)")
    os.makedirs(a.work, exist_ok=True)
    binary = os.path.join(a.work, "herstelsite-under-test")
    shutil.copy(a.herstelsite, binary)  # a rebuild during the run cannot change what is measured
    version = a.label or binary_version(a.herstelsite)
    results = []
    for src in sources:
        if src == "deduce":
            if not glob.glob(os.path.join(a.deduce_dir, "*.json")):
                sys.exit(f"realtext.py: no DEDUCE examples (*.json) in {a.deduce_dir}; see get-corpora.sh")
            records = read_deduce(a.deduce_dir)
            name = "DEDUCE examples"
        else:
            path = os.path.join(a.conll_dir, src)
            if not os.path.exists(path):
                sys.exit(f"realtext.py: {path} missing; see get-corpora.sh")
            records = [(t, e, f"{src}:{i + 1}") for i, (t, e) in enumerate(read_conll(path))]
            name = f"CoNLL-2002 {src}"
        print(f"== {name}: {len(records)} lines", file=sys.stderr)
        res = score_source(name, records, binary, a.work, not a.no_deduce)
        res["summary"] = summarize(res, not a.no_deduce)
        results.append(res)
    out = tables(results, not a.no_deduce, version)
    print(out)
    if a.details:
        with open(a.details, "w", encoding="utf-8") as f:
            f.write(details(results, not a.no_deduce))
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump({"version": version, "results": [{k: v for k, v in r.items()} for r in results]},
                      f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
