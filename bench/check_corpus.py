#!/usr/bin/env python3
"""Sanity check of a generated corpus against SPEC §1 (not a replacement for
`herstelsite check`): field formats, unique (nummer, schooljaar), ordered dates,
placeholders that resolve, and no private value in text that would be published.

    bench/check_corpus.py CONTENT_DIR
"""

import collections
import datetime
import os
import re
import sys

sys.dont_write_bytecode = True  # keep bench/ free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpus  # noqa: E402

SJ = re.compile(r"^[0-9]{4}-[0-9]{4}$")
NUMMER = re.compile(r"^[0-9]{5}$")
BRIN = re.compile(r"^[0-9]{2}[A-Z]{2}$")
VEST = re.compile(r"^[0-9]{2}$")
KENMERK = re.compile(r"^[0-9]{8}$")
# A Dutch telephone number as SPEC §2 defines it: ten digits from 0, or +31 / 0031.
TELEFOON = re.compile(r"^(?:0|\+31|0031)[0-9 \-./()]+$")
# An intern value shaped like a person's name: titles, initials or a first name, particles,
# surname. The surname with its particles ("van der Meer", not "Meer", a Dutch word) is
# what must never occur in published text.
PERSON = re.compile(r"^(?:(?:dhr|mevr|mw|drs|ir|mr|dr|prof|ing)\.\s*)*(?:(?:[A-Z]\.)+\s*|[A-Z][a-zà-ÿ]+\s+)"
                    r"((?:(?i:van|de|der|den|ter|ten|te|het|'t|el|la|le|du)\s+)*[A-ZÀ-ÝÇ][\w'-]+)$")
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
NUMBERISH = re.compile(r"\+?\d(?:[\d \t\-./()]*\d)?")


def norm(s):
    return "".join(s.lower().split())


