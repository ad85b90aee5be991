"""The Markdown and YAML text of the generated corpus: site.yml, the two report
templates, free pages, school-year intros and the generator of own report bodies.
Written in our own words; boards, schools and people are fictional."""

SITE_YML = """\
titel: Herstelopdrachten monitoring sociale veiligheid
organisatie: Inspectie van het Onderwijs
basis-url: https://www.example.org/herstelopdrachten/   # for feed, sitemap, canonical
contact: https://www.example.org/contact
sectoren:
  po: { naam: primair onderwijs, wetsartikel: "artikel 4c, eerste lid onder b, van de WPO" }
  so: { naam: (voortgezet) speciaal onderwijs, wetsartikel: "artikel 4a, eerste lid onder b, van de WEC" }
  vo:
    naam: voortgezet onderwijs
    wetsartikel:
      2015-2016: "artikel 3b, eerste lid onder b, van de WVO"
      2021-2022: "artikel 3.40, eerste lid onder b en vierde lid van de WVO 2020"
privacy:
  weggelaten: "[weggelaten]"
  toegestaan: ["088-6696060"]
  verboden: ["R. Pol", "Vertrouwelijk dossier"]
"""

_COMMON_HEAD = """\
# Vastgesteld rapport bureauonderzoek

## Aanleveren monitoring sociale veiligheid leerlingen

**@Schoolnaam@** (@brin|vest@), onder het bevoegd gezag van @bestuur@
(bestuursnummer @bestuursnummer@), schooljaar @schooljaar@.

| Onderdeel | Gegevens |
| --- | --- |
| Bevoegd gezag | @bestuur@ |
| Bestuursnummer | @bestuursnummer@ |
| School of scholen | @schoolnaam@ |
| BRIN en vestiging | @brin|vest@ |
| Sector | @sector@ |
| Schooljaar | @schooljaar@ |
| Opdracht tot herstel | @herstelopdracht@ |
| Uiterste termijn | @termijn@ |
{extra_rows}| Zaak afgesloten | @afgesloten@ |

## Bevindingen

Elke school heeft een zorgplicht voor de sociale veiligheid van haar leerlingen. Onderdeel
daarvan is dat de school minstens één keer per schooljaar meet hoe leerlingen hun
veiligheid en welbevinden ervaren. Zo kan de school nagaan of haar veiligheidsbeleid werkt,
en het bijstellen wanneer leerlingen zich niet veilig voelen.

De school stelt de uitkomsten van die meting ook beschikbaar aan de inspectie. Voor schooljaar
@schooljaar@ moest dat vóór 1 juli gebeuren. De meeste scholen doen dat via de aanbieder van
hun monitoringsinstrument; de school geeft die aanbieder daarvoor opdracht of toestemming.

Meer over de zorgplicht sociale veiligheid leest u op
www.onderwijsinspectie.nl/onderwerpen/sociale-veiligheid en in de
[toelichting bij de wet](https://wetten.overheid.nl/).

## Tekortkoming in de naleving van een wettelijk voorschrift

Uit een bureauonderzoek van de inspectie bleek dat er op 1 juli geen monitoringsgegevens
van @schoolnaam@ over schooljaar @schooljaar@ waren ontvangen. De inspectie heeft het
bevoegd gezag dat schriftelijk laten weten.

Het gaat om de volgende verplichtingen:

- de jaarlijkse meting van de sociale veiligheid van leerlingen;
- een meting die een representatief en actueel beeld van de school geeft;
- het beschikbaar stellen van de gegevens aan de inspectie, vóór 1 juli;
- een instrument dat valide, betrouwbaar en gestandaardiseerd is.

## Opdracht tot herstel

Omdat niet werd voldaan aan een belangrijke eis van de zorgplicht sociale veiligheid, zoals
vastgelegd in @wetsartikel@ (te weten: het tijdig beschikbaar stellen van de resultaten van de
monitoring), gaf de inspectie op @herstelopdracht@ de opdracht de gegevens uiterlijk
@termijn@ alsnog aan te leveren.

Het bevoegd gezag kreeg daarbij de gelegenheid tot hoor en wederhoor. Van die gelegenheid
is gebruikgemaakt waar dat in de tabel hierboven staat vermeld.

"""

TEMPLATE_VOLDAAN = _COMMON_HEAD.format(extra_rows="| Gegevens ontvangen | @ontvangen@ |\n") + """\
## Realisering opdracht tot herstel

De inspectie heeft de gegevens uit de monitoring van schooljaar @schooljaar@ op
@ontvangen@ ontvangen. Daarmee is de gevraagde informatie alsnog beschikbaar.

1. De aanbieder heeft de gegevens namens de school geleverd.
2. De gegevens zijn gecontroleerd op volledigheid.
3. De inspectie heeft de zaak op @afgesloten@ afgesloten.

## Conclusie

Op basis van het alsnog aanleveren van de gegevens stelt de inspectie vast dat @bestuur@
voor @schoolnaam@ aan de wettelijke verplichting en aan de opdracht tot herstel **heeft
voldaan**.

## Vervolg

Het toezicht op dit punt is afgesloten. Ook over schooljaar @volgend-schooljaar@ moeten de
monitoringsgegevens vóór 1 juli via de aanbieder beschikbaar zijn. Vragen over dit rapport
kunt u stellen via telefoonnummer 088-6696060.
"""

