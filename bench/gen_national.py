#!/usr/bin/env python3
"""Generate a clean Content/ folder with the names the national register really has.

    bench/gen_national.py [N] OUTDIR [--seed S] [--years Y] [--force]

The same SPEC-valid case format, dates, templates, own bodies, pages and `intern:` blocks as
bench/gen_corpus.py (it reuses that generator), but with board, school and place names of the
kind Dutch schools and boards really carry — the names a privacy gate must not take for
persons:

- schools named after royals ("Koningin Julianaschool", "Prins Willem-Alexanderschool"),
  saints ("Sint Jozefschool", "St. Maartenschool", "Heilig Hartschool"), writers ("Jenaplanschool
  Annie M.G. Schmidt", "Multatulischool", "Nicolaas Beetsschool"), scientists and painters
  ("Christiaan Huygens College", "Lorentz Casimir Lyceum", "Van Goghschool"), statesmen and
  clergy ("Dr. Schaepmanschool", "Groen van Prinstererschool", "Titus Brandsma Lyceum") and
  former headmasters ("OBS De Meester Siebenga", "Meester Siebengaschool");
- boards named after multi-word municipalities and regions ("Stichting Openbaar Onderwijs
  Utrechtse Heuvelrug", "Stichting Katholiek Onderwijs Hoeksche Waard") or after persons
  ("Stichting Titus Brandsma"), and one with a colon ("Stichting Onderwijs: Samen Leren");
- `plaats` values that are real places and municipalities, many of several words
  ("Alphen aan den Rijn", "Capelle aan den IJssel", "Hoeksche Waard", "Súdwest-Fryslân");
- a fifth of the own report bodies write the school, board and place out in full (not
  through placeholders), as authors do.

Nothing in it is personal data outside `intern:` (whose values never appear in published
text, as in gen_corpus.py), so every privacy error on it is a false alarm. The lists are
written here from public knowledge of Dutch school names (patterns that recur across the
register), not taken from the gate's code; every `plaats` is checked against the place lexicon
data/places/places.txt when it is there.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import gen_corpus  # noqa: E402
import texts  # noqa: E402

# Real places and municipalities, many of several words; multi-word ones weigh double.
PLACES_ONE = """Amsterdam Rotterdam Utrecht Eindhoven Groningen Tilburg Almere Breda Nijmegen Apeldoorn
Haarlem Arnhem Enschede Amersfoort Zwolle Leiden Leeuwarden Maastricht Dordrecht Ede Alkmaar
Emmen Delft Venlo Deventer Helmond Oss Hilversum Heerlen Hengelo Lelystad Gouda Assen Zeist
Veenendaal Roermond Doetinchem Barneveld Kampen Woerden Houten Middelburg Goes Harderwijk Tiel
Meppel Sneek Drachten Heerenveen Hoogeveen Winterswijk Zutphen Urk Dronten Emmeloord Harlingen
Franeker Dokkum Veendam Winschoten Stadskanaal Best Buren Putten Soest Huizen Laren Sluis
Hulst Echt Wierden Borne Dalfsen Staphorst Genemuiden Nunspeet Elburg Epe Brummen Lochem
Borculo Aalten Lichtenvoorde Groenlo Ulft Gendringen Didam Zevenaar Duiven Westervoort Rhenen
Wijchen Druten Beuningen Boxmeer Cuijk Grave Uden Veghel Schijndel Boxtel Vught Oisterwijk
Goirle Dongen Oosterhout Roosendaal Zundert Rucphen Woensdrecht Tholen Zierikzee Terneuzen
Axel Vlissingen Veere Kerkrade Brunssum Landgraaf Geleen Stein Beek Meerssen Vaals Weert
Nederweert Venray Horst Panningen Tegelen Gennep""".split()
PLACES_MULTI = ["Alphen aan den Rijn", "Bergen op Zoom", "Capelle aan den IJssel",
                "Krimpen aan den IJssel", "Nieuwerkerk aan den IJssel", "Ouderkerk aan de Amstel",
                "Wijk bij Duurstede", "Wijk aan Zee", "Egmond aan Zee", "Bergen aan Zee",
                "Koudekerk aan den Rijn", "Hazerswoude-Dorp", "Oud-Beijerland", "Nieuw-Beijerland",
                "Zuid-Beijerland", "Berkel en Rodenrijs", "Nieuw-Vennep", "Den Helder", "Den Haag",
                "'s-Gravenhage", "'s-Hertogenbosch", "'s-Gravendeel", "Hendrik-Ido-Ambacht",
                "Sint-Michielsgestel", "Sint-Oedenrode", "Etten-Leur", "Oude Pekela",
                "Nieuwe Pekela", "Ter Apel", "Nieuw-Amsterdam", "Driebergen-Rijsenburg",
                "Beek en Donk", "Berg en Dal", "Valkenburg aan de Geul", "Horst aan de Maas",
                "Loon op Zand", "Son en Breugel", "Gilze en Rijen", "Baarle-Nassau",
                "Alphen-Chaam", "Utrechtse Heuvelrug", "Hoeksche Waard", "Súdwest-Fryslân",
                "Noardeast-Fryslân", "De Fryske Marren", "Het Hogeland", "Midden-Groningen",
                "Oude IJsselstreek", "Oost Gelre", "West Betuwe", "West Maas en Waal",
                "Land van Cuijk", "Goeree-Overflakkee", "Stichtse Vecht", "De Ronde Venen",
                "De Bilt", "De Wolden", "Aa en Hunze", "Borger-Odoorn", "Pijnacker-Nootdorp",
                "Leidschendam-Voorburg", "Sittard-Geleen", "Echt-Susteren", "Eijsden-Margraten",
                "Gulpen-Wittem", "Peel en Maas", "Mook en Middelaar", "Hardinxveld-Giessendam",
                "Kaag en Braassem", "Hollands Kroon", "Dijk en Waard", "Geldrop-Mierlo",
                "Schouwen-Duiveland", "Noord-Beveland", "Ouder-Amstel", "Nieuw-Lekkerland",
                "Rijnsburg", "Bergschenhoek", "Nieuwegein"]
# A plaats of several words right after a school name that ends in a given name tests that
# the two are never joined ("Noach" + "Hoeksche Waard").
PLACES = PLACES_ONE + 2 * PLACES_MULTI

MUNICIPALITIES = ["Utrechtse Heuvelrug", "Hoeksche Waard", "Alphen aan den Rijn", "Bergen op Zoom",
                  "Capelle aan den IJssel", "Krimpen aan den IJssel", "Súdwest-Fryslân",
                  "Noardeast-Fryslân", "De Fryske Marren", "Het Hogeland", "Midden-Groningen",
                  "Oude IJsselstreek", "Oost Gelre", "West Betuwe", "West Maas en Waal",
                  "Land van Cuijk", "Goeree-Overflakkee", "Stichtse Vecht", "De Ronde Venen",
                  "De Bilt", "Aa en Hunze", "Pijnacker-Nootdorp", "Leidschendam-Voorburg",
                  "Sittard-Geleen", "Peel en Maas", "Horst aan de Maas", "Wijk bij Duurstede",
                  "Hollands Kroon", "Dijk en Waard", "Kaag en Braassem", "Gilze en Rijen",
                  "Valkenburg aan de Geul", "Schouwen-Duiveland", "Molenlanden", "Vijfheerenlanden",
                  "Altena", "Krimpenerwaard", "Westerkwartier", "Waadhoeke", "Meierijstad",
                  "Lansingerland", "Zuidplas", "Nissewaard", "Voorne aan Zee", "Maashorst"]
REGIONS = ["Hoeksche Waard", "Achterhoek", "Utrechtse Heuvelrug", "Land van Cuijk", "Groene Hart",
           "Kop van Noord-Holland", "Zuid-Limburg", "Twente", "West-Friesland", "Betuwe",
           "Bommelerwaard", "Alblasserwaard", "Krimpenerwaard", "Gelderse Vallei",
           "Zeeuws-Vlaanderen", "Noordoostpolder", "Liemers", "Land van Maas en Waal",
           "Drechtsteden", "Kennemerland", "Westland", "Veluwe", "Salland", "Gooi en Vechtstreek"]
PERSONS = ["Titus Brandsma", "Willem van Oranje", "Jan van Nassau", "Dr. Schaepman",
           "Bisschop Bekkers", "Koningin Wilhelmina", "Johannes Calvijn", "Guido de Brès",
           "Thomas a Kempis", "Prins Maurits", "Christiaan Huygens", "Don Bosco",
           "Juliana van Stolberg", "Groen van Prinsterer", "Pieter Zeeman", "Jan Ligthart"]

BOARD_PATTERNS = [
    ("po", "Stichting Openbaar Onderwijs {gemeente}"),
    ("po", "Stichting Openbaar Primair Onderwijs {gemeente}"),
    ("po", "Stichting Katholiek Onderwijs {gemeente}"),
    ("po", "Stichting Katholiek Onderwijs {region}"),
    ("po", "Stichting Christelijk Onderwijs {gemeente}"),
    ("po", "Vereniging voor Protestants-Christelijk Onderwijs {gemeente}"),
    ("po", "Stichting Primair Onderwijs {region}"),
    ("po", "Stichting {person}"),
    ("po", "Vereniging {person}"),
    ("po", "Stichting Katholiek Onderwijs {person}"),
    ("po", "Stichting Basisonderwijs {place}"),
    ("po", "Stichting Openbaar Primair Onderwijs {place}"),
    ("po", "Stichting Katholiek Primair Onderwijs {place}"),
    ("po", "Vereniging voor Christelijk Onderwijs {place}"),
    ("po", "Stichting Protestants-Christelijk Onderwijs {place}"),
    ("po", "Stichting Openbaar Onderwijs {place}"),
    ("po", "Stichting Samenwerkingsschool {place}"),
    ("so", "Stichting Speciaal Onderwijs {region}"),
    ("so", "Stichting {person} Speciaal Onderwijs"),
    ("so", "Stichting Orthopedagogisch Centrum {gemeente}"),
    ("so", "Stichting Speciaal Onderwijs {place}"),
    ("so", "Stichting Expertisecentrum {place}"),
    ("vo", "Stichting Voortgezet Onderwijs {gemeente}"),
    ("vo", "Stichting Openbaar Voortgezet Onderwijs {region}"),
    ("vo", "Stichting Christelijk Voortgezet Onderwijs {region}"),
    ("vo", "Scholengemeenschap {person}"),
    ("vo", "Stichting {person} College"),
    ("vo", "Stichting Katholiek Voortgezet Onderwijs {place}"),
    ("vo", "Stichting Openbaar Voortgezet Onderwijs {place}"),
    ("vo", "Stichting Christelijk Voortgezet Onderwijs {place}"),
    ("vo", "Scholengemeenschap {place}"),
]
ODD_BOARDS = [
    ("po", "Stichting Onderwijs: Samen Leren"),
    ("vo", "Stichting Onderwijs: Samen Leren in de Hoeksche Waard"),
    ("po", "Stichting Openbaar Onderwijs Utrechtse Heuvelrug"),
    ("po", "Stichting Katholiek Onderwijs Hoeksche Waard"),
    ("po", "Stichting *Ster* [SSO]"),
    ("po", 'Stichting "Het Kompas" & Partners'),
    ("po", "Stichting 't Schooltje 1-2-3"),
]

SCHOOLS_PO = [
    # royals
    "Koningin Julianaschool", "Koningin Beatrixschool", "Koningin Wilhelminaschool",
    "Koningin Emmaschool", "Prinses Amaliaschool", "Prins Willem-Alexanderschool",
    "Prinses Margrietschool", "Prins Bernhardschool", "Prins Clausschool", "Prinses Ireneschool",
    "Willem van Oranjeschool", "Oranje Nassauschool", "Juliana van Stolbergschool",
    "CBS Koningin Juliana", "PCBS Prins Maurits", "OBS Prinses Beatrix", "Prins Johan Frisoschool",
    # saints and clergy
    "Sint Jozefschool", "St. Jozefschool", "Sint Maartenschool", "St. Maartenschool",
    "Sint Franciscusschool", "Sint Antoniusschool", "Sint Nicolaasschool",
    "Sint Willibrordusschool", "Basisschool Sint Bernardus", "RKBS Sint Theresia",
    "Heilig Hartschool", "Mariaschool", "Don Boscoschool", "Titus Brandsmaschool",
    "Bisschop Bekkersschool", "Pater Damiaanschool", "RK Basisschool Sint Lambertus",
    "Sint Odulphusschool", "Sint-Janschool", "Basisschool Sint Jan",
    # writers, educators, painters, statesmen, scientists
    "Jenaplanschool Annie M.G. Schmidt", "Annie M.G. Schmidtschool", "OBS Annie M.G. Schmidt",
    "Anne Frankschool", "OBS Anne Frank", "Multatulischool", "Vondelschool",
    "Nicolaas Beetsschool", "Jan Ligthartschool", "Theo Thijssenschool", "Jac. P. Thijsseschool",
    "Godfried Bomansschool", "Toon Hermansschool", "Piet Heinschool", "Michiel de Ruyterschool",
    "Admiraal de Ruyterschool", "Johan de Wittschool", "Christiaan Huygensschool",
    "Van Goghschool", "Rembrandtschool", "Mondriaanschool", "Groen van Prinstererschool",
    "Dr. Abraham Kuyperschool", "Maria Montessorischool", "Montessorischool Maria",
    "Dr. Schaepmanschool", "Basisschool Dr. Schaepman", "Ds. Piersonschool",
    "Prof. Dr. Gunningschool", "Daltonschool Helen Parkhurst", "Comeniusschool", "Erasmusschool",
    # former headmasters and mistresses
    "OBS De Meester Siebenga", "Meester Siebengaschool", "Meester Haafkensschool",
    "Meester Aafjesschool", "Juffrouw Idaschool", "OBS Meester Tuinstra", "Meester Lugtschool",
    # names that end in a given name (a plaats of several words follows them on the page)
    "De Ark van Noach", "Basisschool Koning David", "CBS Koning David", "Sint Jan", "Sint Paulus",
]
SCHOOLS_SO = ["Mytylschool Prinses Beatrix", "Dr. A.F. Philipsschool", "Prinses Margrietschool SO",
              "Koningin Sophieschool", "Mgr. Bekkersschool", "Dr. Leo Kannerschool",
              "SBO Meester Siebenga", "VSO Christiaan Huygens", "SO Sint Maarten",
              "Tyltylschool Prins Willem-Alexander", "Professor Gunningschool"]
SCHOOLS_VO = ["Christiaan Huygens College", "Erasmus College", "Spinoza Lyceum", "Maerlant College",
              "Coornhert Lyceum", "Lorentz Casimir Lyceum", "Stedelijk Gymnasium Johan van Oldenbarnevelt",
              "Johan de Witt College", "Willem Lodewijk Gymnasium", "Dr. Nassau College",
              "Dr. Aletta Jacobs College", "Thomas a Kempis College", "Sint-Janscollege",
              "Sint Vituscollege", "Sint-Odulphuslyceum", "Titus Brandsma Lyceum", "Pius X College",
              "Anne de Vries College", "Keizer Karel College", "Karel de Grote College",
              "Jan van Brabant College", "Pieter Zeeman College", "Kamerlingh Onnes College",
              "Prins Willem-Alexander College", "Koningin Wilhelmina College", "Guido de Brès",
              "Gomarus College", "Van Lodenstein College", "Calvijn College", "Jacob-Roelandslyceum",
              "Hermann Wesselink College", "Simon Stevin College", "Hugo de Groot College",
              "Marnix College", "Comenius College", "Da Vinci College", "Rembrandt College",
              "Vincent van Gogh College", "Isendoorn College", "Baudartius College",
              "Ds. Pierson College", "Dr. Schaepman College", "Groen van Prinsterer Lyceum",
              "Stanislascollege", "Bisschoppelijk College", "Christelijk Lyceum", "Prinses Juliana College"]


def school(self, sector, board_place, taken):
    r = self.r
    pool = {"po": SCHOOLS_PO, "so": SCHOOLS_SO, "vo": SCHOOLS_VO}[sector]
    for _ in range(30):
        name = r.choice(pool)
        if name not in taken:
            break
    taken.add(name)
    brin, cycle = self.next_brin()
    s = {"naam": name, "brin": brin, "vestiging": f"{cycle:02d}"}
    if r.random() < 0.85:
        s["plaats"] = board_place if r.random() < 0.6 else r.choice(PLACES)
    return s


def board_name(self, sector, used):
    r = self.r
    for _ in range(50):
        pat = r.choice([p for s, p in BOARD_PATTERNS if s == sector])
        name = pat.format(gemeente=r.choice(MUNICIPALITIES), region=r.choice(REGIONS),
                          person=r.choice(PERSONS), place=r.choice(PLACES))
        if name not in used:
            used.add(name)
            return name
    # gen_corpus.py appends a number here; "Stichting … Veendam 1191" would read as a
    # street and house number, so two places are joined instead, as merged boards are named
    while True:
        name = f"Stichting Onderwijs {r.choice(PLACES)} en {r.choice(PLACES)}"
        if name not in used:
            used.add(name)
            return name


PLAIN = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ -'.:")
WRITTEN_OUT = [
    "Het onderzoek betreft {school}{in_place}, een school van {board}.",
    "{board} heeft de gegevens van {school} aangeleverd.",
    "Voor {school}{in_place} zijn de gegevens over het schooljaar op tijd ontvangen.",
    "De inspectie sprak met de schoolleiding van {school} en met het bestuur van {board}.",
]


def plain(text):
    return all(c in PLAIN or (ord(c) > 127 and c.isalpha()) for c in text)


_own_body = texts.own_body


def own_body(r, c):
    body = _own_body(r, c)
    s = c["scholen"][0]
    if r.random() < 0.2 and plain(s["naam"]) and plain(c["bestuur"]["naam"]):
        place = s.get("plaats") or c["bestuur"].get("plaats")
        line = r.choice(WRITTEN_OUT).format(school=s["naam"], board=c["bestuur"]["naam"],
                                            in_place=f" in {place}" if place else "")
        body = body.replace("\n## Bevindingen\n", f"\n{line}\n\n## Bevindingen\n", 1)
    return body


def check_places():
    path = os.path.join(os.path.dirname(HERE), "data", "places", "places.txt")
    if not os.path.exists(path):
        return
    known = {line.rstrip("\n").split("\t")[0] for line in open(path, encoding="utf-8")}
    unknown = sorted({p for p in PLACES + MUNICIPALITIES if p not in known})
    if unknown:
        print(f"gen_national.py: not in data/places/places.txt: {unknown}", file=sys.stderr)


def main():
    check_places()
    gen_corpus.PLACES = sorted(set(PLACES)) + [p for p in PLACES_MULTI]  # multi-word ones twice
    gen_corpus.ODD_BOARDS = ODD_BOARDS
    # the intern contact persons keep surnames that no published name holds ("de Vries" is
    # in "Anne de Vries College"), as gen_corpus.py does for its own names
    published = " ".join(SCHOOLS_PO + SCHOOLS_SO + SCHOOLS_VO + PERSONS + PLACES + REGIONS
                         + MUNICIPALITIES + [b for _, b in ODD_BOARDS] + [p for _, p in BOARD_PATTERNS]).lower()
    gen_corpus.SURNAMES = [n for n in gen_corpus.SURNAMES if n.lower() not in published]
    gen_corpus.Gen.school = school
    gen_corpus.Gen.board_name = board_name
    texts.own_body = own_body
    gen_corpus.main()


if __name__ == "__main__":
    main()
