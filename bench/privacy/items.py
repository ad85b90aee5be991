"""Generators of realistic Dutch personal data, each embedded in a carrier text.

Every generator takes a random.Random and a seeded Faker('nl_NL') and returns the exact
personal-data text (what a reviewer would black out) and a short "shape" label that
says which variant it is (kept in the manifest so misses can be grouped).

The carriers are written for this benchmark in the style of the inspectorate's letters
and of what authors paste from e-mails and letters. They are independent of how any
detector works: nothing here was tuned to a detector.
"""

import stdnum.iban
import stdnum.nl.bsn
import phonenumbers

import names

CATEGORIES = ["name", "bsn", "iban", "address", "birthdate", "phone", "email"]

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december"]
MONTHS_SHORT = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.",
                "okt.", "nov.", "dec."]


# ----------------------------------------------------------------------------- names

TITLES_PERSON = ["dhr.", "de heer", "mevrouw", "mevr.", "mw.", "Dhr.", "Mevr.", "dhr"]
TITLES_ACADEMIC = ["ir.", "ing.", "drs.", "dr.", "mr.", "prof.", "prof. dr.", "drs. ing.",
                   "mr. drs.", "ds.", "bc."]
ROLE_WORDS = ["contactpersoon", "directeur", "intern begeleider", "leerling", "ouder",
              "leerkracht", "mentor", "voorzitter", "directeur-bestuurder",
              "bestuurssecretaris", "zorgcoördinator", "moeder", "vader", "locatieleider",
              "interim-directeur", "teamleider", "vertrouwenspersoon", "leerlinge"]


def _initials(r, n=None):
    n = n or r.choices([1, 2, 3], [55, 35, 10])[0]
    letters = "ABCDEFGHIJKLMNOPRSTWY"
    ini = [r.choice(letters) for _ in range(n)]
    sep = r.choices([".", ". "], [85, 15])[0]
    return sep.join(ini) + "."


def _origin_name(r, fk):
    """(given, surname, origin); about 40% Dutch from faker, the rest other origins."""
    if r.random() < 0.4:
        sur = fk.last_name() if r.random() < 0.6 else r.choice(names.DUTCH_PARTICLE_SURNAMES)
        if r.random() < 0.12:
            sur = f"{sur}-{r.choice(names.DOUBLE_TAIL)}"
        return fk.first_name(), sur, "nederlands"
    origin = r.choice(sorted(names.ORIGINS))
    given, surs = names.ORIGINS[origin]
    sur = r.choice(surs)
    if r.random() < 0.08:
        sur = f"{sur}-{r.choice(names.DOUBLE_TAIL)}"
    return r.choice(given), sur, origin


def _cap_particle(sur):
    """'van den Berg' -> 'Van den Berg' (Dutch: capital when nothing precedes it)."""
    return sur[:1].upper() + sur[1:]


def person_name(r, fk, shape=None):
    """A person's name in one of many shapes. Returns (text, shape)."""
    given, sur, origin = _origin_name(r, fk)
    shape = shape or r.choice(["title", "title", "initials", "full", "full"])
    if shape == "title":
        kind = r.random()
        if kind < 0.45:          # form of address only: "de heer Van den Berg"
            t = r.choice(TITLES_PERSON)
            return f"{t} {_cap_particle(sur)}", f"title:{t}+surname/{origin}"
        if kind < 0.8:           # form of address/title + initials: "drs. P.J. van den Berg"
            t = r.choice(TITLES_PERSON + TITLES_ACADEMIC)
            return f"{t} {_initials(r)} {sur}", f"title:{t}+initials/{origin}"
        t = r.choice(TITLES_PERSON + TITLES_ACADEMIC)  # "mevrouw Fatima El Amrani"
        return f"{t} {given} {sur}", f"title:{t}+given/{origin}"
    if shape == "initials":
        return f"{_initials(r)} {sur}", f"initials/{origin}"
    return f"{given} {sur}", f"given+surname/{origin}"


# ----------------------------------------------------------------------------- numbers

