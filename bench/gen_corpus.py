#!/usr/bin/env python3
"""Generate a realistic herstelsite Content/ folder (SPEC §1) with N cases.

    bench/gen_corpus.py [N] OUTDIR [--seed S] [--years Y] [--force]

OUTDIR becomes the Content folder itself (site.yml, cases/, reports/, pages/,
schooljaren/). The output depends only on N, the seed and the number of years.

Shape of the corpus (for N = 10000, 8 school years 2016-2017 .. 2023-2024):
- about N/8 cases per school year, drawn from about 1.3 * N/8 boards, so a board
  recurs in most years; about 5% of the boards are renamed from some year on;
- 1-4 schools per case out of the board's own schools (BRIN + vestiging);
- about 80% of the bodies empty (a template is used), 20% an own report of a few KB;
- about 3% open cases (more in the last year) and 2% with `publiceren: false`;
- every case has an `intern:` block whose values never occur in published text;
- a few files with a BOM or Windows line endings, a few YAML comments, quoted and
  unquoted values, a few board names with Markdown/HTML characters.
"""

import argparse
import datetime
import os
import random
import shutil
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep bench/ free of __pycache__
sys.path.insert(0, HERE)
import corpus  # noqa: E402
import texts  # noqa: E402  the Markdown: site.yml, templates, own bodies, pages

FIRST_YEAR = 2016

# ----------------------------------------------------------------------------- vocab

PLACES = """Amsterdam Rotterdam Utrecht Eindhoven Groningen Tilburg Almere Breda Nijmegen
Apeldoorn Haarlem Arnhem Enschede Amersfoort Zaanstad Haarlemmermeer Zwolle Leiden Zoetermeer
Leeuwarden Maastricht Dordrecht Ede Alkmaar Emmen Delft Venlo Deventer Sittard-Geleen Helmond
Oss Amstelveen Hilversum Heerlen Nissewaard Hengelo Purmerend Schiedam Lelystad Roosendaal
Leidschendam-Voorburg Gouda Vlaardingen Almelo Spijkenisse Hoorn Velsen Assen
Veenendaal Katwijk Zeist Nieuwegein Westland Roermond Doetinchem Hardenberg
Barneveld Heerhugowaard Kampen Woerden Houten Terneuzen Middelburg Vlissingen Goes
Harderwijk Tiel Culemborg Meppel Steenwijk Sneek Drachten Heerenveen Hoogeveen Coevorden
Winterswijk Zutphen Oldenzaal Rijssen Goirle Oisterwijk Boxtel Veghel Uden Cuijk Boxmeer
Venray Weert Valkenburg Kerkrade Brunssum Waalwijk Dongen Oosterhout Etten-Leur
Hulst Zierikzee Gorinchem Leerdam Zaltbommel Wageningen Renkum Rheden Zevenaar Dieren
Elburg Nunspeet Ermelo Putten Nijkerk Bunschoten Baarn Soest Bussum Huizen Weesp Diemen
Uithoorn Aalsmeer Heemstede Bloemendaal Castricum Heiloo Schagen Enkhuizen Medemblik Urk
Dronten Emmeloord Harlingen Franeker Dokkum Veendam Winschoten Stadskanaal Delfzijl""".split()
PLACES += ["Den Haag", "'s-Hertogenbosch", "Alphen aan den Rijn", "Súdwest-Fryslân",
           "Bergen (NH)", "Capelle aan den IJssel", "Krimpen aan den IJssel",
           "Hendrik-Ido-Ambacht", "Sint-Michielsgestel", "Wijk bij Duurstede",
           "Den Helder", "Bergen op Zoom"]
PLACES = sorted(set(PLACES))

REGIONS = ["Noord", "Zuid", "Oost", "West", "Midden", "Rivierenland", "Kennemerland",
           "Westfriesland", "de Kempen", "de Achterhoek", "het Gooi", "Twente", "de Liemers",
           "Zuid-Holland Zuid", "Drechtsteden", "de Peel", "Noordoost-Polder", "Walcheren",
           "West-Brabant", "Midden-Limburg", "de Veluwe", "Salland", "Flevoland", "Delfland"]