def digits(s):
    d = re.sub(r"\D", "", s.replace("+31", "0"))
    return "0" + d[4:] if d.startswith("0031") else d


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    content = sys.argv[1]
    site, cases, reports, pages, intros = corpus.load_content(content)
    errors = []
    err = errors.append
    seen = {}
    published_texts = []
    stats = collections.Counter()
    boards = collections.defaultdict(set)
    body_sizes = []
    # toegestaan entries are texts or { tekst, reden } (SPEC §2)
    allowed = {digits(t["tekst"] if isinstance(t, dict) else t) for t in site["privacy"]["toegestaan"]}
    surnames = {}

    for c in cases:
        p = c["_path"]
        sj = c.get("schooljaar", "")
        if not SJ.match(sj) or int(sj[5:]) != int(sj[:4]) + 1:
            err(f"{p}: schooljaar {sj!r}")
            continue
        if c.get("sector") not in site["sectoren"]:
            err(f"{p}: sector {c.get('sector')!r}")
        b = c.get("bestuur") or {}
        if not (1 <= len(b.get("naam") or "") <= 200):
            err(f"{p}: bestuur.naam")
        if not NUMMER.match(b.get("nummer") or ""):
            err(f"{p}: bestuur.nummer {b.get('nummer')!r}")
        key = (b.get("nummer"), sj)
        if key in seen:
            err(f"{p}: same bestuur.nummer and schooljaar as {seen[key]}")
        seen[key] = p
        boards[b.get("nummer")].add(b.get("naam"))
        scholen = c.get("scholen") or []
        if not 1 <= len(scholen) <= 4:
            err(f"{p}: {len(scholen)} scholen")
        for s in scholen:
            if not BRIN.match(s.get("brin") or ""):
                err(f"{p}: brin {s.get('brin')!r}")
            if not VEST.match(corpus.vestiging(s)):
                err(f"{p}: vestiging {s.get('vestiging')!r}")
        st = c.get("status")
        if st not in ("open", "voldaan", "niet-voldaan"):
            err(f"{p}: status {st!r}")
        try:
            d = {k: datetime.date.fromisoformat(c[k]) for k in
                 ("herstelopdracht", "termijn", "ontvangen", "afgesloten") if c.get(k)}
        except ValueError as e:
            err(f"{p}: date {e}")
            continue
        if not datetime.date(int(sj[5:]), 7, 1) <= d["herstelopdracht"] < d["termijn"]:
            err(f"{p}: herstelopdracht/termijn out of order")
        if st == "voldaan" and "ontvangen" not in d:
            err(f"{p}: voldaan without ontvangen")
        if st != "open" and "afgesloten" not in d:
            err(f"{p}: {st} without afgesloten")
        if st == "open" and "afgesloten" in d:
            err(f"{p}: open with afgesloten")
        if "ontvangen" in d and d["ontvangen"] < d["herstelopdracht"]:
            err(f"{p}: ontvangen before herstelopdracht")
        if "afgesloten" in d and d["afgesloten"] < max(v for k, v in d.items() if k != "afgesloten"
                                                      and k != "termijn"):
            err(f"{p}: afgesloten before ontvangen/herstelopdracht")
        i = c.get("intern") or {}
        if not (KENMERK.match(i.get("kenmerk") or "") and TELEFOON.match(i.get("telefoon") or "")
                and len(digits(i.get("telefoon") or "")) == 10
                and EMAIL.fullmatch(i.get("email") or "") and i.get("contactpersoon")
                and i.get("notities")):
            err(f"{p}: intern block incomplete: {i}")

        body = c["_body"]
        own = bool(body.strip())
        template = body if own else reports[c.get("rapport") or st] if st != "open" else ""
        try:
            text = corpus.fill(template, corpus.placeholder_values(site, c))
        except KeyError as e:
            err(f"{p}: placeholder {e} has no value")
            continue
        stats["cases"] += 1
        stats["own body"] += own
        stats["open"] += st == "open"
        stats["publiceren: false"] += str(c.get("publiceren", "true")) == "false"
        stats[f"{len(scholen)} scholen"] += 1
        if own:
            body_sizes.append(len(body.encode()))
        # the report's own address: its digits are joined across "/" by the gate too
        public = [text, b["naam"], b.get("plaats") or "", f"besturen/{b['nummer']}/{sj}/"] + \
                 [f"{s['naam']} {s.get('plaats') or ''}" for s in scholen]
        public = "\n".join(public)
        # this case's own private values must not be in its own text (exact check)
        for k, v in i.items():
            if len(v) >= 4 and (norm(v) in norm(public)):
                err(f"{p}: intern.{k} {v!r} occurs in its published text")
        if corpus.is_published(c):
            stats["published"] += 1
            published_texts.append((p, public))

    for name, (fm, body) in pages.items():
        published_texts.append((f"pages/{name}.md", body + " " + (fm.get("titel") or "")))
    for name, body in intros.items():
        published_texts.append((f"schooljaren/{name}.md", body))

    # Private values of ALL cases against all published text. Contact names, e-mail
    # addresses and notes all contain a person's surname or a kenmerk, so it is enough
    # that no surname (taken from the intern values shaped like a name) occurs as words
    # and no kenmerk/telefoon in any number.
    for c in cases:
        for v in (c.get("intern") or {}).values():
            m = PERSON.match(v.strip()) if isinstance(v, str) else None
            if m:
                surnames[m.group(1)] = True
    surname_re = re.compile(r"\b(?:" + "|".join(re.escape(s) for s in sorted(surnames)) + r")\b",
                            re.IGNORECASE) if surnames else None
    private_digits = {digits(c["intern"]["kenmerk"]) for c in cases} | \
                     {digits(c["intern"]["telefoon"]) for c in cases}
    verboden = [norm(v) for v in site["privacy"]["verboden"]]
    for p, text in published_texts:
        m = surname_re and surname_re.search(text)
        if m:
            err(f"{p}: contact surname {m.group(0)!r} in published text")
        for m in EMAIL.finditer(text):
            err(f"{p}: e-mail address {m.group(0)!r} in published text")
        for m in NUMBERISH.finditer(text):
            run = digits(m.group(0))
            if any(run[j:j + n] in private_digits for n in (8, 10) for j in range(len(run) - n + 1)):
                err(f"{p}: private number in {m.group(0)!r}")
            if len(run) == 10 and run.startswith("0") and run not in allowed:
                err(f"{p}: telephone-like number {m.group(0)!r}")
        nt = norm(text)
        for v in verboden:
            if v in nt:
                err(f"{p}: forbidden term {v!r}")

    renamed = sum(1 for names in boards.values() if len(names) > 1)
    print(f"{content}: {len(surnames)} private surnames checked")
    print(f"{content}: {stats['cases']} cases, {stats['published']} published, "
          f"{len(boards)} boards ({renamed} renamed, {100 * renamed / max(1, len(boards)):.1f}%)")
    print("  " + ", ".join(f"{k}: {v} ({100 * v / max(1, stats['cases']):.1f}%)"
                           for k, v in sorted(stats.items()) if k not in ("cases", "published")))
    if body_sizes:
        body_sizes.sort()
        print(f"  own bodies: median {body_sizes[len(body_sizes) // 2]} bytes, "
              f"max {body_sizes[-1]}; templates: "
              + ", ".join(f"{k} {len(v.encode())} bytes" for k, v in reports.items()))
    for e in errors[:50]:
        print("ERROR " + e)
    if errors:
        print(f"{len(errors)} errors")
        sys.exit(1)
    print("  OK")


if __name__ == "__main__":
    main()
