#!/usr/bin/env python3
"""Writes the lexicons of Dutch street names (see data/streets/README.md):

  data/streets/streets.txt       every name of a public space (openbare ruimte) with an
                                 address in the BAG of 2019-01-13: 131,727 names, Frisian
                                 ones as the BAG writes them ("Tsjerkestrjitte", "Mûnewei")
  data/streets/street-words.txt  the words a street name ends in ("straat", "laan",
                                 "strjitte", "wei", "dyk", "leane", "paad"), each ending at
                                 least MINIMUM of those names

Source: the BAG (Basisregistratie Adressen en Gebouwen, Kadaster; CC0) as extracted by
NLExtract and counted by OpenTaal in github.com/OpenTaal/bag-addresses
(results/bagadres.csv.openbareruimte-frequency.tsv, commit d4e569a, MIT): one line per
distinct name with the number of woonplaatsen that have it. Faker's nl_NL street names, which
bench/privacy plants, are not used.

Marks (second column):
  streets.txt       word     the name, lower-cased, is one word of the OpenTaal word list
                             (wdutch): "Markt", "Kerkstraat", "Dorpsstraat"
                    frequent the name is found in 10 or more woonplaatsen ("Kerkstraat")
  street-words.txt  frisian  a Frisian form ("strjitte", "wei", "dyk", "leane", "paad",
                             "loane", "reed", "buorren", "wâl", "feart")

The street words are a list written here of the words that name a kind of street, kept
when at least MINIMUM BAG names end in them (as the last word, or the end of a compound:
"Dorpsstraat", "Jan van Goyenkade"); their counts are in the README.

Usage: scripts/lexicon/streets.py    (apt-get install wdutch)
"""
import collections
import sys

import lexlib

SOURCE = ("OpenTaal/bag-addresses", "d4e569ac156c15361bfd04d0a17e6c441d99b910")
FILE = "results/bagadres.csv.openbareruimte-frequency.tsv"
MINIMUM = 20
FRISIAN = {"strjitte", "wei", "dyk", "leane", "paad", "loane", "reed", "buorren", "wâl", "feart",
           "wyk", "hiem", "pôle", "leechte", "hôf", "terp", "singel"}
FRISIAN.discard("singel")  # Dutch too
CANDIDATES = """straat straatje weg wegje laan laantje plein pleintje gracht kade singel dijk dreef
pad steeg hof park baan wal markt plantsoen erf veld hoek ring gaarde berg burg brink es akker
hout kamp kampen kwartier oord polder dam wetering vaart sloot loop lei tuin tuinen hove hoven
zoom rak haven wijk dorp boulevard allee passage promenade galerij poort route bos bosch heide
horst donk zand laar molen hoeve veen ven weide wiel water stede stee acker kanaal
strjitte wei dyk leane paad loane reed buorren wâl feart wyk hiem terp""".split()


def main():
    words, wdutch = lexlib.opentaal_words()
    rows = [line.split("\t") for line in lexlib.github_file(*SOURCE, FILE).decode("utf-8").splitlines()
            if line.strip()]
    entries = {}
    for count, name in rows:
        name = lexlib.nfc(name.strip())
        marks = set()
        if " " not in name and name.lower() in words:
            marks.add("word")
        if int(count) >= 10:
            marks.add("frequent")
        entries[name] = marks
    lexlib.write_lexicon("streets", entries)
    endings = collections.Counter()
    by_length = sorted(set(CANDIDATES), key=len, reverse=True)
    for name in entries:
        last = name.split(" ")[-1].lower()
        for c in by_length:  # the longest candidate that ends the name counts
            if last.endswith(c):
                endings[c] += 1
                break
    kept = {c: {"frisian" if c in FRISIAN else ""} for c in CANDIDATES if endings[c] >= MINIMUM}
    lexlib.write_lexicon("streets", kept, filename="street-words")
    for c in sorted(kept, key=lambda c: -endings[c]):
        print(f"| {c} | {endings[c]} |", file=sys.stderr)
    print(f"dropped (< {MINIMUM}): {sorted(c for c in CANDIDATES if endings[c] < MINIMUM)}; wdutch {wdutch}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