BRAND_A = ["Kin", "Flo", "Lu", "Bre", "Vi", "Ka", "Ar", "Ze", "Mo", "Ta", "Sol", "Ve",
           "Quin", "Ro", "Ja", "Pri", "Ste", "Co", "Ri", "No", "Al", "Va", "Ne", "Sa", "Tri"]
BRAND_B = ["dan", "re", "ve", "na", "lo", "ra", "to", "mi", "ri", "cu", "va", "la", "do",
           "se", "ne", "ta", "li", "bo", "ge", "pa"]
BRAND_C = ["nte", "ant", "ia", "ion", "is", "um", "o", "a", "ade", "eo", "ijn", "or",
           "us", "ix", "en", "ara"]

NATURE = ["De Linde", "De Eik", "De Waard", "Het Baken", "De Brug", "Het Palet", "De Horizon",
          "De Kring", "Het Anker", "De Bron", "De Vaart", "De Dijk", "Het Veld", "De Esch",
          "De Kempen", "De Vallei", "Het Rijk", "De Meent", "Het Spectrum", "De Delta",
          "De Zuidwester", "De Noorderlingen", "Het Lint", "De Oevers", "De Duinen"]

BOARD_PATTERNS = [
    ("po", "Stichting Openbaar Primair Onderwijs {place}"),
    ("po", "Stichting Katholiek Onderwijs {place}"),
    ("po", "Vereniging voor Christelijk Primair Onderwijs {place}"),
    ("po", "Stichting {brand}"),
    ("po", "Stichting {brand} Primair Onderwijs"),
    ("po", "Onderwijsstichting {nature}"),
    ("po", "Stichting {nature} {place}"),
    ("po", "Stichting Protestants-Christelijk Onderwijs {region}"),
    ("po", "Coöperatie Onderwijs {region} U.A."),
    ("po", "Stichting Samenwerkingsschool {place}"),
    ("po", "Vereniging Jenaplanonderwijs {place}"),
    ("po", "Stichting Islamitisch Primair Onderwijs {place}"),
    ("so", "Stichting Speciaal Onderwijs {region}"),
    ("so", "Stichting {brand} Expertisecentra"),
    ("so", "Stichting Orthopedagogisch Centrum {place}"),
    ("so", "Vereniging voor (Voortgezet) Speciaal Onderwijs {place}"),
    ("so", "Stichting {nature} Speciaal Onderwijs"),
    ("vo", "Scholengroep {brand}"),
    ("vo", "Stichting Voortgezet Onderwijs {region}"),
    ("vo", "Stichting Openbaar Voortgezet Onderwijs {place}"),
    ("vo", "Vereniging voor Christelijk Voortgezet Onderwijs {place}"),
    ("vo", "Stichting {brand} Scholengroep"),
    ("vo", "Stichting Katholiek Voortgezet Onderwijs {region}"),
    ("vo", "Onderwijsgroep {nature}"),
    ("vo", "Stichting Lyceum {place}"),
]

ODD_BOARDS = [  # names that must be shown exactly, never as Markdown or HTML
    ("po", "Stichting *Ster* [SSO]"),
    ("po", 'Stichting "Het Kompas" & Partners'),
    ("vo", "Scholengroep <Samen> Leren"),
    ("so", "Stichting #Eén_Voor_Allen"),
    ("po", "Vereniging Onderwijs: Regio ~Noord~"),
    ("vo", "Stichting Onderwijs & Zorg `De Haven`"),
    ("po", "Éénpitters Onderwijs"),
    ("po", "Ûlebelt Stichting"),
    ("vo", "Øresund School Foundation"),
    ("po", "Stichting 't Schooltje 1-2-3"),
]

SCHOOL_PO_PREFIX = ["Basisschool", "OBS", "CBS", "RKBS", "PCBS", "IKC", "Daltonschool",
                    "Montessorischool", "Jenaplanschool", "Kindcentrum", "Openbare basisschool"]
