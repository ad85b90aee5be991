/// The built-in templates. Each can be replaced by `Content/theme/NAME.mustache`.
///
/// Every page template renders into `layout`'s `{{{content}}}`. Values are escaped by
/// Mustache (`{{x}}`); only HTML that herstelsite made itself is inserted raw (`{{{x}}}`).
public enum BuiltinTheme {
    public static let stylesheetName = "herstelsite.css"

    public static let templates: [String: String] = [
        "layout": layout,
        "home": home,
        "schooljaren": schoolYears,
        "schooljaar": schoolYear,
        "besturen": boards,
        "bestuur": board,
        "rapport": report,
        "pagina": page,
        "404": notFound,
    ]

    static let layout = #"""
        <!DOCTYPE html>
        <html lang="nl">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{pageTitle}} | {{site.title}}</title>
        <meta name="description" content="{{description}}">
        <link rel="canonical" href="{{canonical}}">
        {{#noindex}}
        <meta name="robots" content="noindex, nofollow">
        {{/noindex}}
        {{#inlineStyle}}
        <style>{{{inlineStyle}}}</style>
        {{/inlineStyle}}
        {{^inlineStyle}}
        <link rel="stylesheet" href="{{root}}assets/herstelsite.css">
        {{/inlineStyle}}
        <link rel="icon" href="{{root}}assets/favicon.svg" type="image/svg+xml">
        <link rel="alternate" type="application/atom+xml" title="Nieuwe publicaties: {{site.title}}" href="{{root}}feed.xml">
        </head>
        <body>
        <a class="skiplink" href="#inhoud">Direct naar de inhoud</a>
        <header class="kop">
        <div class="wrap kop-balk">
        <a class="merk" href="{{root}}"><span class="merk-organisatie">{{site.organisation}}</span> <span class="merk-titel">{{site.title}}</span></a>
        </div>
        <nav class="menu" aria-label="Hoofdmenu">
        <ul class="wrap">
        {{#nav}}
        <li><a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a></li>
        {{/nav}}
        </ul>
        </nav>
        </header>
        {{#draft}}
        <div class="concept" role="note"><div class="wrap"><strong>Concept, niet openbaar.</strong> {{draft}} Deze pagina verschijnt niet in de publicatie.</div></div>
        {{/draft}}
        <main id="inhoud" class="wrap" tabindex="-1">
        {{#hasBreadcrumbs}}
        <nav class="kruimelpad" aria-label="Kruimelpad">
        <ol>
        {{#breadcrumbs}}
        <li><a href="{{href}}">{{label}}</a></li>
        {{/breadcrumbs}}
        <li><span aria-current="page">{{crumb}}</span></li>
        </ol>
        </nav>
        {{/hasBreadcrumbs}}
        {{{content}}}
        </main>
        <p class="alleen-print wrap">Bron: {{canonical}}</p>
        <footer class="voet">
        <div class="wrap voet-kolommen">
        <div>
        <p class="voet-titel">{{site.organisation}}</p>
        <p>{{site.title}}</p>
        </div>
        <ul class="voet-links">
        {{#footerPages}}
        <li><a href="{{href}}">{{label}}</a></li>
        {{/footerPages}}
        <li><a href="{{root}}open-data/herstelopdrachten.csv">Alle herstelopdrachten als CSV</a></li>
        <li><a href="{{root}}feed.xml">Nieuwe publicaties (Atom-feed)</a></li>
        {{#site.contact}}
        <li><a href="{{site.contact}}">Contact</a></li>
        {{/site.contact}}
        </ul>
        </div>
        </footer>
        {{#scripts}}
        <script src="{{root}}assets/{{.}}" defer></script>
        {{/scripts}}
        </body>
        </html>

        """#

    static let home = #"""
        <h1>{{site.title}}</h1>
        <div class="inleiding">
        <p>Scholen moeten ieder schooljaar in kaart brengen hoe veilig hun leerlingen zich voelen, en de uitkomsten vóór 1 juli aan de inspectie beschikbaar stellen. Leverde een school die gegevens niet op tijd aan, dan kreeg het schoolbestuur een <strong>herstelopdracht</strong>: een opdracht om dat alsnog te doen.</p>
        <p>Op deze website publiceert de {{site.organisation}} welke besturen zo’n herstelopdracht kregen, en of zij daaraan hebben voldaan. Bij elk bestuur staat een niet-gepersonaliseerde versie van het rapport. Een zaak verschijnt hier pas als zij is afgesloten.</p>
        </div>
        {{#hasYears}}
        <form class="zoekbalk" action="{{root}}besturen/" method="get" role="search" aria-label="Besturen" data-zoekformulier hidden>
        <label for="zoek-bestuur">Zoek een schoolbestuur</label>
        <p class="hint" id="zoek-bestuur-hint">Op naam, bestuursnummer, school, BRIN of plaats</p>
        <div class="zoekbalk-invoer">
        <input type="search" id="zoek-bestuur" name="zoek" autocomplete="off" spellcheck="false" aria-describedby="zoek-bestuur-hint">
        <button type="submit">Zoeken</button>
        </div>
        </form>
        {{/hasYears}}
        <div class="kolommen">
        <section aria-labelledby="kop-schooljaren">
        <h2 id="kop-schooljaren">Per schooljaar</h2>
        {{#hasYears}}
        <ul class="tegels">
        {{#years}}
        <li><a class="tegel" href="{{href}}"><span class="tegel-titel">Schooljaar {{year}}</span> <span class="tegel-telling">{{countLabel}}</span></a></li>
        {{/years}}
        </ul>
        {{/hasYears}}
        {{^hasYears}}
        <p>Er zijn nog geen herstelopdrachten gepubliceerd.</p>
        {{/hasYears}}
        <p><a href="{{root}}besturen/">Alle besturen van A tot Z</a></p>
        </section>
        <section aria-labelledby="kop-recent">
        <h2 id="kop-recent">Recent gepubliceerd</h2>
        {{#hasRecent}}
        <ul class="recent">
        {{#recent}}
        <li><a href="{{href}}">{{board}}<span class="visually-hidden">, rapport schooljaar {{year}}</span></a> <span class="meta">Schooljaar {{year}} · <span class="status status-{{statusKey}}">{{status}}</span> · afgesloten <time datetime="{{closedISO}}">{{closed}}</time></span></li>
        {{/recent}}
        </ul>
        {{/hasRecent}}
        {{^hasRecent}}
        <p>Nog niets gepubliceerd.</p>
        {{/hasRecent}}
        </section>
        </div>

        """#

    static let schoolYears = #"""
        <h1>Schooljaren</h1>
        <p>Kies een schooljaar om de besturen te zien die over dat jaar een herstelopdracht kregen.</p>
        <ul class="tegels">
        {{#years}}
        <li><a class="tegel" href="{{href}}"><span class="tegel-titel">Schooljaar {{year}}</span> <span class="tegel-telling">{{countLabel}}</span></a></li>
        {{/years}}
        </ul>
        {{#hasOpenData}}
        <h2>Open data per schooljaar</h2>
        <p>De gepubliceerde herstelopdrachten van één schooljaar, met dezelfde kolommen als <a href="{{root}}open-data/herstelopdrachten.csv">het bestand met alle schooljaren</a>.</p>
        <ul class="downloads-lijst">
        {{#years}}
        {{#published}}
        <li>Schooljaar {{year}}: <a href="{{root}}open-data/{{year}}/herstelopdrachten.csv">CSV<span class="visually-hidden"> schooljaar {{year}}</span></a> · <a href="{{root}}open-data/{{year}}/herstelopdrachten.json">JSON<span class="visually-hidden"> schooljaar {{year}}</span></a></li>
        {{/published}}
        {{/years}}
        </ul>
        {{/hasOpenData}}

        """#

    static let schoolYear = #"""
        <h1>Herstelopdrachten schooljaar {{year}}</h1>
        {{#intro}}
        <div class="inleiding">{{{intro}}}</div>
        {{/intro}}
        <p class="samenvatting">{{summary}}</p>
        <div class="zoeken" data-zoeken="tabel-{{year}}" hidden></div>
        <div class="tabel-kader" tabindex="0" role="group" aria-label="Tabel, scrollt zijwaarts als hij niet past">
        <table class="zaken" id="tabel-{{year}}">
        <caption>Besturen met een herstelopdracht over schooljaar {{year}}</caption>
        <thead>
        <tr>
        <th scope="col" data-sorteer="tekst" aria-sort="ascending">Bestuur</th>
        <th scope="col" data-sorteer="tekst">Bestuurs&shy;nummer</th>
        <th scope="col">Scholen (BRIN en vestiging)</th>
        <th scope="col" data-sorteer="tekst">Sector</th>
        <th scope="col" data-sorteer="tekst">Status</th>
        <th scope="col" data-sorteer="datum">Afgesloten</th>
        <th scope="col" class="kol-rapport">Rapport</th>
        </tr>
        </thead>
        <tbody>
        {{#cases}}
        <tr data-zoek="{{searchText}}" data-sector="{{sectorKey}}" data-status="{{statusKey}}">
        <th scope="row" data-waarde="{{sortName}}"><a href="{{boardHref}}">{{board}}</a>{{#draft}} <span class="label-concept">concept</span>{{/draft}}</th>
        <td data-label="Bestuursnummer">{{number}}</td>
        <td data-label="{{schoolsLabel}}"><ul class="scholen">{{#schools}}<li>{{name}} <span class="brin">{{brinAndBranch}}</span></li>{{/schools}}</ul></td>
        <td data-label="Sector" class="kol-sector">{{sector}}</td>
        <td data-label="Status" class="kol-status"><span class="status status-{{statusKey}}">{{status}}</span></td>
        <td data-label="Afgesloten" data-waarde="{{closedISO}}">{{#closed}}<time datetime="{{closedISO}}">{{closed}}</time>{{/closed}}{{^closed}}–{{/closed}}</td>
        <td class="kol-rapport">{{#reportHref}}<a href="{{reportHref}}">Rapport<span class="visually-hidden"> {{board}} {{year}}</span></a>{{/reportHref}}</td>
        </tr>
        {{/cases}}
        </tbody>
        </table>
        </div>
        {{#hasOpenData}}
        <p class="downloads">Deze gegevens als open data: <a href="{{root}}open-data/{{year}}/herstelopdrachten.csv">CSV<span class="visually-hidden"> schooljaar {{year}}</span></a> · <a href="{{root}}open-data/{{year}}/herstelopdrachten.json">JSON<span class="visually-hidden"> schooljaar {{year}}</span></a></p>
        {{/hasOpenData}}

        """#

    static let boards = #"""
        <h1>Besturen van A tot Z</h1>
        <p>Alle schoolbesturen met minstens één gepubliceerde herstelopdracht, op naam. Een bestuur dat van naam veranderde, staat onder zijn huidige naam.</p>
        <div class="zoeken" data-zoeken="besturenlijst" hidden></div>
        <nav class="letters" aria-label="Naar letter" data-letters="besturenlijst">
        <ul>
        {{#letters}}
        <li><a href="#letter-{{id}}">{{letter}}</a></li>
        {{/letters}}
        </ul>
        </nav>
        <div id="besturenlijst">
        {{#letters}}
        <section class="letter-groep" aria-labelledby="letter-{{id}}">
        <h2 id="letter-{{id}}">{{letter}}</h2>
        <ul class="besturen">
        {{#boards}}
        <li data-zoek="{{searchText}}"><a href="{{href}}">{{name}}</a>{{#draft}} <span class="label-concept">concept</span>{{/draft}} <span class="meta">{{number}}{{#place}} · {{place}}{{/place}} · {{yearsLabel}}</span></li>
        {{/boards}}
        </ul>
        </section>
        {{/letters}}
        </div>

        """#

    static let board = #"""
        <h1>{{name}}</h1>
        <dl class="kenmerken">
        <div><dt>Bestuursnummer</dt><dd>{{number}}</dd></div>
        {{#place}}
        <div><dt>Plaats</dt><dd>{{place}}</dd></div>
        {{/place}}
        {{#hasEarlierNames}}
        <div><dt>Eerdere namen</dt><dd><ul class="eerdere-namen">{{#earlierNames}}<li>{{name}} <span class="meta">({{years}})</span></li>{{/earlierNames}}</ul></dd></div>
        {{/hasEarlierNames}}
        </dl>
        <h2>Herstelopdrachten</h2>
        <div class="tabel-kader" tabindex="0" role="group" aria-label="Tabel, scrollt zijwaarts als hij niet past">
        <table class="zaken">
        <caption>Herstelopdrachten van {{name}} per schooljaar</caption>
        <thead>
        <tr>
        <th scope="col">Schooljaar</th>
        <th scope="col">Scholen (BRIN en vestiging)</th>
        <th scope="col">Status</th>
        <th scope="col">Afgesloten</th>
        <th scope="col" class="kol-rapport">Rapport</th>
        </tr>
        </thead>
        <tbody>
        {{#cases}}
        <tr>
        <th scope="row" data-label="Schooljaar"><a href="{{yearHref}}">{{year}}</a>{{#draft}} <span class="label-concept">concept</span>{{/draft}}</th>
        <td data-label="{{schoolsLabel}}"><ul class="scholen">{{#schools}}<li>{{name}} <span class="brin">{{brinAndBranch}}</span></li>{{/schools}}</ul>{{#renamed}}<p class="meta toen">Toen: {{board}}</p>{{/renamed}}</td>
        <td data-label="Status"><span class="status status-{{statusKey}}">{{status}}</span></td>
        <td data-label="Afgesloten">{{#closed}}<time datetime="{{closedISO}}">{{closed}}</time>{{/closed}}{{^closed}}–{{/closed}}</td>
        <td class="kol-rapport">{{#reportHref}}<a href="{{reportHref}}">Rapport<span class="visually-hidden"> {{year}}</span></a>{{/reportHref}}</td>
        </tr>
        {{/cases}}
        </tbody>
        </table>
        </div>

        """#

    static let report = #"""
        <article class="rapport-pagina">
        <p class="bovenkop">Rapport herstelopdracht · schooljaar {{year}}</p>
        <h1>{{board}}</h1>
        <aside class="feiten" aria-labelledby="kop-feiten">
        <h2 id="kop-feiten">Gegevens van de herstelopdracht</h2>
        <dl>
        <div><dt>Bestuur</dt><dd><a href="{{boardHref}}">{{board}}</a>{{#boardPlace}}, {{boardPlace}}{{/boardPlace}}</dd></div>
        <div><dt>Bestuursnummer</dt><dd>{{number}}</dd></div>
        <div><dt>Schooljaar</dt><dd><a href="{{yearHref}}">{{year}}</a></dd></div>
        <div><dt>Sector</dt><dd>{{sector}}</dd></div>
        <div><dt>{{schoolsLabel}}</dt><dd><ul class="scholen">{{#schools}}<li>{{name}} <span class="brin">{{brinAndBranch}}</span>{{#place}}, {{place}}{{/place}}</li>{{/schools}}</ul></dd></div>
        <div><dt>Status</dt><dd><span class="status status-{{statusKey}}">{{status}}</span></dd></div>
        <div><dt>Herstelopdracht gegeven</dt><dd><time datetime="{{orderedISO}}">{{ordered}}</time></dd></div>
        <div><dt>Termijn</dt><dd><time datetime="{{deadlineISO}}">{{deadline}}</time></dd></div>
        {{#received}}
        <div><dt>Gegevens ontvangen</dt><dd><time datetime="{{receivedISO}}">{{received}}</time></dd></div>
        {{/received}}
        {{#closed}}
        <div><dt>Afgesloten</dt><dd><time datetime="{{closedISO}}">{{closed}}</time></dd></div>
        {{/closed}}
        </dl>
        </aside>
        <div class="rapport">
        {{{reportHTML}}}
        {{^reportHTML}}
        <p>Voor deze zaak is nog geen rapport opgesteld.</p>
        {{/reportHTML}}
        </div>
        </article>

        """#

    static let page = #"""
        <article class="vrije-pagina">
        <h1>{{pageTitle}}</h1>
        {{{pageHTML}}}
        </article>

        """#

    static let notFound = #"""
        <h1>Pagina niet gevonden</h1>
        <p>De pagina die u zocht bestaat niet (meer). Misschien is het adres verkeerd getypt, of is de pagina verplaatst.</p>
        <ul>
        <li><a href="{{root}}">Naar de startpagina</a></li>
        <li><a href="{{root}}besturen/">Alle besturen van A tot Z</a></li>
        </ul>

        """#
}
