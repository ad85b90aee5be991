#!/usr/bin/env python3
"""Writes the lexicons of institutions (see data/institutions/README.md):

  data/institutions/institution-words.txt  words that name an institution, a body of one or
                                           a kind of school ("commissie", "raad",
                                           "ministerie", "inspectie", "gemeente", "college",
                                           "stichting", "basisschool"), in lower case
  data/institutions/organisations.txt      the names of Dutch public organisations in TOOI's
                                           registers: ministries, provinces, water boards,
                                           ZBOs, joint arrangements, the Caribbean public
                                           bodies and other government organisations
                                           ("Raad van State", "Kiesraad",
                                           "Wetenschappelijke Raad voor het Regeringsbeleid")

Sources:
- organisations: the TOOI value lists rwc_ministeries_compleet, rwc_provincies_compleet,
  rwc_waterschappen_compleet, rwc_zbo_compleet, rwc_samenwerkingsorganisaties_compleet,
  rwc_overige_overheidsorganisaties_compleet and rwc_caribische_openbare_lichamen_compleet,
  as enforced by the DiWoo schema already in this repository
  (schemas/diwoo/diwoo-metadata-lijsten.xsd; public-domain government data, CC0);
- institution words: the list WORDS below, written for this lexicon (the words the
  inspectorate's letters and Dutch news use for institutions, their bodies and kinds of
  school). Each is marked `tooi` when it is a word of, or ends a compound word of, at least
  one TOOI organisation name (the evidence that it names an institution there: "raad" in
  "Raad van State" and "Kiesraad").

Marks (second column of institution-words.txt, comma-separated):
  tooi       found in TOOI organisation names as a word or the end of a compound
  education  a kind of school, school board or education body ("basisschool", "lyceum",
             "scholengemeenschap", "samenwerkingsverband")

Usage: scripts/lexicon/institutions.py
"""
import re
import xml.etree.ElementTree as ET

import lexlib

XS = "{http://www.w3.org/2001/XMLSchema}"
LISTS = ["ministerielijst", "provincielijst", "waterschapslijst", "zbolijst", "solijst", "oorglijst",
         "collijst"]

# Words that name an institution, one of its bodies, or a kind of organisation.
WORDS = """
academie adviescollege adviescommissie adviesraad afdeling agentschap ambassade archief
arrondissement associatie autoriteit bank bedrijf beraad bestuur bestuurscommissie bibliotheek
bond bureau centrum coalitie collectief college comité commissariaat commissie concern
consulaat coöperatie corporatie curatorium deelgemeente delegatie departement dienst directie
directoraat directoraat-generaal district dorpsraad federatie fonds fractie fundatie gemeente
gemeenteraad genootschap gerechtshof gezondheidsdienst gilde groep hof hogeschool
hoogheemraadschap inspectie instelling instituut kabinet kamer kamerfractie kantongerecht
kerk kerkenraad kiesraad kliniek koepel kring kwartier landsadvocaat loket maatschappij
ministerie ministerraad museum ombudsman omgevingsdienst ondernemingsraad onderwijsraad
openbaar orde orgaan organisatie overheid parlement partij platform politie politieke
provincie raad raadscommissie rechtbank redactie regering regio rekenkamer rijksdienst
rijksoverheid schap secretariaat senaat staten stadsdeel stadsdeelraad stichting
studentenraad syndicaat tribunaal unie universiteit vakbond vereniging verbond vertegenwoordiging
waterschap werkgroep ziekenhuis zorginstelling
basisschool school scholengemeenschap lyceum gymnasium atheneum college mavo havo vwo vmbo
praktijkonderwijs kindcentrum kindercentrum jenaplanschool montessorischool daltonschool
vrijeschool sbo vso obs cbs rkbs pcbs ikc bestuur schoolbestuur samenwerkingsverband
medezeggenschapsraad gmr ouderraad leerlingenraad toezichthouder
onderwijsgroep scholengroep onderwijsstichting opleidingscentrum roc mbo hbo
""".split()
EDUCATION = set("""academie basisschool school scholengemeenschap lyceum gymnasium atheneum college mavo
havo vwo vmbo praktijkonderwijs kindcentrum kindercentrum jenaplanschool montessorischool
daltonschool vrijeschool sbo vso obs cbs rkbs pcbs ikc schoolbestuur samenwerkingsverband
medezeggenschapsraad gmr ouderraad leerlingenraad onderwijsgroep scholengroep
onderwijsstichting opleidingscentrum roc mbo hbo hogeschool universiteit onderwijsraad""".split())


def tooi_names():
    root = ET.fromstring(lexlib.repo_file("schemas/diwoo/diwoo-metadata-lijsten.xsd"))
    names = []
    for st in root.iter(XS + "simpleType"):
        if st.get("name") in LISTS:
            names += [" ".join("".join(e.itertext()).split()) for e in st.iter(XS + "enumeration")]
    return names


def main():
    names = tooi_names()
    tokens = {t for n in names for t in re.findall(r"[\w'-]+", n.lower())}

    def in_tooi(word):
        return any(t == word or (t.endswith(word) and len(t) > len(word) + 2) for t in tokens)

    lexlib.write_lexicon("institutions", {
        w: {"tooi" if in_tooi(w) else "", "education" if w in EDUCATION else ""} for w in WORDS},
        filename="institution-words")
    # TOOI writes "ministerie van ...", "provincie ...", "waterschap ..." in lower case; a
    # name is capitalised where it begins a sentence or a field, so both are kept as written
    lexlib.write_lexicon("institutions", names, filename="organisations")


if __name__ == "__main__":
    main()
