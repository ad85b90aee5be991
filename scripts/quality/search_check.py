#!/usr/bin/env python3
"""Proves that finding a board works in a real browser (headless chromium, selenium).

    python3 scripts/quality/search_check.py public

On the largest school-year page, the A-Z list of boards and the home page:

  - without JavaScript the search boxes stay hidden and every row is shown;
  - typing a board name, bestuursnummer, school name, BRIN+vestiging, BRIN or place
    (taken from the site's own open data), or the earlier name of a renamed board on
    the A-Z list, filters the list as you type: the board is
    still shown, and exactly the rows whose search text holds every typed word are;
  - the count is in a live region (aria-live) and says how many are shown;
  - the sector and status filters show only their rows;
  - each sortable column sorts both ways and sets aria-sort on its header only;
  - the home page's search form leads to the A-Z list filtered by ?zoek=;
  - at phone width (390 px, rows shown as cards) filtered rows are hidden too;
  - no errors in the browser console.

Prints one line per check; exit status 1 when any fails, 0 when all pass, 2 for
wrong usage. Needs what scripts/quality/install.sh installs.
"""

from __future__ import annotations

import json
import sys
import time
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import qualitylib as ql  # noqa: E402

check = ql.Checks(verbose=False)


def fold(text: str) -> str:
    """As zoeken.js folds: accents off, lower case, letters, digits and spaces only."""
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if not "\u0300" <= c <= "\u036f").lower()
    return "".join(c for c in text if c == " " or unicodedata.category(c)[0] in "LN")


ITEMS_JS = """
const target = document.getElementById(arguments[0]);
return Array.from(target.querySelectorAll('[data-zoek]')).map(r => ({
  zoek: r.getAttribute('data-zoek'), sector: r.getAttribute('data-sector'),
  status: r.getAttribute('data-status'), shown: r.getClientRects().length > 0,
  text: r.textContent}));
"""
BOX_JS = """
const box = document.querySelector('[data-zoeken]');
const out = box.querySelector('output');
return {shown: box.getClientRects().length > 0, target: box.getAttribute('data-zoeken'),
        live: out ? (out.getAttribute('aria-live') || '') : null, count: out ? out.textContent : null,
        labelled: Array.from(box.querySelectorAll('input, select')).every(c => c.labels.length > 0)};
"""


def items(driver, target: str) -> list[dict]:
    return driver.execute_script(ITEMS_JS, target)


def wait_for(predicate, seconds: float = 3.0):
    end = time.time() + seconds
    while True:
        value = predicate()
        if value or time.time() > end:
            return value
        time.sleep(0.05)


def count_says(text: str | None, shown: int, total: int) -> bool:
    if text is None:
        return False
    if shown == 0:
        return text.startswith("Geen")
    first = text.split()[0] if text.split() else ""
    return first == str(shown) and (shown == total or str(total) in text)


def expect_filtered(driver, target: str, words: str, where: str, must_show: str | None = None,
                    sector: str = "", status: str = "") -> None:
    folded = fold(words).split()
    rows = items(driver, target)
    wrong = [r["text"].strip()[:60] for r in rows
             if r["shown"] != (all(w in r["zoek"] for w in folded)
                               and (not sector or r["sector"] == sector)
                               and (not status or r["status"] == status))]
    check(not wrong, f"{where}: shown rows are exactly those matching {words!r} {sector} {status}"
          f" (wrong: {wrong[:3]})")
    if must_show is not None:
        check(any(r["shown"] and must_show in r["zoek"] for r in rows),
              f"{where}: typing {words!r} keeps the board {must_show!r} in the list")
    shown = sum(r["shown"] for r in rows)
    text = wait_for(lambda: (t := driver.execute_script(BOX_JS)["count"])
                    and count_says(t, shown, len(rows)) and t)
    check(bool(text), f"{where}: the count says {shown} of {len(rows)} "
          f"(it says {driver.execute_script(BOX_JS)['count']!r})")


def type_into(driver, selector: str, text: str) -> None:
    from selenium.webdriver.common.by import By
    field = driver.find_element(By.CSS_SELECTOR, selector)
    field.clear()
    field.send_keys(text)