TEMPLATE_NIET_VOLDAAN = _COMMON_HEAD.format(extra_rows="") + """\
## Realisering opdracht tot herstel

De inspectie heeft de gegevens uit de monitoring van schooljaar @schooljaar@ **niet**
binnen de gestelde termijn ontvangen. Ook na de termijn van @termijn@ zijn er geen
bruikbare gegevens binnengekomen.

- Er is geen levering van een aanbieder ontvangen.
- Er is geen ander instrument gemeld dat aan de eisen voldoet.
- De zaak is op @afgesloten@ afgesloten.

## Conclusie

De inspectie stelt vast dat @bestuur@ voor @schoolnaam@ ~~alsnog~~ niet aan de wettelijke
verplichting en aan de opdracht tot herstel **heeft voldaan**.

## Vervolg

De inspectie betrekt deze uitkomst bij het verdere toezicht op het bestuur en zijn scholen.
Over schooljaar @volgend-schooljaar@ moeten de monitoringsgegevens vóór 1 juli via de aanbieder
beschikbaar zijn. Vragen over dit rapport kunt u stellen via telefoonnummer 088-6696060.
"""

PAGES = {
    "over-deze-lijst": """\
---
titel: Over deze lijst
---
Scholen meten elk jaar hoe veilig leerlingen zich voelen, en stellen die gegevens vóór
1 juli beschikbaar aan de Inspectie van het Onderwijs. Ontvangt de inspectie niets, dan
krijgt het bestuur een **opdracht tot herstel**.

Op deze site staan de besturen die zo'n opdracht kregen en waarvan de zaak is afgesloten,
met per zaak een niet-gepersoonlijkte versie van het rapport.

## Wat staat er per zaak

| Gegeven | Uitleg |
| --- | --- |
| Bestuur | naam en bestuursnummer zoals in de zaak |
| Scholen | naam, BRIN en vestiging |
| Status | voldaan of niet voldaan |
| Data | opdracht, termijn, ontvangst en afsluiting |

## Wat staat er niet

- namen van medewerkers, leerlingen of ouders;
- kenmerken van brieven;
- zaken die nog lopen.
""",
    "toegankelijkheid": """\
# Toegankelijkheidsverklaring

Deze site moet voldoen aan de Web Content Accessibility Guidelines (WCAG) 2.1 op niveau AA.

- [x] Alle pagina's werken zonder JavaScript.
- [x] Tabellen hebben kopteksten.
- [ ] Een jaarlijkse externe toets is gepland.

Loopt u tegen een probleem aan? Bel 088-6696060.
""",
    "privacy": """\
---
titel: Privacy
---
De rapporten op deze site zijn **niet-gepersoonlijkt**: gegevens over personen zijn
weggelaten. Bij elke publicatie controleert de software automatisch dat er geen
e-mailadressen, telefoonnummers of interne kenmerken in de gepubliceerde tekst staan.

Zie ook https://www.example.org/privacy voor de algemene privacyverklaring.
""",
    "open-data-uitleg": """\
---
titel: Open data
---
Alle gepubliceerde zaken staan ook als open data op deze site, als CSV en als JSON, met
één regel per zaak.

| Kolom | Inhoud |
| --- | --- |
| schooljaar | JJJJ-JJJJ |
| bestuursnummer | vijf cijfers |
| scholen | BRIN, vestiging en naam |
| rapport | adres van het rapport |
""",
}


def year_intro(y):
    return f"""\
In schooljaar {y}-{y + 1} ontving de inspectie van de meeste scholen de
monitoringsgegevens op tijd. Hieronder staan de besturen die een opdracht tot herstel
kregen en waarvan de zaak is afgesloten.

Let op: de termijn van de herstelopdracht lag dit jaar in het najaar van {y + 1}.
"""


# ----------------------------------------------------------------------------- own bodies

