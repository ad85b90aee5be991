#!/usr/bin/env python3
"""Score herstelsite's privacy gate (and DEDUCE) on planted and clean content.

    bench/privacy/score.py --planted DIR [--planted DIR ...] [--clean DIR ...]
                           [--herstelsite PATH] [--deduce] [--deduce-sample N]
                           [--details FILE] [--json FILE]

--planted DIR   a Content folder made by plant.py; its manifest is DIR/../manifest.json
--clean DIR     a Content folder without personal data outside `intern:` (the sample
                Content/, gen_corpus.py corpora): every error diagnostic is a false alarm
--herstelsite   the binary (default: $HERSTELSITE, else .build/release/herstelsite of the
                repository)
--deduce        also run DEDUCE on the same planted items and on the published text of
                the clean corpora (at most --deduce-sample published cases per corpus,
                default 200, drawn with a fixed seed; pages and intros always)

herstelsite: `check --content DIR`; diagnostics on stderr are `FILE:LINE: error: MSG`
(warnings are ignored). An item is caught when an error names its file and its line.
DEDUCE: an item is caught when an annotation overlaps the item's span, with DEDUCE run
on the item's paragraph (the non-blank lines around it) or, for a name field, on the
field's value; "any" counts any tag, "tag" only the tag that fits the category.
"""

import argparse
import collections
import json
import os
import random
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import corpus  # noqa: E402

CATS = ["name", "bsn", "iban", "address", "birthdate", "phone", "email"]
LOCS = ["body", "template", "page", "field"]
DIAG = re.compile(r"^(.*?):(\d+): (error|warning): (.*)$")

# DEDUCE tags that fit each category (for the "tag" column; "any" ignores them).
DEDUCE_FIT = {
    "name": {"persoon", "patient", "naam", "voornaam", "achternaam", "initiaal"},
    "bsn": {"bsn", "id"},
    "iban": None,  # DEDUCE has no IBAN tag: any annotation over it counts
    "address": {"locatie", "adres", "straat", "postcode", "huisnummer"},
    "birthdate": {"datum", "leeftijd"},
    "phone": {"telefoonnummer"},
    "email": {"emailadres", "email", "url"},
}


# ----------------------------------------------------------------------------- herstelsite

def run_check(binary, content):
    for attempt in range(60):  # the binary may be mid-rebuild: wait for it (10 min at most)
        try:
            t0 = time.time()
            p = subprocess.run([binary, "check", "--content", content], capture_output=True, text=True)
            secs = time.time() - t0
            break
        except OSError as e:
            print(f"score.py: cannot run {binary} ({e}); retrying in 10 s", file=sys.stderr)
            time.sleep(10)
    else:
        sys.exit(f"score.py: could not run {binary}")
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
        print(f"warning: herstelsite check exited {p.returncode} on {content}:\n{p.stderr[-2000:]}",
              file=sys.stderr)
    return p.returncode, diags, secs, p.stderr


# Does a message speak of the item's own kind? (heuristic on the English/Dutch wording)
KIND_RE = {
    "name": re.compile(r"\bname|\bnaam|person", re.I),
    "bsn": re.compile(r"\bBSN|burgerservice", re.I),
    "iban": re.compile(r"IBAN|bank|rekening", re.I),
    "address": re.compile(r"(?<!e-mail )(?<!e-mail-)address|\badres|postcode|street", re.I),
    "birthdate": re.compile(r"birth|geboorte", re.I),
    "phone": re.compile(r"telephone|telefoon|phone", re.I),
    "email": re.compile(r"e-?mail", re.I),
}


def looks_like_privacy(msg):
    """Heuristic for the summary only: does an unattributed error look like a gate hit
    (not a validation error, which would stop the gate from running at all)?"""
    return bool(re.search(r"publish|gepubliceerd|privacy|personal|persoon|BSN|IBAN|e-mail|"
                          r"telephone|address|adres|birth|geboorte|name|naam", msg, re.I))