SCHOOL_PO_NAME = ["De Regenboog", "Het Kompas", "De Wegwijzer", "De Fontein", "Sint Jozef",
                  "De Vlinder", "'t Klavertje", "De Zonnebloem", "De Springplank", "Het Mozaïek",
                  "De Toermalijn", "De Kameleon", "De Ark", "Sint Franciscus", "De Optimist",
                  "De Tweemaster", "Het Octaaf", "De Sterrenwacht", "De Piramide", "De Wilgen",
                  "De Kastanje", "Het Talent", "De Ontdekking", "De Zevensprong", "De Parel",
                  "'t Palet", "De Triangel", "Het Kleurrijk", "De Notenkraker", "De Boomgaard",
                  "Prinses Beatrix", "Koningin Juliana", "Willem-Alexander", "De Lichtboei",
                  "Het Zonnehuis", "De Dromenvanger", "Sint Martinus", "De Kinderwereld"]
SCHOOL_SO = ["SBO De Brug", "SO De Kraal", "VSO Het Duin", "Mytylschool De Schakel",
             "Expertisecentrum De Ster", "SO Het Vogelnest", "VSO De Horizon",
             "Cluster-4-school De Vliet", "SO/VSO De Berkenschutse", "SBO De Wissel",
             "Tyltylschool De Ruimte", "VSO Het Praktijkhuis", "SO De Piloot", "SBO Het Lover"]
SCHOOL_VO_NAME = ["Erasmus", "Comenius", "Stedelijk", "Christelijk", "Sint-Jan", "Pallas",
                  "Montessori", "Groene Hart", "Vathorst", "Spinoza", "Huygens", "Rembrandt",
                  "Augustinus", "Thomas More", "Da Vinci", "Grotius", "Vossius", "Ichthus",
                  "Carmel", "Isendoorn", "Stanislas", "Dalton", "Marnix", "Baudartius"]
SCHOOL_VO_PATTERN = ["{n} College", "{n} Lyceum", "Scholengemeenschap {n}", "{n} Gymnasium",
                     "Het {n} College", "{n} Mavo", "Vakcollege {n}", "{n} Praktijkonderwijs",
                     "{n} Campus", "Openbare Scholengemeenschap {n}", "{n} College {place}"]

# Contact persons: surnames that occur nowhere in board or school names.
SURNAMES = ["Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer",
            "de Boer", "Mulder", "de Groot", "Vos", "Peters", "Hendriks", "van Leeuwen",
            "Dekker", "Brouwer", "Dijkstra", "Smits", "de Graaf", "van der Meer",
            "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel",
            "van der Veen", "van den Broek", "de Bruijn", "Schouten", "van Beek", "Willems",
            "van Vliet", "van de Ven", "Hoekstra", "Verhoeven", "Koster",
            "Blom", "Huisman", "Peeters", "de Jong", "Kuipers", "van Wijk", "Postma"]
INITIALS = "ABCDEFGHIJKLMNPRSTW"
AANBIEDERS = ["Kanjertraining", "Kwaliteitscholen", "SCOL", "Viseon", "Vensters",
              "Wat Werkt Tegen Pesten", "WMK", "Zien!", "Veiligheidsmonitor"]


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(s):
    out, dash = [], False
    for c in strip_accents(s).lower():
        if c.isalnum() and c.isascii():
            out.append(c)
            dash = False
        elif not dash:
            out.append("-")
            dash = True
    return "".join(out).strip("-")[:60] or "x"


# ----------------------------------------------------------------------------- YAML out

YAML_PLAIN_OK = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,'()/-")


def yq(s, force=False):
    """A YAML scalar for s: plain when that is unambiguous, else double-quoted."""
    plain = (not force and s and s[0].isalpha() and s[-1] not in " :"
             and all(c in YAML_PLAIN_OK or (ord(c) > 127 and c.isalpha()) for c in s)
             and s.lower() not in ("yes", "no", "on", "off", "true", "false", "null", "y", "n"))
    if plain:
        return s
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


# ----------------------------------------------------------------------------- generator

