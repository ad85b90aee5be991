"""Shared helpers for the benchmark scripts (Python 3 stdlib only).

Reads the YAML subset that gen_corpus.py and gen_corpus_alt.py write (block maps and
lists, flow maps and lists, plain/single/double-quoted scalars, literal and folded
block scalars, comments), splits front matter, fills
report placeholders the way SPEC §1 describes, and formats Dutch long dates.
Every scalar is kept as the string it was written as ("Values are read as written").
"""

import datetime
import json
import os
import re

MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli",
             "augustus", "september", "oktober", "november", "december"]


def dutch_date(iso):
    d = datetime.date.fromisoformat(iso)
    return f"{d.day} {MONTHS_NL[d.month - 1]} {d.year}"


def dutch_join(items):
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " en " + items[-1]


# --------------------------------------------------------------------------- YAML subset

def _strip_comment(line):
    out, quote = [], None
    for i, ch in enumerate(line):
        if quote:
            if ch == "\\" and quote == '"':
                out.append(ch)
                continue
            if ch == quote:
                quote = None
        elif ch in "\"'" and (i == 0 or line[i - 1] in " \t:[{,-"):
            quote = ch
        elif ch == "#" and (i == 0 or line[i - 1] in " \t"):
            break
        out.append(ch)
    return "".join(out).rstrip()


def _split_flow(s):
    """Split the inside of a flow collection on top-level commas."""
    parts, depth, quote, cur = [], 0, None, []
    i = 0
    while i < len(s):
        ch = s[i]
        if quote:
            cur.append(ch)
            if ch == "\\" and quote == '"':
                cur.append(s[i + 1])
                i += 2
                continue
            if ch == quote:
                quote = None
        elif ch in "\"'":
            quote = ch
            cur.append(ch)
        elif ch in "[{":
            depth += 1
            cur.append(ch)
        elif ch in "]}":
            depth -= 1
            cur.append(ch)
        elif ch == "," and depth == 0:
            parts.append("".join(cur).strip())
            cur = []
        else:
            cur.append(ch)
        i += 1
    if "".join(cur).strip():
        parts.append("".join(cur).strip())
    return parts


def _split_key(s):
    """'key: value' -> (key, value) or None. Keys may be quoted."""
    if s[:1] in "\"'":
        end = s.find(s[0], 1)
        key, rest = s[1:end], s[end + 1:]
        if rest.startswith(":"):
            return key, rest[1:].strip()
        return None
    m = re.match(r"([^:#{}\[\],]+?):(?:\s+|$)(.*)$", s)
    if m:
        return m.group(1).strip(), m.group(2).strip()
    return None


def scalar(s):
    s = s.strip()
    if not s:
        return None
    if s[0] == '"':
        return json.loads(s)
    if s[0] == "'":
        return s[1:-1].replace("''", "'")
    if s[0] == "{":
        out = {}
        for part in _split_flow(s[1:-1]):
            k, v = _split_key(part)
            out[k] = scalar(v)
        return out
    if s[0] == "[":
        return [scalar(p) for p in _split_flow(s[1:-1])]
    return s


_BLOCK_SCALAR = re.compile(r"""^(\s*(?:-\s+)?(?:"[^"]*"|'[^']*'|[^:#{}\[\],'"]+?):\s+)([|>])([+-]?)\s*(?:#.*)?$""")


def _block_scalars(text):
    """Turn each literal (|) or folded (>) block scalar into one double-quoted line, so
    the line-based reader below sees a plain `key: "value"` (YAML 1.2 rules, without
    explicit indentation indicators)."""
    raw = text.split("\n")
    out, i = [], 0
    while i < len(raw):
        m = _BLOCK_SCALAR.match(raw[i])
        if not m:
            out.append(raw[i])
            i += 1
            continue
        indent = len(raw[i]) - len(raw[i].lstrip(" "))
        j = i + 1
        while j < len(raw) and (not raw[j].strip() or len(raw[j]) - len(raw[j].lstrip(" ")) > indent):
            j += 1
        body = raw[i + 1:j]
        filled = [ln for ln in body if ln.strip()]
        cut = min(len(ln) - len(ln.lstrip(" ")) for ln in filled) if filled else 0
        lines = [ln[cut:] if ln.strip() else "" for ln in body]
        trailing = 0
        while lines and lines[-1] == "":
            lines.pop()
            trailing += 1
        if m.group(2) == "|":
            value = "\n".join(lines)
        else:  # folded: lines of a paragraph joined by a space, blank lines kept as breaks
            value, prev_blank = "", True
            for ln in lines:
                if ln == "":
                    value += "\n"
                    prev_blank = True
                elif ln.startswith((" ", "\t")):
                    value += ("" if prev_blank else "\n") + ln + "\n"
                    prev_blank = True
                else:
                    value += ("" if prev_blank else " ") + ln
                    prev_blank = False
            value = value.rstrip("\n")
        chomp = m.group(3)
        if value and chomp == "":
            value += "\n"
        elif value and chomp == "+":
            value += "\n" * (trailing + 1)
        out.append(m.group(1) + json.dumps(value, ensure_ascii=False))
        i = j
    return "\n".join(out)


def parse_yaml(text):
    lines = []
    for raw in _block_scalars(text).split("\n"):
        line = _strip_comment(raw)
        if line.strip():
            lines.append((len(line) - len(line.lstrip(" ")), line.strip()))
    value, pos = _block(lines, 0, lines[0][0] if lines else 0)
    return value