def bsn(r):
    """A nine-digit number that passes the 11-test, in one of many groupings."""
    while True:
        first = r.choice("0123456789") if r.random() < 0.1 else r.choice("123456789")
        d = first + "".join(r.choice("0123456789") for _ in range(7))
        s = sum((9 - i) * int(c) for i, c in enumerate(d))
        check = s % 11
        if check == 10:
            continue
        n = d + str(check)
        if stdnum.nl.bsn.is_valid(n) and n != "000000000":
            break
    grouping = r.choice(["plain", "plain", "4.2.3", "3 3 3", "2.2.2.3", "4 2 3", "3.3.3",
                         "3-3-3", "2 2 2 3"])
    if grouping == "plain":
        return n, "bsn:plain"
    sep = "." if "." in grouping else ("-" if "-" in grouping else " ")
    parts, i = [], 0
    for k in grouping.replace(".", " ").replace("-", " ").split():
        parts.append(n[i:i + int(k)])
        i += int(k)
    return sep.join(parts), f"bsn:{grouping}"


IBAN_BANKS_NL = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB",
                 "FVLB", "REVO"]
IBAN_FOREIGN = {  # country: bban builder (letters L, digits 9), check_country validates
    "BE": "999999999999", "DE": "999999999999999999", "FR": "9999999999LLLLLLLLLLL99",
    "GB": "LLLL99999999999999", "LU": "999LLLLLLLLLLLLL", "ES": "99999999999999999999",
    "PL": "999999999999999999999999", "TR": "99999099999999999999999",
}


def _mod97_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban(r):
    while True:
        if r.random() < 0.75:
            country = "NL"
            bban = r.choice(IBAN_BANKS_NL) + "".join(r.choice("0123456789") for _ in range(10))
        else:
            country = r.choice(sorted(IBAN_FOREIGN))
            pat = IBAN_FOREIGN[country]
            bban = "".join(r.choice("0123456789") if c == "9" else
                           r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") if c == "L" else c
                           for c in pat)
        n = country + _mod97_check(country, bban) + bban
        try:
            stdnum.iban.validate(n, check_country=True)
        except Exception:
            continue
        break
    style = r.choice(["plain", "grouped", "grouped", "lower", "lower-grouped"])
    t = n
    if "grouped" in style:
        t = " ".join(n[i:i + 4] for i in range(0, len(n), 4))
    if "lower" in style:
        t = t.lower()
    return t, f"iban:{country}:{style}"


# ----------------------------------------------------------------------------- address

def postcode(r):
    while True:
        letters = r.choice("ABCDEFGHJKLMNPRSTVWXZ") + r.choice("ABCDEFGHJKLMNPRSTVWXZ")
        if letters not in ("SA", "SD", "SS"):
            break
    digits = str(r.randint(1000, 9999))
    return digits + r.choice([" ", " ", ""]) + letters


def house_number(r):
    n = str(r.choices([r.randint(1, 40), r.randint(41, 250)], [70, 30])[0])
    add = r.choices(["", "a", "b", "-2", "-1", " bis", " A", "-II", "hs", "-3 hoog",
                     " rood", "-bis"], [45, 10, 4, 6, 4, 4, 6, 4, 5, 3, 2, 2])[0]
    return n + add


# Common real Dutch street names (faker's nl_NL street names are made of first names
# plus a suffix, "Haileydreef"; real ones are more varied).
STREETS = [
    "Kerkstraat", "Dorpsstraat", "Hoofdstraat", "Schoolstraat", "Molenstraat", "Nieuwstraat",
    "Julianastraat", "Wilhelminastraat", "Beatrixstraat", "Stationsweg", "Kastanjelaan",
    "Eikenlaan", "Lindelaan", "Beukenlaan", "Berkenlaan", "Parallelweg", "Sportlaan",
    "Prins Hendrikstraat", "Prins Bernhardlaan", "Van Speijkstraat", "Burgemeester Visserlaan",
    "Oranje Nassaulaan", "Koningin Julianaweg", "Tulpstraat", "Rozenstraat", "Merelstraat",
    "Zandweg", "Dijkstraat", "Kanaalweg", "Irenestraat", "Emmastraat", "Sint Janstraat",
    "Jan Steenstraat", "Vondellaan", "Rembrandtlaan", "Thorbeckestraat", "Da Costastraat",
    "Van 't Hoffstraat", "Hoge Rijndijk", "Oude Gracht", "Lange Nieuwstraat", "Achterweg",
    "Zuiderparkweg", "Meidoornstraat", "Vlierweg", "Erasmusweg", "Maasstraat", "Admiraal de Ruyterweg",
    "Tweede Oosterparkstraat", "Dr. Schaepmanstraat", "Mgr. Nolensstraat", "Pastoor van Arsstraat",
]