class Gen:
    def __init__(self, n, seed, years):
        self.n = n
        self.years = years
        self.r = random.Random(seed)
        self.brins = self._brin_pool()
        self.brin_i = 0
        self.kenmerken = set()

    def _brin_pool(self):
        letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        pool = [f"{d:02d}{a}{b}" for d in range(100) for a in letters for b in letters]
        self.r.shuffle(pool)
        return pool

    def next_brin(self):
        b = self.brins[self.brin_i % len(self.brins)]
        cycle = self.brin_i // len(self.brins)
        self.brin_i += 1
        return b, cycle

    def brand(self):
        r = self.r
        return r.choice(BRAND_A) + r.choice(BRAND_B) + r.choice(BRAND_C)

    def board_name(self, sector, used):
        r = self.r
        for _ in range(50):
            pat = r.choice([p for s, p in BOARD_PATTERNS if s == sector])
            name = pat.format(place=r.choice(PLACES), region=r.choice(REGIONS),
                              brand=self.brand(), nature=r.choice(NATURE))
            if name not in used:
                used.add(name)
                return name
        name = f"{name} {len(used)}"
        used.add(name)
        return name

    def school(self, sector, board_place, taken):
        r = self.r
        for _ in range(30):
            if sector == "po":
                name = f"{r.choice(SCHOOL_PO_PREFIX)} {r.choice(SCHOOL_PO_NAME)}"
            elif sector == "so":
                name = r.choice(SCHOOL_SO)
            else:
                name = r.choice(SCHOOL_VO_PATTERN).format(n=r.choice(SCHOOL_VO_NAME),
                                                          place=board_place)
            if name not in taken:
                break
        taken.add(name)
        brin, cycle = self.next_brin()
        s = {"naam": name, "brin": brin, "vestiging": f"{cycle:02d}"}
        if r.random() < 0.7:
            s["plaats"] = board_place if r.random() < 0.6 else r.choice(PLACES)
        return s

    def boards(self, count):
        r = self.r
        nummers = r.sample(range(100000), count)
        used = set()
        odd_at = dict(zip(r.sample(range(count), min(count, len(ODD_BOARDS))), ODD_BOARDS))
        boards = []
        for i in range(count):
            sector = r.choices(["po", "so", "vo"], [60, 12, 28])[0]
            if i in odd_at:
                sector, name = odd_at[i]
                used.add(name)
            else:
                name = self.board_name(sector, used)
            place = r.choice(PLACES)
            taken = set()
            if r.random() < 0.15:  # a board with a second vestiging of one school
                n_schools = r.randint(1, 6)
            else:
                n_schools = r.choices([1, 2, 3, 4, 5, 6, 8, 12], [22, 20, 18, 14, 10, 8, 5, 3])[0]
            schools = [self.school(sector, place, taken) for _ in range(n_schools)]
            if r.random() < 0.15:
                first = schools[0]
                schools.append({**first, "naam": first["naam"] + " (dislocatie)",
                                "vestiging": "%02d" % (int(first["vestiging"]) + 1)})
            b = {
                "nummer": f"{nummers[i]:05d}", "sector": sector, "naam": name,
                "plaats": place if r.random() < 0.9 else None, "schools": schools,
                "rename_year": None, "new_name": None,
                "contact": f"{r.choice(INITIALS)}. {r.choice(SURNAMES)}",
                "domain": slug(name).replace("-", "")[:18] + ".nl",
            }
            if r.random() < 0.05:
                b["rename_year"] = r.randint(1, self.years - 1)
                b["new_name"] = self.board_name(sector, used)
            boards.append(b)
        return boards

    # Private numbers never contain "20": every published run of digits that the privacy
    # gate joins across its separators (dates, "2022-2023", "/besturen/04999/2018-2019/")
    # has a "20" in each 8- or 10-digit window, so no kenmerk or telefoon can be found there.
    def digits(self, n):
        while True:
            d = "".join(str(self.r.randint(0, 9)) for _ in range(n))
            if "20" not in d and not d.startswith("0"):
                return d

    def kenmerk(self):
        while True:
            k = "4" + self.digits(7)
            if k not in self.kenmerken:
                self.kenmerken.add(k)
                return k

    @staticmethod
    def weekday(d):
        while d.weekday() >= 5:
            d += datetime.timedelta(days=1)
        return d

    def case(self, board, yi):
        r = self.r
        y = FIRST_YEAR + yi
        sj = f"{y}-{y + 1}"
        last_year = yi == self.years - 1
        status = r.choices(["voldaan", "niet-voldaan", "open"],
                           [70, 15, 15] if last_year else [82, 15, 3])[0]
        herstel = self.weekday(datetime.date(y + 1, 7, 2) + datetime.timedelta(r.randint(0, 80)))
        termijn = self.weekday(herstel + datetime.timedelta(r.randint(90, 120)))
        ontvangen = afgesloten = None
        if status == "voldaan":
            ontvangen = self.weekday(herstel + datetime.timedelta(r.randint(3, (termijn - herstel).days)))
            afgesloten = self.weekday(ontvangen + datetime.timedelta(r.randint(3, 45)))
        elif status == "niet-voldaan":
            afgesloten = self.weekday(termijn + datetime.timedelta(r.randint(7, 60)))
        elif r.random() < 0.3:
            ontvangen = self.weekday(herstel + datetime.timedelta(r.randint(3, 60)))
        renamed = board["rename_year"] is not None and yi >= board["rename_year"]
        k = r.choices([1, 2, 3, 4], [50, 25, 15, 10])[0]
        schools = r.sample(board["schools"], min(k, len(board["schools"])))
        schools.sort(key=lambda s: (s["brin"], s["vestiging"]))
        contact = board["contact"] if r.random() < 0.8 else \
            f"{r.choice(INITIALS)}. {r.choice(SURNAMES)}"
        kenmerk = self.kenmerk()
        return {
            "schooljaar": sj, "sector": board["sector"],
            "bestuur": {"naam": board["new_name"] if renamed else board["naam"],
                        "nummer": board["nummer"], "plaats": board["plaats"]},
            "scholen": schools, "herstelopdracht": herstel.isoformat(),
            "termijn": termijn.isoformat(), "status": status,
            "ontvangen": ontvangen and ontvangen.isoformat(),
            "afgesloten": afgesloten and afgesloten.isoformat(),
            "publiceren": r.random() >= 0.02,
            "rapport": status if status != "open" and r.random() < 0.1 else None,
            "intern": {
                "kenmerk": kenmerk, "contactpersoon": contact,
                "email": slug(contact.split(". ", 1)[1]).replace("-", "") + "."
                         + contact[0].lower() + "@" + board["domain"],
                "telefoon": "06-" + self.digits(8),
                "notities": r.choice(NOTES).format(
                    contact=contact, kenmerk=kenmerk, aanbieder=r.choice(AANBIEDERS),
                    dag=r.randint(2, 28), maand=corpus.MONTHS_NL[r.randint(8, 11)]),
            },
        }