def _block(lines, pos, indent):
    if pos >= len(lines):
        return None, pos
    if lines[pos][1].startswith("- ") or lines[pos][1] == "-":
        out = []
        while pos < len(lines) and lines[pos][0] == indent and lines[pos][1][:1] == "-":
            item = lines[pos][1][1:].strip()
            if not item:
                v, pos = _block(lines, pos + 1, lines[pos + 1][0])
                out.append(v)
                continue
            kv = _split_key(item) if item[0] not in "[{\"'" else None
            if kv is None:
                out.append(scalar(item))
                pos += 1
                continue
            # "- key: value" starts a mapping whose further keys are indented deeper
            sub_indent = indent + 2
            fake = [(sub_indent, item)]
            j = pos + 1
            while j < len(lines) and lines[j][0] > indent:
                fake.append(lines[j])
                j += 1
            v, _ = _block(fake, 0, sub_indent)
            out.append(v)
            pos = j
        return out, pos
    out = {}
    while pos < len(lines) and lines[pos][0] == indent:
        kv = _split_key(lines[pos][1])
        if kv is None:
            raise ValueError(f"cannot parse YAML line: {lines[pos][1]!r}")
        k, v = kv
        pos += 1
        if v in ("", "|", ">"):
            if pos < len(lines) and lines[pos][0] > indent:
                out[k], pos = _block(lines, pos, lines[pos][0])
            elif pos < len(lines) and lines[pos][0] == indent and lines[pos][1][:1] == "-":
                out[k], pos = _block(lines, pos, indent)
            else:
                out[k] = None
        else:
            out[k] = scalar(v)
    return out, pos


def read_text(path):
    with open(path, "rb") as f:
        data = f.read()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


def split_front_matter(text):
    """Return (front matter dict, body, line number where the body starts)."""
    if not text.startswith("---\n"):
        return {}, text, 1
    end = text.find("\n---", 3)
    while end != -1 and text[end + 4:end + 5] not in ("\n", ""):
        end = text.find("\n---", end + 1)
    fm = parse_yaml(text[4:end + 1])
    rest = text[end + 4:]
    if rest.startswith("\n"):
        rest = rest[1:]
    return fm or {}, rest, text[:end + 5].count("\n") + 1


# --------------------------------------------------------------------------- the model

def load_content(content_dir):
    site = parse_yaml(read_text(os.path.join(content_dir, "site.yml")))
    cases = []
    cases_dir = os.path.join(content_dir, "cases")
    for root, dirs, files in os.walk(cases_dir):
        dirs.sort()
        for name in sorted(files):
            if not name.endswith(".md"):
                continue
            path = os.path.join(root, name)
            fm, body, _ = split_front_matter(read_text(path))
            fm["_path"] = os.path.relpath(path, content_dir)
            fm["_body"] = body
            cases.append(fm)
    reports = {}
    rep_dir = os.path.join(content_dir, "reports")
    for name in sorted(os.listdir(rep_dir)):
        if name.endswith(".md"):
            reports[name[:-3]] = read_text(os.path.join(rep_dir, name))
    pages = {}
    pages_dir = os.path.join(content_dir, "pages")
    if os.path.isdir(pages_dir):
        for name in sorted(os.listdir(pages_dir)):
            if name.endswith(".md"):
                pages[name[:-3]] = split_front_matter(read_text(os.path.join(pages_dir, name)))[:2]
    intros = {}
    sj_dir = os.path.join(content_dir, "schooljaren")
    if os.path.isdir(sj_dir):
        for name in sorted(os.listdir(sj_dir)):
            if name.endswith(".md"):
                intros[name[:-3]] = split_front_matter(read_text(os.path.join(sj_dir, name)))[1]
    return site, cases, reports, pages, intros


def is_published(case):
    return (case.get("status") in ("voldaan", "niet-voldaan") and bool(case.get("afgesloten"))
            and str(case.get("publiceren", "true")).lower() != "false")


def wetsartikel(site, sector, schooljaar):
    w = site["sectoren"][sector]["wetsartikel"]
    if isinstance(w, str):
        return w
    best = None
    for first in sorted(w):
        if first <= schooljaar:
            best = w[first]
    return best


def vestiging(school):
    return school.get("vestiging") or "00"


def placeholder_values(site, case):
    sj = case["schooljaar"]
    y = int(sj[:4])
    scholen = case["scholen"]
    vals = {
        "bestuur": case["bestuur"]["naam"],
        "bestuursnummer": case["bestuur"]["nummer"],
        "schoolnaam": dutch_join(s["naam"] for s in scholen),
        "brin|vest": ", ".join(s["brin"] + vestiging(s) for s in scholen),
        "schooljaar": sj,
        "volgend-schooljaar": f"{y + 1}-{y + 2}",
        "herstelopdracht": dutch_date(case["herstelopdracht"]),
        "termijn": dutch_date(case["termijn"]),
        "sector": site["sectoren"][case["sector"]]["naam"],
        "wetsartikel": wetsartikel(site, case["sector"], sj),
    }
    for k in ("ontvangen", "afgesloten"):
        if case.get(k):
            vals[k] = dutch_date(case[k])
    return vals


PLACEHOLDER = re.compile(r"@@|@([A-Za-z0-9.|-]+)@")


def fill(text, values, escape=lambda s: s, redacted="[weggelaten]"):
    """Replace placeholders; raises KeyError naming an unknown/missing one."""
    def sub(m):
        if m.group(0) == "@@":
            return "@"
        name = m.group(1).lower()
        if name == "kenmerk" or name.startswith("intern."):
            return escape(redacted)
        return escape(values[name])
    return PLACEHOLDER.sub(sub, text)


_MD_SPECIAL = set("\\`*_{}[]()<>#+-.!|~&")


def md_escape(s):
    """Plain text -> Markdown that renders as exactly that text."""
    return "".join("\\" + c if c in _MD_SPECIAL else c for c in s)