def address(r, fk):
    street = fk.street_name() if r.random() < 0.4 else r.choice(STREETS)
    num = house_number(r)
    pc = postcode(r)
    city = fk.city()
    shape = r.choice(["street", "street+pc", "street+pc+city", "street+city",
                      "street+pc+city", "pc+number"])
    if shape == "street":
        return f"{street} {num}", "address:street+number"
    if shape == "street+pc":
        return f"{street} {num}, {pc}", "address:street+number+postcode"
    if shape == "street+city":
        return f"{street} {num} in {city}" if r.random() < 0.5 else f"{street} {num}, {city}", \
            "address:street+number+city"
    if shape == "pc+number":
        return r.choice([f"{pc} {num}", f"postcode {pc}, huisnummer {num}",
                         f"{pc}, nr. {num}"]), "address:postcode+number"
    sep = r.choice([", ", ", ", " "])
    return f"{street} {num}{sep}{pc} {city.upper() if r.random() < 0.15 else city}", \
        "address:street+number+postcode+city"


# ----------------------------------------------------------------------------- dates

def birthdate(r, adult=False):
    y = r.randint(1958, 1996) if adult else r.randint(2005, 2018)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    style = r.choice(["dd-mm-yyyy", "d-m-yyyy", "d maand yyyy", "d mnd yyyy", "yyyy-mm-dd",
                      "dd/mm/yyyy", "dd.mm.yyyy", "d maand yyyy", "dd-mm-yyyy", "dd-mm-yy"])
    t = {"dd-mm-yyyy": f"{d:02d}-{m:02d}-{y}", "d-m-yyyy": f"{d}-{m}-{y}",
         "d maand yyyy": f"{d} {MONTHS[m - 1]} {y}", "d mnd yyyy": f"{d} {MONTHS_SHORT[m - 1]} {y}",
         "yyyy-mm-dd": f"{y}-{m:02d}-{d:02d}", "dd/mm/yyyy": f"{d:02d}/{m:02d}/{y}",
         "dd.mm.yyyy": f"{d:02d}.{m:02d}.{y}", "dd-mm-yy": f"{d:02d}-{m:02d}-'{y % 100:02d}"}[style]
    return t, f"birthdate:{style}"


# ----------------------------------------------------------------------------- phone

AREA_3 = ["010", "013", "015", "020", "023", "024", "026", "030", "033", "035", "036",
          "038", "040", "043", "045", "046", "050", "053", "055", "058", "070", "071",
          "072", "073", "074", "075", "076", "077", "078", "079"]
AREA_4 = ["0111", "0113", "0161", "0172", "0180", "0251", "0297", "0313", "0318", "0320",
          "0341", "0345", "0416", "0475", "0488", "0495", "0499", "0511", "0513", "0515",
          "0521", "0524", "0541", "0543", "0546", "0561", "0570", "0572", "0591", "0594",
          "0597", "0599"]