NOTES = [
    "Rappel verstuurd op {dag} {maand}; reactie van {contact} volgde per mail.",
    "Telefonisch contact met {contact}, toezegging aanlevering via {aanbieder}.",
    "Aanbieder {aanbieder} leverde na toestemming; intern dossier {kenmerk}-A.",
    "Geen reactie op eerste brief {kenmerk}; tweede brief verstuurd {dag} {maand}.",
    "Bestuur wisselde van aanbieder ({aanbieder}); {contact} houdt ons op de hoogte.",
    "Hoor en wederhoor: {contact} meldt technische storing bij {aanbieder}.",
]


# ----------------------------------------------------------------------------- writing

def case_yaml(c, r):
    L = ["---"]
    L.append(f"schooljaar: {c['schooljaar']}")
    L.append(f"sector: {c['sector']}")
    L.append("bestuur:")
    L.append(f"  naam: {yq(c['bestuur']['naam'])}")
    num = c["bestuur"]["nummer"]
    L.append(f"  nummer: {yq(num, force=num.startswith('0') or r.random() < 0.5)}")
    if c["bestuur"]["plaats"]:
        L.append(f"  plaats: {yq(c['bestuur']['plaats'])}")
    L.append("scholen:")
    for s in c["scholen"]:
        L.append(f"  - naam: {yq(s['naam'])}")
        L.append(f"    brin: {s['brin']}")
        if s["vestiging"] != "00" or r.random() < 0.3:
            L.append(f'    vestiging: "{s["vestiging"]}"')
        if s.get("plaats"):
            L.append(f"    plaats: {yq(s['plaats'])}")
    L.append(f"herstelopdracht: {c['herstelopdracht']}")
    L.append(f"termijn: {c['termijn']}" + ("    # na hoor en wederhoor" if r.random() < 0.02 else ""))
    L.append(f"status: {c['status']}")
    if c["ontvangen"]:
        L.append(f"ontvangen: {c['ontvangen']}")
    if c["afgesloten"]:
        L.append(f"afgesloten: {c['afgesloten']}")
    if not c["publiceren"]:
        L.append("publiceren: false")
    elif r.random() < 0.05:
        L.append("publiceren: true")
    if c["rapport"]:
        L.append(f"rapport: {c['rapport']}")
    L.append("intern:")
    i = c["intern"]
    L.append(f'  kenmerk: "{i["kenmerk"]}"')
    L.append(f"  contactpersoon: {yq(i['contactpersoon'])}")
    L.append(f"  email: {i['email']}")
    L.append(f"  telefoon: {i['telefoon']}")
    L.append(f"  notities: {yq(i['notities'], force=True)}")
    L.append("---")
    return "\n".join(L) + "\n"


