extension BuiltinTheme {
    /// The built-in stylesheet; `Content/theme/herstelsite.css` replaces it.
    static let stylesheet = #"""
        /* herstelsite: sober, calm, readable. Colours meet WCAG 2.1 AA contrast on white. */
        :root {
          --blauw: #154273;        /* dark blue: header, headings */
          --lintblauw: #01689b;    /* links and accents */
          --lichtblauw: #e5f0f9;   /* fact box, hover */
          --grijs-1: #f3f3f3;
          --grijs-3: #cccccc;
          --grijs-6: #535353;
          --tekst: #1a1a1a;
          --groen: #275937;
          --groen-licht: #e1eddb;
          --rood: #8f1b1b;
          --rood-licht: #f9dfdd;
          --geel: #ffe37f;
          --focus: #ffb612;
          --maat: 72rem;
        }
        *, *::before, *::after { box-sizing: border-box; }
        /* Rules below set display on boxes the search script hides (table rows become cards on
           a phone, the search box is a flex box): hidden must win over all of them. */
        [hidden] { display: none !important; }
        html { -webkit-text-size-adjust: 100%; }
        body {
          margin: 0;
          min-height: 100vh;
          display: flex;
          flex-direction: column;
          font-family: "RO Sans", "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", sans-serif;
          font-size: 1.0625rem;
          line-height: 1.6;
          color: var(--tekst);
          background: #fff;
          /* A long address or name wraps instead of widening the page on a phone */
          overflow-wrap: break-word;
        }
        .wrap { max-width: var(--maat); margin-left: auto; margin-right: auto; padding-left: 1.25rem; padding-right: 1.25rem; }
        .alleen-print { display: none; }
        a { color: var(--lintblauw); }
        a:hover { color: var(--blauw); text-decoration: underline double; }
        a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, [tabindex]:focus-visible {
          outline: 3px solid var(--focus);
          outline-offset: 2px;
          box-shadow: 0 0 0 5px var(--blauw);
        }
        main:focus { outline: none; }
        .visually-hidden {
          position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0;
          overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
        }
        .skiplink { position: absolute; left: 1rem; top: -10rem; z-index: 10; background: #fff; color: var(--blauw); padding: 0.75rem 1rem; font-weight: 700; }
        .skiplink:focus { top: 0.5rem; }

        /* Header */
        .kop { border-bottom: 1px solid var(--grijs-3); }
        .kop-balk { padding-top: 1.25rem; padding-bottom: 1.25rem; }
        .merk { display: inline-flex; flex-direction: column; text-decoration: none; color: var(--blauw); border-left: 0.75rem solid var(--blauw); padding-left: 0.9rem; }
        .merk-organisatie { font-size: 0.95rem; }
        .merk-titel { font-size: 1.3rem; font-weight: 700; line-height: 1.3; }
        .menu { background: var(--blauw); }
        .menu ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0 0.25rem; margin: 0 auto; padding-top: 0; padding-bottom: 0; }
        .menu a { display: block; color: #fff; text-decoration: none; padding: 0.7rem 0.9rem; }
        .menu a:hover, .menu a[aria-current="page"] { background: #0b2e55; text-decoration: underline; }
        .menu li:first-child a { margin-left: -0.9rem; }

        .concept { background: var(--geel); border-bottom: 2px solid #b38600; padding: 0.75rem 0; }

        /* Content */
        main { padding-top: 1rem; padding-bottom: 3rem; display: block; flex: 1 0 auto; width: 100%; }
        h1, h2, h3, h4 { color: var(--blauw); line-height: 1.25; }
        h1 { font-size: clamp(1.75rem, 1.3rem + 1.6vw, 2.4rem); margin: 0.5rem 0 1.25rem; }
        h2 { font-size: 1.5rem; margin: 2rem 0 0.75rem; }
        h3 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; }
        p, ul, ol, dl, table { margin-top: 0; margin-bottom: 1rem; }
        .inleiding { max-width: 46rem; font-size: 1.125rem; }
        .samenvatting { max-width: 46rem; }
        .meta { color: var(--grijs-6); font-size: 0.95rem; }
        .bovenkop { color: var(--grijs-6); margin: 0; font-size: 1rem; }

        .kruimelpad ol { list-style: none; display: flex; flex-wrap: wrap; padding: 0; margin: 0 0 0.5rem; font-size: 0.95rem; }
        .kruimelpad li + li::before { content: "›"; padding: 0 0.5rem; color: var(--grijs-6); }

        .kolommen { display: grid; grid-template-columns: 1fr; gap: 0 3rem; }
        @media (min-width: 50rem) { .kolommen { grid-template-columns: 1fr 1fr; } }
        .tegels { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: 0.75rem; }
        .tegel { display: block; border: 1px solid var(--grijs-3); border-left: 0.4rem solid var(--lintblauw); padding: 0.8rem 1rem; text-decoration: none; color: var(--tekst); }
        .tegel:hover { background: var(--lichtblauw); }
        .tegel-titel { display: block; font-weight: 700; color: var(--lintblauw); text-decoration: underline; }
        .tegel-telling { color: var(--grijs-6); }
        .recent { list-style: none; padding: 0; }
        .recent li { padding: 0.6rem 0; border-bottom: 1px solid var(--grijs-3); }
        .recent .meta { display: block; }

        /* Search form on the home page */
        .zoekbalk { background: var(--lichtblauw); padding: 1.25rem 1.5rem; margin: 0 0 1rem; max-width: 46rem; }
        .zoekbalk label { display: block; font-weight: 700; font-size: 1.2rem; color: var(--blauw); }
        .zoekbalk .hint { margin: 0 0 0.5rem; color: #3b3b3b; }
        .zoekbalk-invoer { display: flex; flex-wrap: wrap; gap: 0.5rem; }
        .zoekbalk input { flex: 1 1 14rem; min-width: 0; font: inherit; padding: 0.5rem 0.6rem; border: 1px solid var(--grijs-6); border-radius: 0; }
        .zoekbalk button { font: inherit; font-weight: 700; padding: 0.5rem 1.25rem; border: 1px solid var(--blauw); border-radius: 0; background: var(--blauw); color: #fff; cursor: pointer; }
        .zoekbalk button:hover { background: #0b2e55; text-decoration: underline; }
        .downloads-lijst { padding-left: 1.25rem; }

        /* Tables */
        .tabel-kader { overflow-x: auto; margin-bottom: 1.5rem; max-width: 100%; }
        table { border-collapse: collapse; width: 100%; font-size: 0.975rem; }
        caption { text-align: left; font-weight: 700; color: var(--blauw); padding: 0 0 0.5rem; }
        th, td { text-align: left; vertical-align: top; padding: 0.55rem 0.75rem 0.55rem 0; border-bottom: 1px solid var(--grijs-3); }
        thead th { border-bottom: 2px solid var(--blauw); font-weight: 700; white-space: nowrap; }
        tbody th { font-weight: 400; }
        tbody tr:hover { background: var(--grijs-1); }
        table.zaken time { white-space: nowrap; }
        .toen { margin: 0.25rem 0 0; }
        .scholen { list-style: none; padding: 0; margin: 0; }
        .brin { font-variant-numeric: tabular-nums; color: var(--grijs-6); white-space: nowrap; }
        .status { display: inline-block; padding: 0 0.45rem; border-radius: 0.2rem; font-size: 0.9rem; white-space: nowrap; }
        .status-voldaan { background: var(--groen-licht); color: var(--groen); }
        .status-niet-voldaan { background: var(--rood-licht); color: var(--rood); }
        .status-open { background: var(--grijs-1); color: var(--grijs-6); }
        .label-concept { background: var(--geel); color: #000; font-size: 0.8rem; padding: 0 0.35rem; text-transform: uppercase; letter-spacing: 0.03em; }
        .downloads { color: var(--grijs-6); }

        /* Board pages and lists */
        .kenmerken { display: flex; flex-wrap: wrap; gap: 0.5rem 2.5rem; }
        .kenmerken dt { color: var(--grijs-6); font-size: 0.95rem; }
        .kenmerken dd { margin: 0; font-weight: 700; }
        .eerdere-namen { list-style: none; padding: 0; margin: 0; font-weight: 400; }
        .letters ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem; }
        .letters a { display: inline-block; min-width: 2.25rem; padding: 0.3rem 0.5rem; text-align: center; border: 1px solid var(--grijs-3); text-decoration: none; font-weight: 700; }
        .letters a:hover { background: var(--lichtblauw); }
        .besturen { list-style: none; padding: 0; columns: 2 24rem; column-gap: 3rem; }
        .besturen li { break-inside: avoid; padding: 0.3rem 0; }
        .besturen .meta { display: block; }

        /* Report page */
        .rapport-pagina { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0 3rem; }
        .rapport > :first-child { margin-top: 0; }
        @media (min-width: 62rem) {
          .rapport-pagina { grid-template-columns: minmax(0, 1fr) 20rem; }
          .rapport-pagina > .bovenkop, .rapport-pagina > h1 { grid-column: 1 / -1; }
          .feiten { grid-column: 2; grid-row: 3; align-self: start; }
          .rapport { grid-column: 1; grid-row: 3; }
        }
        .feiten { background: var(--lichtblauw); padding: 1rem 1.25rem; margin-bottom: 1.5rem; border-top: 0.3rem solid var(--blauw); }
        .feiten h2 { font-size: 1.15rem; margin-top: 0; }
        .feiten dl { margin: 0; }
        .feiten dl > div { padding: 0.35rem 0; border-bottom: 1px solid #c4d9ec; }
        .feiten dl > div:last-child { border-bottom: 0; }
        .feiten dt { font-size: 0.9rem; color: #3b3b3b; }
        .feiten dd { margin: 0; font-weight: 600; }
        .feiten .brin { color: #3b3b3b; }
        .feiten .scholen li + li { margin-top: 0.3rem; }
        .rapport { max-width: 46rem; }
        .rapport table { margin-bottom: 1.5rem; }
        .rapport th, .rapport td { padding-right: 1rem; }
        .vrije-pagina { max-width: 46rem; }
        .vrije-pagina td code, .rapport td code { overflow-wrap: anywhere; }

        /* Search, filters and sorting, added by script */
        .zoeken { background: var(--grijs-1); padding: 1rem 1.25rem; margin-bottom: 1.25rem; display: flex; flex-wrap: wrap; gap: 0.75rem 1.5rem; align-items: end; }
        .zoeken label { display: block; font-weight: 700; font-size: 0.95rem; }
        .zoeken-veld { flex: 0 1 14rem; min-width: 0; }
        .zoeken-veld:first-child { flex: 1 1 22rem; max-width: 36rem; }
        .zoeken input, .zoeken select { font: inherit; width: 100%; height: 2.6rem; padding: 0.3rem 0.5rem; border: 1px solid var(--grijs-6); border-radius: 0; background: #fff; color: var(--tekst); }
        .zoeken output { flex-basis: 100%; color: var(--grijs-6); }
        th button { font: inherit; font-weight: 700; color: var(--lintblauw); background: none; border: 0; padding: 0; margin: 0; cursor: pointer; text-decoration: underline; text-align: left; }
        th button:hover { color: var(--blauw); }
        .sorteer-pijl::after { content: "↕"; display: inline-block; margin-left: 0.3em; color: var(--grijs-6); text-decoration: none; }
        th[aria-sort="ascending"] .sorteer-pijl::after { content: "↑"; color: var(--blauw); }
        th[aria-sort="descending"] .sorteer-pijl::after { content: "↓"; color: var(--blauw); }

        /* Footer */
        .voet { background: var(--blauw); color: #fff; padding: 2rem 0; margin-top: 2rem; }
        .voet a { color: #fff; }
        .voet-kolommen { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 1rem 3rem; }
        .voet-titel { font-weight: 700; margin-bottom: 0.25rem; }
        .voet-links { list-style: none; padding: 0; margin: 0; }
        .voet-links li { padding: 0.15rem 0; }

        @media (max-width: 40rem) {
          body { font-size: 1rem; }
          .merk-titel { font-size: 1.1rem; }
          .menu a { padding: 0.6rem 0.7rem; }
          .menu li:first-child a { margin-left: -0.7rem; }
          .zoekbalk, .zoeken { padding: 1rem; }
          .zoeken-veld, .zoeken-veld:first-child { flex: 1 1 100%; max-width: none; }
          /* Tables become stacked cards on a phone, each value with its column's name */
          table.zaken caption { display: block; }
          table.zaken thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
          table.zaken, table.zaken tbody, table.zaken tr, table.zaken th, table.zaken td { display: block; width: 100%; }
          table.zaken tr { border: 1px solid var(--grijs-3); border-left: 0.3rem solid var(--lintblauw); padding: 0.6rem 0.9rem; margin-bottom: 0.75rem; }
          table.zaken th, table.zaken td { border: 0; padding: 0.2rem 0; }
          table.zaken tbody th { font-weight: 700; font-size: 1.05rem; padding-bottom: 0.4rem; }
          table.zaken tbody th[data-label]::before { content: attr(data-label) " "; }
          table.zaken td[data-label] { display: grid; grid-template-columns: minmax(7rem, 38%) minmax(0, 1fr); gap: 0 0.75rem; }
          /* Read out too: where a browser drops table semantics for a card, it is the only label */
          table.zaken td[data-label]::before { content: attr(data-label); color: var(--grijs-6); font-size: 0.95rem; }
          table.zaken td[data-label] > * { grid-column: 2; justify-self: start; }
          table.zaken td.kol-rapport { padding-top: 0.4rem; }
          .feiten { padding: 0.9rem 1rem; }
        }

        @media print {
          @page { size: A4; margin: 2cm; }
          body { font-size: 11pt; color: #000; display: block; min-height: 0; }
          .skiplink, .menu, .voet, .zoeken, .zoekbalk, .letters, .kruimelpad, .downloads, .sorteer-pijl, .kol-rapport { display: none !important; }
          main { padding: 0; }
          .alleen-print { display: block; font-size: 9pt; color: #000; border-top: 1px solid #000; padding-top: 0.3cm; margin-top: 0.5cm; }
          .tabel-kader { overflow: visible; }
          thead { display: table-header-group; }
          .wrap { padding-left: 0; padding-right: 0; }
          /* Chromium leaves form controls out of a table header repeated on each page */
          th button { display: contents; color: #000; text-decoration: none; }
          .kop { border: 0; }
          .merk { border-left-width: 0.3rem; }
          a { color: #000; text-decoration: none; }
          main a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; overflow-wrap: anywhere; }
          .rapport-pagina { display: block; }
          .feiten { background: none; border: 1px solid #000; break-inside: avoid; padding: 0.3cm 0.4cm; }
          .feiten dl > div { display: grid; grid-template-columns: 4.2cm minmax(0, 1fr); gap: 0 0.3cm; padding: 0.08cm 0; border-color: #999; }
          .feiten dt { font-size: 10pt; color: #000; }
          .feiten .brin, .brin, .meta { color: #000; }
          .status { border: 1px solid #000; background: none !important; color: #000 !important; }
          table { font-size: 10pt; }
          tr, li { break-inside: avoid; }
          h1, h2, h3 { color: #000; break-after: avoid; }
          .concept { border: 2px solid #000; }
        }

        """#
}
