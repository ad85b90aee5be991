#!/usr/bin/env python3
"""Plant realistic Dutch personal data into a copy of a herstelsite Content folder.

    bench/privacy/plant.py --seed N --source DIR --out DIR [--per-category 40] [--decoys 40]

Copies DIR (the sample Content/ or a bench/gen_corpus.py corpus) to OUT and plants
items of every category (name, bsn, iban, address, birthdate, phone, email), ONE item
per line, only into text that is published:
  body      own bodies of published cases
  template  report templates in reports/ that published cases use
  page      free pages in pages/ and intros in schooljaren/ of years with a published case
  field     `naam:` / `plaats:` of the board and the schools of published cases
spread evenly over the four (per category). Writes manifest.json beside OUT (in OUT's
parent folder; --manifest to choose), so the Content folder holds only content. Each item
has its category, shape, exact text, file (relative to the content folder), 1-based
line, location and the whole line. --decoys hard negatives (lines without personal data:
schools named after people, streets without a number, dates that are not dates of
birth, ...) are planted the same way and listed under "decoys".

The items depend on the seed alone (not on the source), so give each corpus its own seed.
Seeded and deterministic: the same seed, source and package versions give the same files.
"""

import argparse
import json
import os
import random
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))  # bench/corpus.py: YAML subset, is_published
import bootstrap  # noqa: E402

bootstrap.ensure(("faker", "phonenumbers", "stdnum"))

from faker import Faker  # noqa: E402

import corpus  # noqa: E402
import items  # noqa: E402

LOCATIONS = ["body", "template", "page", "field"]
MAX_FIELD = 200


# ----------------------------------------------------------------------------- files

class TextFile:
    """A file's lines without line endings, remembering BOM and CRLF to write it back."""

    def __init__(self, path):
        self.path = path
        with open(path, "rb") as f:
            data = f.read()
        self.bom = data.startswith(b"\xef\xbb\xbf")
        if self.bom:
            data = data[3:]
        text = data.decode("utf-8")
        self.crlf = "\r\n" in text
        text = text.replace("\r\n", "\n")
        self.final_nl = text.endswith("\n")
        self.lines = text.split("\n")
        if self.final_nl:
            self.lines.pop()

    def save(self):
        nl = "\r\n" if self.crlf else "\n"
        text = nl.join(self.lines) + nl
        data = text.encode("utf-8")
        if self.bom:
            data = b"\xef\xbb\xbf" + data
        with open(self.path, "wb") as f:
            f.write(data)


def body_start(lines):
    """0-based index of the first body line (after front matter, if any)."""
    if lines and lines[0] == "---":
        for i in range(1, len(lines)):
            if lines[i] == "---":
                return i + 1
    return 0


def insertion_points(lines):
    """Indices before which a new paragraph can go: top-level headings preceded by a
    blank line (not inside a fence, not the body's first heading), and the end."""
    start = body_start(lines)
    pts, fence, seen_text = [], None, False
    for i in range(start, len(lines)):
        s = lines[i]
        st = s.lstrip()
        if fence:
            if st.startswith(fence):
                fence = None
            continue
        if st.startswith("```") or st.startswith("~~~"):
            fence = st[:3]
            seen_text = True
            continue
        if re.match(r"#{1,6} ", s) and seen_text and i > start and not lines[i - 1].strip():
            pts.append(i)
        if s.strip():
            seen_text = True
    pts.append(len(lines))
    return pts


# ----------------------------------------------------------------------------- YAML fields

FIELD_RE = re.compile(r"^(\s+(?:-\s+)?)(naam|plaats):[ \t]*(.*)$")