def search_page(driver, url: str, where: str, queries: list[tuple[str, str, str]]) -> None:
    """queries: (kind, text typed, a fold()ed text the board's row must hold)."""
    driver.get(url)
    box = driver.execute_script(BOX_JS)
    check(box["shown"], f"{where}: the search box is shown when JavaScript runs")
    check(box["live"] in ("polite", "assertive"), f"{where}: the count is an aria-live region")
    check(box["labelled"], f"{where}: every search field has a label")
    target = box["target"]
    for kind, text, board in queries:
        type_into(driver, "[data-zoeken] input[type=search]", text)
        expect_filtered(driver, target, text, f"{where}: {kind}", must_show=board)
    type_into(driver, "[data-zoeken] input[type=search]", "qqxqzq onvindbaar")
    expect_filtered(driver, target, "qqxqzq onvindbaar", f"{where}: nonsense")
    type_into(driver, "[data-zoeken] input[type=search]", "")
    driver.find_element("css selector", "[data-zoeken] input[type=search]").send_keys(" ")
    expect_filtered(driver, target, "", f"{where}: cleared")


def filters(driver, where: str) -> None:
    from selenium.webdriver.support.ui import Select
    target = driver.execute_script(BOX_JS)["target"]
    for key in ("sector", "status"):
        found = driver.find_elements("css selector", f"[data-zoeken] select[id^=filter-{key}]")
        values = {r[key] for r in items(driver, target)}
        if len(values) < 2:
            continue
        if not check(bool(found), f"{where}: a {key} filter (the list has {len(values)} values)"):
            continue
        select = Select(found[0])
        for option in [o.get_attribute("value") for o in select.options][1:]:
            select.select_by_value(option)
            expect_filtered(driver, target, "", f"{where}: {key} filter {option}",
                            **{key: option})
        select.select_by_value("")


SORT_JS = """
const th = arguments[0], table = th.closest('table');
const i = Array.from(th.parentNode.children).indexOf(th);
return {sort: Array.from(table.querySelectorAll('thead th')).map(h => h.getAttribute('aria-sort')),
        mine: th.getAttribute('aria-sort'),
        keys: Array.from(table.tBodies[0].rows).map(r => [r.children[i].getAttribute('data-waarde'),
                                                          r.children[i].textContent])};
"""


def sorting(driver, where: str) -> None:
    headers = driver.find_elements("css selector", "table.zaken thead th[data-sorteer]")
    check(bool(headers), f"{where}: sortable columns")
    for th in headers:
        name = th.text.replace("\xad", "").strip()
        buttons = th.find_elements("css selector", "button")
        if not check(bool(buttons), f"{where}: column {name!r} has a sort button"):
            continue
        for _ in range(2):
            before = driver.execute_script(SORT_JS, th)["mine"]
            buttons[0].click()
            state = driver.execute_script(SORT_JS, th)
            want = "descending" if before == "ascending" else "ascending"
            check(state["mine"] == want, f"{where}: {name!r} sorts {want} (aria-sort={state['mine']!r})")
            check(sum(s is not None for s in state["sort"]) == 1,
                  f"{where}: only {name!r} has aria-sort")
            keys = [value or fold(text) for value, text in state["keys"]]
            ordered = sorted(keys, reverse=(want == "descending"))
            check(keys == ordered, f"{where}: rows are in {want} order of {name!r}")


