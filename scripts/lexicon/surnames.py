#!/usr/bin/env python3
"""Writes the lexicon of Dutch surnames (see data/surnames/README.md):

  data/surnames/surnames.txt    every family name borne by 5 or more people in the Netherlands
                                in 2007, as written with its particles ("van den Berg",
                                "in 't Veld", "De Backer", "El Yahyaoui")
  data/surnames/particles.txt   the particles (tussenvoegsels) those names begin with, as
                                written in lower case ("van", "van der", "in 't", "ten")

Source: the Nederlandse Familienamenbank of the Meertens Instituut (census of 2007), as made
machine-readable by Maarten Trompper in github.com/digitalheir/family-names-in-the-netherlands
(file family_names_freq_5_or_more.lst, commit fa8c44e; data CC0, code MIT). DEDUCE's surname
list comes from the same bank (its top names only); faker's nl_NL surnames, which
bench/privacy plants, are not used.

Marks (second column of surnames.txt, comma-separated):
  word   the name without its particles, lower-cased, is a common Dutch word (OpenTaal word
         list, Debian wdutch): "Visser", "de Boer", "Bakker", "van Dam"
  place  the name without its particles is a Dutch place or municipality
         (data/places/places.txt, run scripts/lexicon/places.py first): "Aalten", "van Assen"

Usage: scripts/lexicon/surnames.py    (apt-get install wdutch)
"""
import collections
import re
import sys

import lexlib

SOURCE = ("digitalheir/family-names-in-the-netherlands", "fa8c44ea6573d6ae2eac9b079549317ddd4b955a")
FILE = "family_names_freq_5_or_more.lst"
# the leading parts of a name that are particles (as written in lower case in the bank)
PARTICLE_WORDS = {"van", "de", "der", "den", "het", "'t", "'s", "ten", "ter", "te", "in", "op",
                  "uit", "aan", "bij", "voor", "onder", "over", "tot", "von", "vom", "zur", "zum",
                  "auf", "dem", "da", "das", "do", "dos", "du", "des", "la", "le", "les", "del",
                  "della", "di", "el", "al", "à", "d'", "toe", "thoe"}


def split_particles(name):
    """(particles, core) of a name as written: 'van den Berg' -> ('van den', 'Berg')."""
    tokens = name.split(" ")
    i = 0
    while i < len(tokens) - 1 and tokens[i].lower() in PARTICLE_WORDS:
        i += 1
    return " ".join(tokens[:i]), " ".join(tokens[i:])


def main():
    words, wdutch = lexlib.opentaal_words()
    places = lexlib.read_lexicon("places")
    text = lexlib.github_file(*SOURCE, FILE).decode("utf-8")
    entries = {}
    particles = collections.Counter()
    skipped = []
    for raw in text.splitlines():
        name = lexlib.nfc(" ".join(raw.split()))
        if not name:
            continue
        # three entries hold a second name after a comma ("ten Thije, ook genoemd Boonkkamp")
        if "," in name or re.search(r"\d", name):
            skipped.append(name)
            continue
        lead, core = split_particles(name)
        if lead:
            particles[lead.lower()] += 1
        marks = set()
        if " " not in core and core.lower() in words:
            marks.add("word")
        if core in places:
            marks.add("place")
        entries[name] = marks
    lexlib.write_lexicon("surnames", entries)
    # a particle sequence borne by at least 3 different names
    lexlib.write_lexicon("surnames", [p for p, n in particles.items() if n >= 3], filename="particles")
    print(f"skipped {len(skipped)}: {skipped}; wdutch {wdutch}", file=sys.stderr)


if __name__ == "__main__":
    main()