def yaml_value(raw):
    """The string value of a YAML scalar as gen_corpus/sample content write them."""
    raw = raw.strip()
    if raw.startswith('"'):
        out, i = [], 1
        while i < len(raw):
            c = raw[i]
            if c == "\\":
                nxt = raw[i + 1]
                out.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/"}.get(nxt, nxt))
                i += 2
                continue
            if c == '"':
                return "".join(out)
            out.append(c)
            i += 1
        return None
    if raw.startswith("'"):
        end = raw.rfind("'")
        return raw[1:end].replace("''", "'")
    m = re.search(r"\s#", raw)
    if m:
        raw = raw[:m.start()]
    return raw.strip() or None


def yaml_dq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def field_lines(lines):
    """[(index, prefix, key, value)] of bestuur/scholen naam and plaats lines."""
    out, top = [], None
    end = body_start(lines)
    for i in range(1, max(end - 1, 1)):
        s = lines[i]
        if s and not s[0].isspace() and not s.startswith("#"):
            top = s.split(":", 1)[0].strip()
            continue
        if top not in ("bestuur", "scholen"):
            continue
        m = FIELD_RE.match(s)
        if m:
            v = yaml_value(m.group(3))
            if v:
                out.append((i, m.group(1), m.group(2), v))
    return out


# ----------------------------------------------------------------------------- rendering

def render_prose(it, r):
    """A carrier sentence around one item. An item that starts the sentence gets a
    capital, as a writer would ("De heer Van Dijk", "Mevrouw ..."); the manifest keeps
    the text as it stands in the file."""
    cat, text, shape = it["category"], it["text"], it["shape"]
    if shape.startswith("role:"):
        role = shape.split(":")[1].split("/")[0]
        c = r.choice(items.PROSE["role"])
        return c.format(role=role, x=text)
    c = r.choice(items.PROSE[cat])
    if c.startswith("{x}"):
        it["text"] = text = text[:1].upper() + text[1:]
    return c.format(x=text)


def make_item(cat, loc, r, fk, used, verboden):
    for _ in range(1000):
        text, shape = items.make(cat, r, fk)
        if cat == "name":
            kind = r.choice(["plain", "plain", "plain", "role", "signature"]) if loc != "field" \
                else r.choice(["plain", "plain", "role"])
            if kind == "role":
                text, s2 = items.person_name(r, fk, shape=r.choice(["initials", "full", "full"]))
                shape = f"role:{r.choice(items.ROLE_WORDS)}/{s2}"
            elif kind == "signature":
                text, s2 = items.person_name(r, fk, shape=r.choice(["title", "initials", "full"]))
                shape = f"signature/{s2}"
        key = re.sub(r"\s+", "", text.lower())
        if key in used or any(v.lower() in text.lower() for v in verboden):
            continue
        used.add(key)
        return {"category": cat, "shape": shape, "text": text, "location": loc}
    raise RuntimeError("could not make a unique item")


def render_group(group, r):
    """Lines of one inserted block and, per item, its line index within the block."""
    if any(it["shape"].startswith("signature") for it in group):
        it = group[0]
        lines = [r.choice(items.SIGN_OFFS)]
        if r.random() < 0.3:
            lines.append("")                      # a blank line between greeting and name
        if r.random() < 0.3:
            lines[0] += "  "                      # Markdown hard break, as a letter is pasted
        it["k"] = len(lines)
        lines.append(it["text"])
        role = r.choice(items.SIGN_ROLES)
        if role:
            lines.append(role)
        return lines
    if group[0]["category"] == "decoy":
        lines = []
        for it in group:
            it["k"] = len(lines)
            lines.append(it["text"])
        return lines
    style = r.choices(["para", "list", "table"], [70, 15, 15])[0]
    lines = []
    if style == "table":
        lines += ["| Gegeven | Waarde |", "| --- | --- |"]
    for it in group:
        cat = it["category"]
        if style == "para":
            line = render_prose(it, r)
        else:
            if it["shape"].startswith("role:"):
                label = it["shape"].split(":")[1].split("/")[0]
                label = label[0].upper() + label[1:]
            else:
                label = r.choice(items.LABELS[cat])
            line = f"- {label}: {it['text']}" if style == "list" else f"| {label} | {it['text']} |"
        it["k"] = len(lines)
        lines.append(line)
    return lines