def write(path, text, bom=False, crlf=False):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if crlf:
        text = text.replace("\n", "\r\n")
    data = text.encode("utf-8")
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(path, "wb") as f:
        f.write(data)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", nargs="?", type=int, default=10000)
    ap.add_argument("outdir")
    ap.add_argument("--seed", type=int, default=20230701)
    ap.add_argument("--years", type=int, default=8)
    ap.add_argument("--force", action="store_true", help="replace OUTDIR if it is not empty")
    a = ap.parse_args()
    if a.n < 1:
        ap.error("N must be at least 1")
    if os.path.exists(a.outdir) and os.listdir(a.outdir):
        if not a.force:
            ap.error(f"{a.outdir} is not empty (use --force to replace it)")
        shutil.rmtree(a.outdir)

    g = Gen(a.n, a.seed, a.years)
    # cases per year: about N/years each, with some variation, summing to N
    weights = [g.r.uniform(0.85, 1.15) for _ in range(a.years)]
    per_year = [int(a.n * w / sum(weights)) for w in weights]
    for i in range(a.n - sum(per_year)):
        per_year[i % a.years] += 1
    n_boards = min(99000, max(max(per_year), round(max(per_year) * 1.3) + 1))
    boards = g.boards(n_boards)

    out = a.outdir
    write(os.path.join(out, "site.yml"), texts.SITE_YML)
    write(os.path.join(out, "reports", "voldaan.md"), texts.TEMPLATE_VOLDAAN)
    write(os.path.join(out, "reports", "niet-voldaan.md"), texts.TEMPLATE_NIET_VOLDAAN)
    for name, text in texts.PAGES.items():
        write(os.path.join(out, "pages", name + ".md"), text)
    for yi in (0, a.years // 2, a.years - 1):
        y = FIRST_YEAR + yi
        write(os.path.join(out, "schooljaren", f"{y}-{y + 1}.md"), texts.year_intro(y))

    r = g.r
    stats = {"cases": 0, "published": 0, "own": 0, "open": 0, "hidden": 0}
    for yi in range(a.years):
        chosen = r.sample(boards, per_year[yi])
        for b in chosen:
            c = g.case(b, yi)
            body = ""
            roll = r.random()
            if roll < 0.20:
                body = "\n" + texts.own_body(r, c)
                stats["own"] += 1
            elif roll < 0.23:
                body = r.choice(["\n", "\n   \n", "\n\t\n\n"])  # whitespace only: empty
            name = f"{c['bestuur']['nummer']}-{slug(c['bestuur']['naam'])}.md"
            path = os.path.join(out, "cases", c["schooljaar"], name)
            write(path, case_yaml(c, r) + body,
                  bom=r.random() < 0.01, crlf=r.random() < 0.02)
            stats["cases"] += 1
            stats["open"] += c["status"] == "open"
            stats["hidden"] += not c["publiceren"]
            stats["published"] += (c["status"] != "open" and c["publiceren"])
    # a file that is not .md is ignored by herstelsite
    write(os.path.join(out, "cases", "LEESMIJ.txt"),
          "Eén bestand per zaak, per schooljaar in een eigen map.\n")
    print(f"{out}: {stats['cases']} cases ({stats['published']} published, "
          f"{stats['open']} open, {stats['hidden']} publiceren: false, "
          f"{stats['own']} own bodies), {n_boards} boards, {a.years} school years",
          file=sys.stderr)


if __name__ == "__main__":
    main()