def score_herstelsite(binary, planted_dirs):
    results = []
    for d in planted_dirs:
        man = json.load(open(os.path.join(os.path.dirname(os.path.abspath(d)), "manifest.json"),
                             encoding="utf-8"))
        rc, diags, secs, _ = run_check(binary, d)
        errors = [x for x in diags if x["severity"] == "error"]
        at = collections.defaultdict(list)
        for e in errors:
            at[(e["file"], e["line"])].append(e)
        for dec in man.get("decoys", []):
            hits = at.get((dec["file"], dec["line"]), [])
            dec["hs_alarm"] = bool(hits)
            dec["hs_messages"] = [h["message"] for h in hits]
        item_lines = {(it["file"], it["line"]) for it in man["items"] + man.get("decoys", [])}
        for it in man["items"]:
            hits = at.get((it["file"], it["line"]), [])
            it["hs_caught"] = bool(hits)
            it["hs_messages"] = [h["message"] for h in hits]
            it["hs_kind"] = any(KIND_RE[it["category"]].search(h["message"].split("would be published")[0])
                                for h in hits)
            if not hits:
                near = [e for e in errors if e["file"] == it["file"] and abs(e["line"] - it["line"]) <= 2]
                it["hs_near"] = [f'{e["line"]}: {e["message"]}' for e in near]
        other = [e for e in errors if (e["file"], e["line"]) not in item_lines]
        results.append({"dir": d, "manifest": man, "rc": rc, "secs": secs, "other": other})
    return results


# ----------------------------------------------------------------------------- DEDUCE

_deduce = None


def deduce():
    global _deduce
    if _deduce is None:
        import bootstrap
        bootstrap.ensure(("deduce",))
        import logging
        logging.disable(logging.INFO)
        from deduce import Deduce
        _deduce = Deduce()
    return _deduce


def annotate(text):
    doc = deduce().deidentify(text)
    return [(a.start_char, a.end_char, a.tag, a.text) for a in doc.annotations]


def read_lines(path):
    return corpus.read_text(path).split("\n")


def paragraph(lines, idx):
    """(text, offset of line idx in text) of the blank-line-delimited block around idx."""
    a = idx
    while a > 0 and lines[a - 1].strip() and lines[a - 1].strip() != "---":
        a -= 1
    b = idx
    while b + 1 < len(lines) and lines[b + 1].strip() and lines[b + 1].strip() != "---":
        b += 1
    text = "\n".join(lines[a:b + 1])
    off = sum(len(x) + 1 for x in lines[a:idx])
    return text, off


def score_deduce(results):
    sys.path.insert(0, HERE)
    from plant import yaml_value
    cache = {}
    for res in results:
        content = res["dir"]
        for it in res["manifest"]["items"]:
            path = os.path.join(content, it["file"])
            if path not in cache:
                cache[path] = read_lines(path)
            lines = cache[path]
            if it["location"] == "field":
                text = yaml_value(lines[it["line"] - 1].split(":", 1)[1])
                base = 0
            else:
                text, base = paragraph(lines, it["line"] - 1)
                line = lines[it["line"] - 1]
            seg_start = text.find(it["text"], base) if it["location"] != "field" else text.find(it["text"])
            seg_end = seg_start + len(it["text"])
            anns = annotate(text)
            over = [a for a in anns if a[0] < seg_end and a[1] > seg_start]
            fit = DEDUCE_FIT[it["category"]]
            it["dd_caught"] = bool(over)
            it["dd_tag_caught"] = bool(over) if fit is None else any(a[2] in fit for a in over)
            it["dd_tags"] = [f"{a[2]}:{a[3]}" for a in over]