_INTRO = [
    "Dit rapport beschrijft het bureauonderzoek naar de aanlevering van de monitoring sociale "
    "veiligheid door @bestuur@ over schooljaar @schooljaar@.",
    "Het bevoegd gezag @bestuur@ (@bestuursnummer@) heeft voor @schoolnaam@ een opdracht tot "
    "herstel gekregen, omdat de monitoringsgegevens over @schooljaar@ ontbraken.",
    "Dit is de niet-gepersoonlijkte versie van het vastgestelde rapport over @schoolnaam@ "
    "(@brin|vest@), schooljaar @schooljaar@.",
]
_FINDING = [
    "De school gebruikt een instrument van een aanbieder waarmee de inspectie afspraken heeft, "
    "maar de toestemming voor levering was niet gegeven.",
    "Bij de overstap naar een ander leerlingvolgsysteem is de jaarlijkse meting niet "
    "afgenomen in de onderbouw.",
    "Volgens het bestuur is de meting wel afgenomen, maar is de levering door een "
    "technische storing bij de aanbieder niet aangekomen.",
    "De meting is afgenomen met een eigen vragenlijst die niet gestandaardiseerd is en "
    "daarom niet aan de wettelijke eisen voldoet.",
    "De school heeft de meting pas na 1 juli afgenomen; de resultaten zijn daardoor te laat "
    "beschikbaar gekomen.",
    "Een deel van de vestigingen leverde op tijd; voor de overige vestigingen ontbraken de "
    "gegevens over @schooljaar@.",
    "Het bestuur gaf aan dat de verantwoordelijkheid voor de levering bij de schoolleiding "
    "lag, en dat die taak bij een wisseling van directie is blijven liggen.",
    "In het gesprek over hoor en wederhoor heeft het bestuur de gang van zaken toegelicht "
    "en maatregelen toegezegd voor @volgend-schooljaar@.",
]
_ROWS = [
    ("Meting afgenomen", ["ja", "nee", "gedeeltelijk"]),
    ("Instrument gestandaardiseerd", ["ja", "nee"]),
    ("Toestemming aan aanbieder", ["ja", "nee", "na herinnering"]),
    ("Representatief beeld", ["ja", "nee", "onvoldoende respons"]),
    ("Gegevens ontvangen vóór 1 juli", ["nee"]),
    ("Respons leerlingen", ["84%", "67%", "91%", "52%", "73%"]),
    ("Aantal klassen bevraagd", ["alle", "groep 5 tot en met 8", "leerjaar 1 tot en met 4"]),
]
_MEASURES = [
    "een vaste medewerker op bestuursniveau bewaakt de levering",
    "de toestemming aan de aanbieder wordt elk jaar in maart gecontroleerd",
    "de meting wordt voortaan in het najaar afgenomen",
    "de schoolleiding rapporteert de respons aan het bestuur",
    "het bestuur kiest voor één instrument voor alle scholen",
    "nieuwe directeuren krijgen een overdrachtsdocument met deze verplichting",
    "de planning van de meting is opgenomen in de jaarkalender",
]


def own_body(r, c):
    """An own report body of a few KB: headings, paragraphs, a GFM table, lists."""
    voldaan = c["status"] == "voldaan"
    open_ = c["status"] == "open"
    P = ["# Rapport bureauonderzoek @schooljaar@", "", r.choice(_INTRO), ""]
    P += ["## Gegevens van de zaak", "", "| Onderdeel | Gegevens |", "| :--- | :--- |",
          "| Bevoegd gezag | @bestuur@ |", "| Scholen | @schoolnaam@ |",
          "| BRIN en vestiging | @brin|vest@ |", "| Sector | @sector@ |",
          "| Opdracht tot herstel | @herstelopdracht@ |", "| Termijn | @termijn@ |"]
    if voldaan:
        P.append("| Ontvangen | @ontvangen@ |")
    if not open_:
        P.append("| Afgesloten | @afgesloten@ |")
    P += ["", "## Bevindingen", ""]
    for f in r.sample(_FINDING, r.randint(2, 5)):
        P += [f + " " + r.choice(_FINDING), ""]
    P += ["### Overzicht per onderdeel", "", "| Onderdeel | Bevinding | Toelichting |",
          "| --- | :---: | --- |"]
    for label, opts in r.sample(_ROWS, r.randint(3, len(_ROWS))):
        P.append(f"| {label} | {r.choice(opts)} | {r.choice(_FINDING)[:90].rsplit(' ', 1)[0]} |")
    P += ["", "## Wettelijk kader", "",
          "De verplichting staat in @wetsartikel@. Zie ook "
          "https://www.onderwijsinspectie.nl/onderwerpen/sociale-veiligheid.", ""]
    P += ["## Maatregelen van het bestuur", ""]
    for m in r.sample(_MEASURES, r.randint(2, 5)):
        P.append(f"- [{'x' if r.random() < 0.6 else ' '}] {m[0].upper() + m[1:]}")
    P += ["", "## Conclusie", ""]
    if voldaan:
        P += ["De inspectie heeft de gegevens op @ontvangen@ ontvangen. @bestuur@ heeft aan de "
              "opdracht tot herstel **voldaan**; de zaak is op @afgesloten@ afgesloten."]
    elif open_:
        P += ["De termijn loopt tot @termijn@. Deze zaak is nog niet afgesloten."]
    else:
        P += ["De inspectie heeft binnen de termijn van @termijn@ geen gegevens ontvangen. "
              "@bestuur@ heeft ~~wel~~ **niet** aan de opdracht tot herstel voldaan."]
    P += ["", "Vragen? Bel 088-6696060 of gebruik het contactformulier.", ""]
    if r.random() < 0.5:
        P += ["## Verloop", ""]
        for i, step in enumerate(["Opdracht tot herstel verstuurd op @herstelopdracht@",
                                  "Hoor en wederhoor afgerond",
                                  "Termijn verstreken op @termijn@"], 1):
            P.append(f"{i}. {step}")
        P.append("")
    return "\n".join(P)
