#!/usr/bin/env python3
"""Writes the lexicons of Dutch municipalities, places and regions (see data/README.md):

  data/municipalities/municipalities.txt  every municipality of TOOI's register
  data/places/places.txt                  every woonplaats of the BAG, and the municipalities
  data/regions/regions.txt                provinces, COROP areas and landstreken

Sources (each named with version and licence in the set's README.md):
- municipalities and provinces: TOOI value lists `rwc_gemeenten_compleet` (version 4,
  2022-12-22: every municipality that existed, exists or will exist, up to the 2023
  redivision) and `rwc_provincies_compleet`, as enforced by the DiWoo schema already in this
  repository (schemas/diwoo/diwoo-metadata-lijsten.xsd, see schemas/diwoo/README.md);
  public-domain government data (CC0);
- places: the woonplaatsen of the BAG (Basisregistratie Adressen en Gebouwen) of 2019-01-13,
  as counted by OpenTaal in github.com/OpenTaal/bag-addresses (results/
  bagadres.csv.woonplaats-frequency.tsv, commit d4e569a); BAG data CC0, the repository MIT;
- landstreken: DEDUCE 3.0.6's list of regions (deduce/data/lookup/src/locations/lst_placename/
  lst_region/items.txt in the PyPI wheel, LGPL-3.0-or-later), with the capitals DEDUCE puts
  on particles undone ("Land Van Cuijk" -> "Land van Cuijk");
- COROP areas: the 40 COROP names of CBS's regional classification, written out below.

Marks (second column, comma-separated):
  word          the name, lower-cased, is a common Dutch word (OpenTaal word list, wdutch):
                "Best", "Buren", "Born", "Putten"
  municipality  (places, regions) also a municipality's name
  place         (regions) also a woonplaats

Usage: scripts/lexicon/places.py    (apt-get install wdutch; pip downloads deduce 3.0.6)
"""
import re
import sys
import xml.etree.ElementTree as ET

import lexlib

OPENTAAL_BAG = ("OpenTaal/bag-addresses", "d4e569ac156c15361bfd04d0a17e6c441d99b910")
DEDUCE = ("deduce", "3.0.6")
REGION_FILE = "deduce/data/lookup/src/locations/lst_placename/lst_region/items.txt"

# CBS, COROP-indeling (40 areas; the names as CBS writes them). Public facts.
COROP = """Oost-Groningen
Delfzijl en omgeving
Overig Groningen
Noord-Friesland
Zuidwest-Friesland
Zuidoost-Friesland
Noord-Drenthe
Zuidoost-Drenthe
Zuidwest-Drenthe
Noord-Overijssel
Zuidwest-Overijssel
Twente
Veluwe
Achterhoek
Arnhem/Nijmegen
Zuidwest-Gelderland
Utrecht
Kop van Noord-Holland
Alkmaar en omgeving
IJmond
Agglomeratie Haarlem
Zaanstreek
Groot-Amsterdam
Het Gooi en Vechtstreek
Agglomeratie Leiden en Bollenstreek
Agglomeratie 's-Gravenhage
Delft en Westland
Oost-Zuid-Holland
Groot-Rijnmond
Zuidoost-Zuid-Holland
Zeeuwsch-Vlaanderen
Overig Zeeland
West-Noord-Brabant
Midden-Noord-Brabant
Noordoost-Noord-Brabant
Zuidoost-Noord-Brabant
Noord-Limburg
Midden-Limburg
Zuid-Limburg
Flevoland""".split("\n")

XS = "{http://www.w3.org/2001/XMLSchema}"
PARTICLES = {"van", "en", "op", "de", "den", "der", "het", "aan", "in", "bij", "ter", "te", "over"}


def tooi(list_name, prefix):
    root = ET.fromstring(lexlib.repo_file("schemas/diwoo/diwoo-metadata-lijsten.xsd"))
    out = []
    for st in root.iter(XS + "simpleType"):
        if st.get("name") != list_name:
            continue
        for e in st.iter(XS + "enumeration"):
            label = " ".join("".join(e.itertext()).split())
            if not label.startswith(prefix):
                sys.exit(f"{list_name}: unexpected label {label!r}")
            out.append(label[len(prefix):])
    if not out:
        sys.exit(f"{list_name} not found in the DiWoo schema")
    return out


def undo_title_case(name):
    # DEDUCE writes "Land Van Maas En Waal", "Meierij Van 'S-Hertogenbosch"
    words = name.split(" ")
    fixed = [words[0]] + [w.lower() if w.lower() in PARTICLES else w for w in words[1:]]
    return " ".join(fixed).replace("'S-", "'s-")


def is_word(name, words):
    return " " not in name and name.lower() in words


def main():
    words, wdutch = lexlib.opentaal_words()
    municipalities = tooi("gemeentelijst", "gemeente ")
    # TOOI writes "het Bildt"; at the start of a name it is capitalised in running text
    municipalities = [m[0].upper() + m[1:] if m.startswith("het ") else m for m in municipalities]
    provinces = tooi("provincielijst", "provincie ")
    bag = lexlib.github_file(*OPENTAAL_BAG, "results/bagadres.csv.woonplaats-frequency.tsv").decode("utf-8")
    places = [line.split("\t")[1] for line in bag.splitlines() if line.strip()]
    regions_text = lexlib.wheel_files(*DEDUCE, [REGION_FILE])[REGION_FILE]
    landstreken = [undo_title_case(lexlib.nfc(r.strip())) for r in regions_text.splitlines() if r.strip()]

    m_set = set(municipalities)
    lexlib.write_lexicon("municipalities", {
        m: {"word" if is_word(m, words) else ""} for m in municipalities})
    p_entries = {}
    for p in places + municipalities:
        p_entries.setdefault(p, set()).update(
            {"word" if is_word(p, words) else "", "municipality" if p in m_set else ""})
    lexlib.write_lexicon("places", p_entries)
    place_set = set(p_entries)
    r_entries = {}
    for r in provinces + ["Friesland"] + COROP + landstreken:
        r_entries.setdefault(r, set()).update({
            "word" if is_word(r, words) else "", "municipality" if r in m_set else "",
            "place" if r in place_set else ""})
    lexlib.write_lexicon("regions", r_entries)
    print(f"wdutch {wdutch}", file=sys.stderr)


if __name__ == "__main__":
    main()