def earlier_name(root: Path) -> tuple[str, str] | None:
    """(an earlier name, its bestuursnummer) of a board that was renamed, from the open data."""
    cases = json.loads((root / "open-data" / "herstelopdrachten.json").read_text(encoding="utf-8"))
    names: dict[str, set[str]] = {}
    latest: dict[str, tuple[str, str]] = {}
    for c in cases:
        names.setdefault(c["bestuursnummer"], set()).add(c["bestuur"])
        latest[c["bestuursnummer"]] = max(latest.get(c["bestuursnummer"], ("", "")),
                                          (c["schooljaar"], c["bestuur"]))
    for number in sorted(names):
        older = sorted(names[number] - {latest[number][1]})
        if older:
            return older[0], number
    return None


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not (Path(argv[0]) / "index.html").is_file():
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    root = Path(argv[0]).resolve()
    years = [p for p in ql.all_pages(root) if p.kind == "year"]
    if not years:
        print("search_check: no school-year page to check", file=sys.stderr)
        return 1
    year = max(years, key=lambda p: (p.size, p.rel))
    cases = json.loads((root / "open-data" / year.url_path.split("/")[1] / "herstelopdrachten.json")
                       .read_text(encoding="utf-8"))
    # A board from the middle of the list, with a place and two or more schools if there is one.
    pool = cases[len(cases) // 3:] + cases[:len(cases) // 3]
    case = min(pool, key=lambda c: (c["plaats"] is None, len(c["scholen"]) < 2))
    number, school = case["bestuursnummer"], case["scholen"][-1]
    place = case["plaats"] or school["plaats"]
    name_words = case["bestuur"].split()
    queries = [
        ("board name, typed in part", " ".join(name_words[-2:]), number),
        ("board name, upper case without accents",
         "".join(c for c in unicodedata.normalize("NFD", case["bestuur"])
                 if not "\u0300" <= c <= "\u036f").upper(), number),
        ("bestuursnummer", number, number),
        ("school name", school["naam"], number),
        ("BRIN and vestiging", school["brin"] + school["vestiging"], number),
        ("BRIN in lower case", school["brin"].lower(), number),
    ]
    if place:
        queries.append(("place", place, number))
    print(f"search_check: {year.label} ({len(cases)} boards), board {number} {case['bestuur']!r}")

    with ql.SiteServer(root) as server:
        driver = ql.chrome_driver()
        try:
            # Without JavaScript: full lists, no empty search boxes.
            driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
            for page, selector in [(year.url_path, "[data-zoeken]"), ("besturen/", "[data-zoeken]"),
                                   ("", "form[data-zoekformulier]")]:
                driver.get(server.url + page)
                state = driver.execute_script(
                    "const b = document.querySelector(arguments[0]);"
                    "const rows = Array.from(document.querySelectorAll('[data-zoek]'));"
                    "return [b ? b.getClientRects().length > 0 : null,"
                    " rows.length, rows.filter(r => r.getClientRects().length > 0).length];", selector)
                check(state[0] is False, f"no JavaScript, /{page}: the search box is hidden")
                check(state[1] == state[2], f"no JavaScript, /{page}: all {state[1]} rows are shown"
                      f" ({state[2]} are)")
            driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})

            where = f"/{year.url_path}"
            search_page(driver, server.url + year.url_path, where, queries)
            filters(driver, where)
            type_into(driver, "[data-zoeken] input[type=search]", case["bestuur"])
            with_status = driver.find_elements("css selector", "[data-zoeken] select[id^=filter-status]")
            if with_status:
                from selenium.webdriver.support.ui import Select
                Select(with_status[0]).select_by_value(case["status"])
                expect_filtered(driver, driver.execute_script(BOX_JS)["target"], case["bestuur"],
                                f"{where}: search and status filter together", must_show=number,
                                status=case["status"])
            driver.get(server.url + year.url_path)
            sorting(driver, where)

            search_page(driver, server.url + "besturen/", "/besturen/", queries)
            type_into(driver, "[data-zoeken] input[type=search]", number)
            groups = driver.execute_script(
                "return Array.from(document.querySelectorAll('.letter-groep')).filter("
                "g => g.getClientRects().length > 0).length")
            check(groups == 1, f"/besturen/: only the letter of board {number} is left ({groups} shown)")

            renamed = earlier_name(root)
            if renamed:
                old, board = renamed
                type_into(driver, "[data-zoeken] input[type=search]", old)
                expect_filtered(driver, "besturenlijst", old, "/besturen/: a board's earlier name",
                                must_show=board)

            driver.get(server.url)
            forms = driver.find_elements("css selector", "form[data-zoekformulier]")
            if check(bool(forms) and forms[0].is_displayed(), "/: the search form is shown"):
                type_into(driver, "form[data-zoekformulier] input[type=search]", school["naam"])
                forms[0].find_element("css selector", "button[type=submit]").click()
                wait_for(lambda: "besturen/" in driver.current_url)
                check("zoek=" in driver.current_url, f"/: the form leads to {driver.current_url}")
                expect_filtered(driver, "besturenlijst", school["naam"], "/besturen/?zoek=",
                                must_show=number)

            ql.emulate_viewport(driver, 390, 844, True)
            driver.get(server.url + year.url_path)
            type_into(driver, "[data-zoeken] input[type=search]", number)
            expect_filtered(driver, driver.execute_script(BOX_JS)["target"], number,
                            f"{where} at 390 px", must_show=number)

            errors = [e["message"] for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
            check(not errors, f"browser console without errors ({errors[:3]})")
        finally:
            driver.quit()

    print(f"search_check: {check.passed + len(check.failures)} checks, {len(check.failures)} failed")
    return 1 if check.failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