def phone(r):
    while True:
        kind = r.choices(["mobile", "area3", "area4", "085"], [50, 25, 20, 5])[0]
        if kind == "mobile":
            nat = "06" + r.choice("12345") + "".join(r.choice("0123456789") for _ in range(7))
        elif kind == "area3":
            nat = r.choice(AREA_3) + r.choice("23456789") + "".join(r.choice("0123456789") for _ in range(6))
        elif kind == "area4":
            nat = r.choice(AREA_4) + r.choice("23456789") + "".join(r.choice("0123456789") for _ in range(5))
        else:
            nat = "085" + r.choice("23456789") + "".join(r.choice("0123456789") for _ in range(6))
        p = phonenumbers.parse(nat, "NL")
        if phonenumbers.is_valid_number(p) and nat != "0886696060":
            break
    sub = nat[1:]
    area = 2 if kind == "mobile" else (3 if kind in ("area3", "085") else 4)
    a, rest = nat[:area], nat[area:]
    # how people group the subscriber part: 12 34 56 78, 123 45 67, 12 34 56
    groups = {8: [rest[0:2], rest[2:4], rest[4:6], rest[6:8]], 7: [rest[0:3], rest[3:5], rest[5:7]],
              6: [rest[0:2], rest[2:4], rest[4:6]]}[len(rest)]
    styles = {
        "national": phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.NATIONAL),
        "international": phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.INTERNATIONAL),
        "e164": phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.E164),
        "dash": f"{a}-{rest}",
        "plain": nat,
        "spaced": f"{a} " + " ".join(groups),
        "dash-spaced": f"{a}-" + " ".join(groups),
        "paren": f"({a}) {rest[:3]} {rest[3:]}" if kind != "mobile" else f"({a}) {rest}",
        "+31(0)": f"+31 (0){a[1:]} {rest}" if r.random() < 0.5 else f"+31(0){a[1:]}-{rest}",
        "0031": f"0031 {sub[:area - 1]} {sub[area - 1:]}",
        "dots": f"{a}." + ".".join(groups),
    }
    style = r.choice(sorted(styles))
    return styles[style], f"phone:{kind}:{style}"


# ----------------------------------------------------------------------------- e-mail