def score_deduce_decoys(results):
    from plant import yaml_value
    for res in results:
        for d in res["manifest"].get("decoys", []):
            lines = read_lines(os.path.join(res["dir"], d["file"]))
            line = lines[d["line"] - 1]
            text = yaml_value(line.split(":", 1)[1]) if d["location"] == "field" else line
            a0 = text.find(d["text"])
            over = [a for a in annotate(text) if a[0] < a0 + len(d["text"]) and a[1] > a0]
            d["dd_alarm"] = bool(over)
            d["dd_tags"] = [f"{a[2]}:{a[3]}" for a in over]


def published_texts(content, sample, seed=1):
    """(source file, first line, text) of what a build of content publishes, as Markdown
    with placeholders filled: per published case its own body or its template, its name
    and place fields; every free page and year intro."""
    site, cases, reports, pages, intros = corpus.load_content(content)
    pub = [c for c in cases if corpus.is_published(c)]
    years = {c["schooljaar"] for c in pub}
    chosen = pub
    if sample and len(pub) > sample:
        chosen = random.Random(seed).sample(pub, sample)
        chosen.sort(key=lambda c: c["_path"])
    out = []
    for c in chosen:
        vals = corpus.placeholder_values(site, c)
        body = c["_body"]
        if body.strip():
            src = c["_path"]
            text = corpus.read_text(os.path.join(content, src))
            first = corpus.split_front_matter(text)[2]
        else:
            name = c.get("rapport") or c["status"]
            src, body, first = f"reports/{name}.md", reports[name], 1
        try:
            out.append((src, first, corpus.fill(body, vals), c["_path"]))
        except KeyError:
            out.append((src, first, body, c["_path"]))
        fields = [c["bestuur"].get("naam"), c["bestuur"].get("plaats")]
        for s in c["scholen"]:
            fields += [s.get("naam"), s.get("plaats")]
        for v in fields:
            if v:
                out.append((c["_path"] + "#field", 0, str(v), c["_path"]))
    for name, (fm, body) in pages.items():
        text = corpus.read_text(os.path.join(content, "pages", name + ".md"))
        out.append((f"pages/{name}.md", corpus.split_front_matter(text)[2], body, None))
    for y, body in intros.items():
        if y in years:
            text = corpus.read_text(os.path.join(content, "schooljaren", y + ".md"))
            out.append((f"schooljaren/{y}.md", corpus.split_front_matter(text)[2], body, None))
    return out, len(pub), len(chosen)


def raw_texts(filled, content):
    """Each distinct source text once, placeholders left as written: every used template
    and own body once, each distinct field value once, pages and intros."""
    seen, out = set(), []
    for src, first, text, case in filled:
        key = src if not src.endswith("#field") else "field:" + text
        if key in seen:
            continue
        seen.add(key)
        if src.endswith("#field"):
            out.append(("field", 0, text, case))
        else:
            body = corpus.read_text(os.path.join(content, src))
            body = corpus.split_front_matter(body)[1] if src.startswith(("cases/", "pages/", "schooljaren/")) else body
            out.append((src, first, body, case))
    return out


def run_texts(texts):
    anns, sites = [], set()
    for src, first, text, case in texts:
        for s, e, tag, t in annotate(text):
            line = first + text[:s].count("\n") if first else 0
            anns.append({"source": src, "line": line, "tag": tag, "text": t, "case": case})
            sites.add((src, line, t))
    return anns, sites


def deduce_clean(content, sample):
    texts, n_pub, n_chosen = published_texts(content, sample)
    anns, sites = run_texts(texts)
    raw = raw_texts(texts, content)
    raw_anns, _ = run_texts(raw)
    return {"annotations": anns, "sites": len(sites), "published": n_pub, "sampled": n_chosen,
            "texts": len(texts), "raw_annotations": raw_anns, "raw_texts": len(raw)}


# ----------------------------------------------------------------------------- tables

def pct(a, b):
    return f"{a / b:.2f}" if b else "–"