def field_suffix(it, r):
    cat = it["category"]
    if it["shape"].startswith("role:"):
        role = it["shape"].split(":")[1].split("/")[0]
        return r.choice([f", {role} {{x}}", f" ({role} {{x}})", f" – {role}: {{x}}"]).format(x=it["text"])
    return r.choice(items.FIELD[cat]).format(x=it["text"])


# ----------------------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--source", required=True, help="a Content folder")
    ap.add_argument("--out", required=True, help="the planted Content folder (replaced)")
    ap.add_argument("--per-category", type=int, default=40)
    ap.add_argument("--decoys", type=int, default=40,
                    help="hard negatives (not personal data) planted the same way")
    ap.add_argument("--manifest", help="default: manifest.json in the parent folder of OUT")
    a = ap.parse_args()

    src, out = os.path.abspath(a.source), os.path.abspath(a.out)
    if os.path.exists(out):
        shutil.rmtree(out)
    shutil.copytree(src, out)
    manifest_path = a.manifest or os.path.join(os.path.dirname(out), "manifest.json")

    r = random.Random(a.seed)
    fk = Faker("nl_NL")
    fk.seed_instance(a.seed)

    site = corpus.parse_yaml(corpus.read_text(os.path.join(out, "site.yml")))
    priv = site.get("privacy") or {}
    verboden = [v for v in (priv.get("verboden") or []) if isinstance(v, str)]

    # ---- what is published
    case_files, templates, years = [], set(), set()
    for root, dirs, files in os.walk(os.path.join(out, "cases")):
        dirs.sort()
        for name in sorted(files):
            if not name.endswith(".md"):
                continue
            p = os.path.join(root, name)
            fm, body, _ = corpus.split_front_matter(corpus.read_text(p))
            if not corpus.is_published(fm):
                continue
            years.add(fm["schooljaar"])
            rel = os.path.relpath(p, out)
            if body.strip():
                case_files.append((rel, True))
            else:
                case_files.append((rel, False))
                templates.add(f"reports/{fm.get('rapport') or fm['status']}.md")
    bodies = sorted(rel for rel, has in case_files if has)
    templates = sorted(t for t in templates if os.path.exists(os.path.join(out, t)))
    pages = []
    for sub in ("pages", "schooljaren"):
        d = os.path.join(out, sub)
        if os.path.isdir(d):
            for name in sorted(os.listdir(d)):
                if name.endswith(".md") and (sub == "pages" or name[:-3] in years):
                    pages.append(f"{sub}/{name}")
    all_cases = sorted(rel for rel, _ in case_files)
    targets = {"body": bodies, "template": templates, "page": pages}
    for k, v in targets.items():
        if not v:
            sys.exit(f"plant.py: no {k} files to plant into in {src}")

    # ---- the items, per category spread over the four locations
    used = set()
    planted = []
    for cat in items.CATEGORIES:
        locs = [LOCATIONS[i % 4] for i in range(a.per_category)]
        r.shuffle(locs)
        for loc in locs:
            planted.append(make_item(cat, loc, r, fk, used, verboden))

    files, changed = {}, set()

    def tf(rel):
        if rel not in files:
            files[rel] = TextFile(os.path.join(out, rel))
        return files[rel]

    # ---- fields: one item per field line, lines chosen at random among published cases
    field_items = [it for it in planted if it["location"] == "field"]
    candidates = []
    for rel in all_cases:
        for (i, prefix, key, v) in field_lines(tf(rel).lines):
            candidates.append((rel, i, prefix, key, v))
    r.shuffle(candidates)
    ci = 0
    for it in field_items:
        while True:
            if ci >= len(candidates):
                sys.exit("plant.py: not enough name fields to plant into")
            rel, i, prefix, key, v = candidates[ci]
            ci += 1
            new = v + field_suffix(it, r)
            if len(new) <= MAX_FIELD:
                break
        tf(rel).lines[i] = f"{prefix}{key}: {yaml_dq(new)}"
        changed.add(rel)
        it.update(file=rel, line=i + 1, field=key)

    decoys = []
    dlocs = [LOCATIONS[i % 4] for i in range(a.decoys)]
    r.shuffle(dlocs)
    for loc in dlocs:
        if loc == "field":
            text, shape = items.decoy_field(r)
        else:
            text, shape = items.decoy(r)
        decoys.append({"category": "decoy", "shape": shape, "text": text.strip(" ,–()"),
                       "suffix": text, "location": loc})
    for d in [d for d in decoys if d["location"] == "field"]:
        while True:
            if ci >= len(candidates):
                sys.exit("plant.py: not enough name fields to plant into")
            rel, i, prefix, key, v = candidates[ci]
            ci += 1
            new = v + d["suffix"]
            if len(new) <= MAX_FIELD:
                break
        tf(rel).lines[i] = f"{prefix}{key}: {yaml_dq(new)}"
        changed.add(rel)
        d.update(file=rel, line=i + 1, field=key)
    for d in decoys:
        d.pop("suffix")

    # ---- prose: groups of 1-3 items, each group a block at an insertion point
    inserts = {}  # rel -> {point: [blocks]}
    for loc in ("body", "template", "page"):
        its = [it for it in planted if it["location"] == loc]
        r.shuffle(its)
        groups, i = [], 0
        while i < len(its):
            if its[i]["shape"].startswith("signature"):
                groups.append([its[i]])
                i += 1
                continue
            n = r.choice([1, 1, 2, 2, 3])
            g = []
            while i < len(its) and len(g) < n and not its[i]["shape"].startswith("signature"):
                g.append(its[i])
                i += 1
            groups.append(g)
        ds = [d for d in decoys if d["location"] == loc]
        for j in range(0, len(ds), 2):
            groups.append(ds[j:j + 2])
        r.shuffle(groups)
        for g in groups:
            rel = r.choice(targets[loc])
            pt = r.choice(insertion_points(tf(rel).lines))
            inserts.setdefault(rel, {}).setdefault(pt, []).append((g, render_group(g, r)))
            changed.add(rel)

    for rel, by_pt in inserts.items():
        f = tf(rel)
        old = f.lines
        new = []
        for idx in range(len(old) + 1):
            for g, block in by_pt.get(idx, []):
                if new and new[-1].strip():
                    new.append("")
                base = len(new)
                new.extend(block)
                new.append("")
                for it in g:
                    it["file"], it["line"] = rel, base + it.pop("k") + 1
            if idx < len(old):
                new.append(old[idx])
        while len(new) > 1 and not new[-1].strip() and not new[-2].strip():
            new.pop()
        f.lines = new

    for rel in sorted(changed):
        files[rel].save()

    # ---- manifest, each item with its final line checked against the file
    for n, it in enumerate(planted + decoys):
        it["id"] = n + 1
        line = files[it["file"]].lines[it["line"] - 1]
        raw = line if it["location"] != "field" else yaml_value(line.split(":", 1)[1])
        if it["text"] not in raw:
            sys.exit(f"plant.py: internal error, item {it['text']!r} not on {it['file']}:{it['line']}")
        it["line_text"] = line
    manifest = {
        "seed": a.seed, "source": src, "content": out, "per_category": a.per_category,
        "targets": {k: len(v) for k, v in targets.items()}, "items": planted, "decoys": decoys,
    }
    with open(manifest_path, "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
    counts = {}
    for it in planted:
        counts[it["location"]] = counts.get(it["location"], 0) + 1
    print(f"{out}: planted {len(planted)} items ({', '.join(f'{k} {v}' for k, v in counts.items())}) "
          f"into {len(changed)} files; manifest {manifest_path}", file=sys.stderr)


if __name__ == "__main__":
    main()