def _ascii(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return "".join(c for c in s.lower() if c.isalnum() and c.isascii())


DOMAINS = ["stichting-{b}.nl", "{b}.nl", "{b}-onderwijs.nl", "obs{b}.nl", "{b}college.nl",
           "scholengroep{b}.nl", "{b}.frl", "hotmail.com", "gmail.com", "outlook.com",
           "kpnmail.nl", "ziggo.nl", "live.nl", "planet.nl", "{b}.org"]
BRANDS = ["dewaard", "hetbaken", "kindwijs", "lumen", "prisma", "horizon", "deregenboog",
          "spectrum", "alcander", "sterrenwacht", "dekring", "meerwaarde", "devlinder",
          "tweestroom", "debrug", "zonnewijzer", "vivente", "quadrant", "ijsselgroep"]


def email(r, fk):
    given, sur, _ = _origin_name(r, fk)
    g, s = _ascii(given.split()[0]) or "info", _ascii(sur.split("-")[0]) or "x"
    local = r.choice([f"{g[0]}.{s}", f"{g}.{s}", f"{g}{s}", f"{s}", f"{g[0]}{s}",
                      f"{g}_{s}", f"{g}.{s}{r.randint(1, 99)}"])
    dom = r.choice(DOMAINS).format(b=r.choice(BRANDS))
    host, tld = dom.rsplit(".", 1)
    style = r.choice(["plain", "plain", "[at]", "(at)", " at punt", "apenstaartje",
                      "[at][dot]", " [at] ", "(at)(dot)", "AT DOT", "@ spaced", "(a)"])
    lp = local.replace(".", "[dot]") if style == "[at][dot]" else local
    t = {
        "plain": f"{local}@{dom}",
        "[at]": f"{local}[at]{dom}",
        "(at)": f"{local} (at) {host} (dot) {tld}" if r.random() < 0.5 else f"{local}(at){dom}",
        " at punt": f"{local} at {host.replace('.', ' punt ')} punt {tld}",
        "apenstaartje": f"{local} apenstaartje {host.replace('.', ' punt ')} punt {tld}",
        "[at][dot]": f"{lp}[at]{host.replace('.', '[dot]')}[dot]{tld}",
        " [at] ": f"{local} [at] {dom}",
        "(at)(dot)": f"{local}(at){host}(dot){tld}",
        "AT DOT": f"{local} AT {host} DOT {tld}",
        "@ spaced": f"{local} @ {dom}",
        "(a)": f"{local}(a){dom}",
    }[style]
    return t, f"email:{style.strip()}"


# ----------------------------------------------------------------------------- carriers

# Prose carriers, one sentence (one line) around one item. {x} is the item.
PROSE = {
    "name": [
        "Voor vragen kunt u contact opnemen met {x}.",
        "Het gesprek vond plaats met {x} van het bestuur.",
        "Namens het bestuur reageerde {x} op het conceptrapport.",
        "De gegevens zijn volgens {x} in juni al verstuurd.",
        "Bij het gesprek was ook {x} aanwezig.",
        "De aanbieder heeft op verzoek van {x} de export opnieuw gemaakt.",
        "In de zienswijze schrijft {x} dat de storing buiten de school lag.",
        "{x} heeft de inspectie telefonisch laten weten dat de levering vertraagd was.",
        "Het verzoek om uitstel is ondertekend door {x}.",
        "Zie de e-mail van {x} van 14 oktober.",
        "Na overleg met {x} is besloten de gegevens alsnog aan te leveren.",
        "De school werd bij het hoor en wederhoor vertegenwoordigd door {x}.",
    ],
    "role": [  # {role} {x}
        "Het bestuur noemt als contactpersoon {x}.",
        "De {role} {x} bevestigde dat de monitor in mei is afgenomen.",
        "Volgens de {role}, {x}, was de afname door ziekte uitgesteld.",
        "Contactpersoon voor dit dossier: {x}.",
        "De klacht van {role} {x} is buiten dit onderzoek gebleven.",
        "De {role} ({x}) heeft de vragenlijst met de klas ingevuld.",
        "Ook {role} {x} is over de uitkomst geïnformeerd.",
        "Het incident rond {role} {x} staat los van de monitoring.",
    ],
    "bsn": [
        "Het BSN van de leerling ({x}) stond per abuis in de export.",
        "In de bijlage stond het burgerservicenummer {x} van een leerling.",
        "Leerling met BSN {x} ontbrak in de aanlevering.",
        "De aanbieder koppelde de gegevens aan BSN-nummer {x}.",
        "Burgerservicenummer: {x}.",
        "Het sofinummer {x} van de directeur stond op het formulier.",
        "Een leerling (bsn {x}) is dubbel geteld.",
        "Het dossiernummer {x} is in de brief genoemd.",
        "De gegevens van {x} zijn handmatig toegevoegd.",
        "Nummer {x} hoort bij een leerling die de school heeft verlaten.",
    ],
    "iban": [
        "Het bestuur maakte het bedrag over naar {x}.",
        "De factuur van de aanbieder vermeldt rekeningnummer {x}.",
        "Betaling graag op {x} onder vermelding van het factuurnummer.",
        "IBAN: {x}.",
        "De ouderbijdrage kan worden overgemaakt op rekening {x}.",
        "Het bedrag is teruggestort op IBAN {x}.",
        "De licentie werd betaald vanaf rekening {x} van de stichting.",
        "Volgens het bankafschrift ({x}) is de licentie pas in augustus betaald.",
    ],
    "address": [
        "De leerling woont aan de {x}.",
        "Het thuisadres van de ouders is {x}.",
        "Post voor de directeur kunt u sturen naar {x}.",
        "Het gesprek vond plaats bij de directeur thuis, {x}.",
        "Woonadres: {x}.",
        "De familie is verhuisd naar {x}.",
        "De brief is per abuis bezorgd op {x}.",
        "Het incident vond plaats bij de woning aan de {x}.",
        "De moeder van de leerling, wonend op {x}, diende de klacht in.",
    ],
    "birthdate": [
        "De leerling, geboren op {x}, zat in groep 7.",
        "Geboortedatum: {x}.",
        "Het gaat om een leerling (geb. {x}) uit de onderbouw.",
        "De broer van de leerling is geboren op {x} en zit in groep 3.",
        "In de export stond de geboortedatum van de leerling: {x}.",
        "Een leerling, geb. {x}, is niet meegeteld.",
        "De vragenlijst is ingevuld door een leerling geboren {x}.",
        "Geboren: {x}.",
        "De geboortedatum ({x}) van de leerling was onjuist overgenomen.",
        "Geboortejaar en -datum van de leerling: {x}.",
    ],
    "phone": [
        "U kunt de directeur bereiken op {x}.",
        "Bel bij vragen {x}.",
        "Telefoon: {x}.",
        "De contactpersoon is bereikbaar via {x} (dinsdag en donderdag).",
        "Het bestuursbureau belde vanaf {x}.",
        "Mobiel nummer van de intern begeleider: {x}.",
        "Tel. {x}.",
        "Terugbelverzoek aan {x} is op 3 oktober afgehandeld.",
    ],
    "email": [
        "Vragen kunt u mailen naar {x}.",
        "E-mail: {x}.",
        "De aanbieder stuurde de bevestiging naar {x}.",
        "Reacties graag naar {x}.",
        "Het bestuur is per e-mail bereikbaar via {x}.",
        "Mail de gegevens naar {x} onder vermelding van het kenmerk.",
        "De zienswijze kwam binnen vanaf {x}.",
        "Stuur uw reactie aan {x}.",
    ],
}

# Labels for list items ("- Telefoon: x") and table rows ("| Telefoon | x |").
LABELS = {
    "name": ["Contactpersoon", "Directeur", "Naam", "Behandeld door", "Intern begeleider",
             "Voorzitter"],
    "bsn": ["BSN", "Burgerservicenummer", "BSN leerling"],
    "iban": ["IBAN", "Rekeningnummer", "Bankrekening"],
    "address": ["Adres", "Woonadres", "Thuisadres"],
    "birthdate": ["Geboortedatum", "Geb.", "Geboren"],
    "phone": ["Telefoon", "Tel.", "Mobiel", "Telefoonnummer"],
    "email": ["E-mail", "Mail", "E-mailadres"],
}

# Suffixes appended to a name field (bestuur/school naam or plaats). {x} is the item.
FIELD = {
    "name": [", t.a.v. {x}", " (contactpersoon {x})", " – {x}", ", directeur {x}",
             " p/a {x}", ", {x}"],
    "bsn": [" (BSN {x})", ", bsn {x}", " {x}"],
    "iban": [" (IBAN {x})", ", rek.nr. {x}", " – {x}"],
    "address": [", {x}", " ({x})", " p/a {x}", " – {x}"],
    "birthdate": [" (geb. {x})", ", geboortedatum {x}", " – geboren {x}"],
    "phone": [", tel. {x}", " ({x})", " – T {x}", ", {x}"],
    "email": [", e-mail {x}", " ({x})", " – {x}"],
}

SIGN_OFFS = ["Met vriendelijke groet,", "Met vriendelijke groeten,", "Hoogachtend,",
             "Met hartelijke groet,", "Vriendelijke groet,", "Groet,", "Met collegiale groet,"]
SIGN_ROLES = ["Directeur-bestuurder", "Voorzitter College van Bestuur", "Directeur",
              "Bestuurssecretaris", "Kwaliteitszorg", ""]


def make(cat, r, fk):
    """One item of category cat: (text, shape)."""
    if cat == "name":
        return person_name(r, fk)
    if cat == "bsn":
        return bsn(r)
    if cat == "iban":
        return iban(r)
    if cat == "address":
        return address(r, fk)
    if cat == "birthdate":
        return birthdate(r, adult=r.random() < 0.1)
    if cat == "phone":
        return phone(r)
    if cat == "email":
        return email(r, fk)
    raise ValueError(cat)


# ----------------------------------------------------------------------------- decoys

# Hard negatives: lines that look like personal data to a careless detector but are not
# personal data under SPEC §2 (names of organisations, schools, places, laws and streets
# on their own; dates that are not dates of birth; public numbers the site allows).
DECOY_SCHOOLS = [
    "Anne Frankschool", "Prins Willem-Alexanderschool", "Koningin Beatrixschool",
    "Dr. Schaepmanschool", "Johan de Witt-gymnasium", "Hendrik Pierson College",
    "Christelijk Lyceum Willem de Zwijger", "Maarten Luther Kingschool", "Jan Ligthartschool",
    "Pieter Zandt Scholengemeenschap", "Titus Brandsma Lyceum", "Rudolf Steiner College",
    "Thomas a Kempis College", "Anne de Vries College", "Mr. Lodewijk Schaepman College",
    "Koning Willem I College", "Juliana van Stolberg Lyceum", "Bisschop Bekkers College",
    "Pater Damiaan Mavo", "Jac. P. Thijsse College", "Annie M.G. Schmidtschool",
    "Michiel de Ruyter Scholengemeenschap", "Dr. Aletta Jacobs College", "Ds. Pierson College",
    "Sint-Janscollege", "Kardinaal Alfrink Lyceum", "Prof. Dr. Kohnstammschool",
    "Christiaan Huygens College", "Herman Broerenschool", "Karel de Grote College",
]
DECOY_PLACES = ["Hendrik-Ido-Ambacht", "Sint-Michielsgestel", "Bergen op Zoom",
                "Capelle aan den IJssel", "Alphen aan den Rijn", "Jan Hendrikse Polder",
                "Sint Willebrord", "Koudekerk aan den Rijn", "Pieterburen", "Aldeboarn"]
DECOY_ORGS = ["Stichting Anton de Kom", "het ministerie van OCW", "de Raad van State",
              "Dienst Uitvoering Onderwijs (DUO)", "de Onderwijsraad", "Kanjertraining",
              "de Vereniging Openbaar Onderwijs", "Stichting Katholiek Onderwijs Jan van Brabant",
              "de Willem de Kooning Academie", "het Erasmus MC", "het Prinses Máxima Centrum"]
DECOY_LINES = [
    "Een andere school van het bestuur, {school} in {place}, leverde de gegevens wel op tijd aan.",
    "Het bestuur verwijst naar de aanpak van {school}.",
    "De nieuwe locatie aan de {street} opent in het volgende schooljaar.",
    "De school is verhuisd van de {street} naar de {street2}.",
    "De gegevens zijn aangeleverd via {org}.",
    "Het bestuur heeft advies gevraagd aan {org}.",
    "Het bestuur reageerde op {date} op het conceptrapport.",
    "De school werd opgericht op {date} en telt nu drie locaties.",
    "De termijn van de herstelopdracht liep af op {numdate}.",
    "Voor vragen belt u de afdeling Klantcontact op 088-6696060.",
    "Zie artikel 3.40, eerste lid onder b en vierde lid van de WVO 2020.",
    "De school in {place} valt onder hetzelfde bestuur als {school}.",
    "De directeur en de intern begeleider hebben de vragenlijst met de klassen besproken.",
    "De leerlingen van groep 7 en 8 vulden de vragenlijst in juni in.",
    "Het bestuur nam met {count} medewerkers deel aan een bijeenkomst van {org}.",
    "De inspecteur sprak met de voorzitter van het college van bestuur.",
]


def decoy(r):
    from_streets = STREETS
    t = r.choice(DECOY_LINES)
    y = r.randint(1950, 2015) if "opgericht" in t else r.randint(2017, 2024)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    s = t.format(school=r.choice(DECOY_SCHOOLS), place=r.choice(DECOY_PLACES),
                 street=r.choice(from_streets), street2=r.choice(from_streets),
                 org=r.choice(DECOY_ORGS), date=f"{d} {MONTHS[m - 1]} {y}",
                 numdate=f"{d:02d}-{m:02d}-{y}", count=r.randint(120, 2400))
    return s, "decoy:" + t.split("{")[1].split("}")[0] if "{" in t else "decoy:plain"


DECOY_FIELD = [" (locatie {street})", ", locatie {street}", " – {school}", " ({place})"]


def decoy_field(r):
    t = r.choice(DECOY_FIELD)
    return t.format(street=r.choice(STREETS), school=r.choice(DECOY_SCHOOLS),
                    place=r.choice(DECOY_PLACES)), "decoy-field:" + t.split("{")[1].split("}")[0]