def tables(results, clean, with_deduce, binary, version):
    items = [it for r in results for it in r["manifest"]["items"]]
    L = []
    L.append(f"Binary: `{binary}` ({version}); planted corpora: "
             + ", ".join(f"`{r['dir']}` (seed {r['manifest']['seed']}, {len(r['manifest']['items'])} items)"
                         for r in results))
    L.append("")
    head = "| category | items | herstelsite recall | herstelsite, message of the item's kind |"
    sep = "| --- | ---: | ---: | ---: |"
    if with_deduce:
        head += " DEDUCE recall (any tag) | DEDUCE recall (fitting tag) |"
        sep += " ---: | ---: |"
    L += [head, sep]
    for cat in CATS + ["**all**"]:
        sel = items if cat == "**all**" else [i for i in items if i["category"] == cat]
        row = (f"| {cat} | {len(sel)} | {pct(sum(i['hs_caught'] for i in sel), len(sel))} |"
               f" {pct(sum(i['hs_kind'] for i in sel), len(sel))} |")
        if with_deduce:
            row += (f" {pct(sum(i['dd_caught'] for i in sel), len(sel))} |"
                    f" {pct(sum(i['dd_tag_caught'] for i in sel), len(sel))} |")
        L.append(row)
    L.append("")
    L.append("Recall by where the item was planted (herstelsite" + (" / DEDUCE any tag" if with_deduce else "") + "):")
    L.append("")
    L.append("| category | " + " | ".join(LOCS) + " |")
    L.append("| --- |" + " ---: |" * len(LOCS))
    for cat in CATS + ["**all**"]:
        cells = []
        for loc in LOCS:
            sel = [i for i in items if i["location"] == loc and (cat == "**all**" or i["category"] == cat)]
            c = pct(sum(i["hs_caught"] for i in sel), len(sel))
            if with_deduce:
                c += " / " + pct(sum(i["dd_caught"] for i in sel), len(sel))
            cells.append(c)
        L.append(f"| {cat} | " + " | ".join(cells) + " |")
    L.append("")
    decoys = [d for r in results for d in r["manifest"].get("decoys", [])]
    if decoys:
        L.append("Hard negatives planted the same way (names of schools, organisations, places and "
                 "streets on their own, dates that are not dates of birth, the allowed public number):")
        L.append("")
        L.append("| decoy lines | herstelsite false alarms" + (" | DEDUCE lines with an annotation |" if with_deduce else " |"))
        L.append("| ---: | ---: |" + (" ---: |" if with_deduce else ""))
        L.append(f"| {len(decoys)} | {sum(d['hs_alarm'] for d in decoys)} |"
                 + (f" {sum(d['dd_alarm'] for d in decoys)} |" if with_deduce else ""))
        L.append("")
    other = sum(len(r["other"]) for r in results)
    L.append(f"Errors on planted corpora at lines where nothing was planted: {other}"
             + (" (see details)" if other else ""))
    invalid = [e for r in results for e in r["other"] if not looks_like_privacy(e["message"])]
    if invalid:
        L.append("")
        L.append(f"**WARNING: {len(invalid)} of them look like validation errors, which stop the "
                 f"privacy gate before it runs; recall is meaningless until plant.py is fixed.** "
                 f"First: `{invalid[0]['file']}:{invalid[0]['line']}: {invalid[0]['message']}`")
    L.append("")
    if clean:
        head = "| clean corpus | published cases | herstelsite false alarms (errors) | check s |"
        sep = "| --- | ---: | ---: | ---: |"
        if with_deduce:
            head += (" DEDUCE cases run | DEDUCE annotations, published text per case | by tag |"
                     " DEDUCE annotations, each source text once | by tag |")
            sep += " ---: | ---: | --- | ---: | --- |"
        L += [head, sep]
        for c in clean:
            row = f"| `{c['dir']}` | {c.get('published', '?')} | {c['fa']} | {c['secs']:.1f} |"
            if with_deduce and c.get("deduce"):
                dd = c["deduce"]
                tags = collections.Counter(a["tag"] for a in dd["annotations"])
                rtags = collections.Counter(a["tag"] for a in dd["raw_annotations"])
                row += (f" {dd['sampled']} of {dd['published']} | {len(dd['annotations'])} |"
                        f" {', '.join(f'{t} {n}' for t, n in tags.most_common())} |"
                        f" {len(dd['raw_annotations'])} | {', '.join(f'{t} {n}' for t, n in rtags.most_common())} |")
            elif with_deduce:
                row += " – | – | – | – | – |"
            L.append(row)
        L.append("")
    return "\n".join(L)


def details(results, clean, with_deduce):
    L = ["# Privacy benchmark details", ""]
    items = [it for r in results for it in r["manifest"]["items"]]
    for r in results:
        L.append(f"- `{r['dir']}`: check exit {r['rc']}, {r['secs']:.1f} s")
    L += ["", "## herstelsite: missed items", ""]
    for cat in CATS:
        miss = [i for i in items if i["category"] == cat and not i["hs_caught"]]
        L.append(f"### {cat}: {len(miss)} missed")
        L.append("")
        for i in miss:
            near = f"  — nearby: {'; '.join(i['hs_near'])}" if i.get("hs_near") else ""
            L.append(f"- [{i['location']}] `{i['text']}` ({i['shape']}) at {i['file']}:{i['line']}: "
                     f"`{i['line_text'].strip()}`{near}")
        L.append("")
    L += ["## herstelsite: caught, but only by a message of another kind", ""]
    for i in items:
        if i["hs_caught"] and not i["hs_kind"]:
            L.append(f"- [{i['category']}] `{i['text']}` at {i['file']}:{i['line']}: " + "; ".join(i["hs_messages"]))
    L.append("")
    L += ["## herstelsite: false alarms on hard negatives (decoy lines)", ""]
    for r in results:
        for d in r["manifest"].get("decoys", []):
            if d.get("hs_alarm"):
                L.append(f"- {r['dir']}/{d['file']}:{d['line']}: `{d['line_text'].strip()}` — "
                         + "; ".join(d["hs_messages"]))
    L.append("")
    L += ["## herstelsite: errors on planted corpora at lines where nothing was planted", ""]
    for r in results:
        for e in r["other"]:
            flag = "" if looks_like_privacy(e["message"]) else " **(not a privacy hit? a validation error stops the gate)**"
            L.append(f"- {r['dir']}/{e['file']}:{e['line']}: {e['message']}{flag}")
    L.append("")
    L += ["## herstelsite: false alarms on clean corpora", ""]
    for c in clean:
        L.append(f"### `{c['dir']}`: {c['fa']}")
        L.append("")
        for e in c["errors"][:500]:
            L.append(f"- {e['file']}:{e['line']}: {e['message']}")
        if len(c["errors"]) > 500:
            L.append(f"- ... and {len(c['errors']) - 500} more")
        L.append("")
    if with_deduce:
        L += ["## DEDUCE: missed items (no annotation overlaps)", ""]
        for i in items:
            if not i["dd_caught"]:
                L.append(f"- [{i['category']}/{i['location']}] `{i['text']}` ({i['shape']})")
        L += ["", "## DEDUCE: items caught by herstelsite but not DEDUCE, and the reverse", ""]
        for i in items:
            if i["dd_caught"] and not i["hs_caught"]:
                L.append(f"- DEDUCE only: [{i['category']}] `{i['text']}` ({', '.join(i['dd_tags'])})")
        L += ["", "## DEDUCE: annotations on hard negatives (decoy lines)", ""]
        for r in results:
            for d in r["manifest"].get("decoys", []):
                if d.get("dd_alarm"):
                    L.append(f"- `{d['text']}`: {', '.join(d['dd_tags'])}")
        L += ["", "## DEDUCE: annotations on clean published text", ""]
        for c in clean:
            if not c.get("deduce"):
                continue
            L.append(f"### `{c['dir']}`")
            L.append("")
            L.append("Each source text once (raw):")
            L.append("")
            for a in c["deduce"]["raw_annotations"]:
                L.append(f"- {a['tag']}: `{a['text']}` in {a['source']}" + (f":{a['line']}" if a["line"] else f" ({a['case']})"))
            L += ["", "Published text per case (counts):", ""]
            cnt = collections.Counter((a["tag"], a["text"], a["source"]) for a in c["deduce"]["annotations"])
            for (tag, text, src), n in cnt.most_common(300):
                L.append(f"- {tag}: `{text}` in {src} ×{n}")
            L.append("")
    return "\n".join(L) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--planted", action="append", default=[])
    ap.add_argument("--clean", action="append", default=[])
    ap.add_argument("--herstelsite", default=os.environ.get("HERSTELSITE")
                    or os.path.join(REPO, ".build", "release", "herstelsite"))
    ap.add_argument("--built-from", help="the binary that --herstelsite is a copy of "
                    "(for the git commit in the header; run.sh measures a copy, so that a "
                    "rebuild during the run cannot change the binary under test)")
    ap.add_argument("--deduce", action="store_true")
    ap.add_argument("--deduce-sample", type=int, default=200)
    ap.add_argument("--deduce-clean", action="append", default=None,
                    help="run DEDUCE only on these clean corpora (default: all --clean)")
    ap.add_argument("--details")
    ap.add_argument("--json")
    a = ap.parse_args()
    if not os.access(a.herstelsite, os.X_OK):
        sys.exit(f"score.py: no herstelsite binary at {a.herstelsite} (set HERSTELSITE)")
    origin = a.built_from or a.herstelsite
    try:
        version = subprocess.run(["git", "-C", os.path.dirname(os.path.realpath(origin)),
                                  "log", "-1", "--format=%h %cd", "--date=format:%Y-%m-%d %H:%M"],
                                 capture_output=True, text=True).stdout.strip() or "unknown commit"
        top = subprocess.run(["git", "-C", os.path.dirname(os.path.realpath(origin)),
                              "rev-parse", "--show-toplevel"], capture_output=True, text=True).stdout.strip()
        dirty = top and subprocess.run(["git", "-C", top, "status", "--porcelain", "--", "Sources",
                                        "Package.swift"], capture_output=True, text=True).stdout.strip()
        if dirty:
            version += ", plus uncommitted changes in Sources/"
    except OSError:
        version = "unknown commit"

    def digest():
        import hashlib
        try:
            with open(a.herstelsite, "rb") as f:
                return hashlib.sha256(f.read()).hexdigest()[:12]
        except OSError:
            return "missing"
    sha_before = digest()
    results = score_herstelsite(a.herstelsite, a.planted)
    clean = []
    for d in a.clean:
        rc, diags, secs, _ = run_check(a.herstelsite, d)
        errors = [x for x in diags if x["severity"] == "error"]
        _, cases, _, _, _ = corpus.load_content(d)
        clean.append({"dir": d, "fa": len(errors), "errors": errors, "secs": secs,
                      "published": sum(corpus.is_published(c) for c in cases)})
    if a.deduce:
        score_deduce(results)
        score_deduce_decoys(results)
        for c in clean:
            if a.deduce_clean is None or c["dir"] in a.deduce_clean:
                c["deduce"] = deduce_clean(c["dir"], a.deduce_sample)
    sha_after = digest()
    version += f", sha256 {sha_before}"
    if sha_after != sha_before:
        version += (f" — **the binary changed during the run (now {sha_after}): "
                    f"the numbers may mix two builds; run again**")
    if a.built_from:
        version = f"a copy of {a.built_from}, {version}"
    out = tables(results, clean, a.deduce, a.herstelsite, version)
    print(out)
    if a.details:
        with open(a.details, "w", encoding="utf-8") as f:
            f.write(details(results, clean, a.deduce))
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump({"binary": a.herstelsite, "version": version,
                       "planted": [{"dir": r["dir"], "rc": r["rc"], "items": r["manifest"]["items"],
                                    "other": r["other"]} for r in results],
                       "clean": clean}, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
