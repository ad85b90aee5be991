#!/usr/bin/env python3
"""Proves that a `herstelsite build --offline` copy works from the file system (SPEC §3).

    python3 scripts/quality/offline_check.py PUBLIC

Opens PUBLIC/index.html as a file:// URL in headless chromium (no server anywhere) and
follows the site as a reader would, by clicking: the main menu to the school years and a
year, the A–Z list, a board, a report, the breadcrumb home; the home page's search form to
the A–Z list filtered by ?zoek=. Every click must land on a page of the site (a file with
the site's <main>), never a folder listing; the search on the year page and the A–Z list
must run (JavaScript from file://) and filter. Then every page is opened and every link the
browser resolves to a file:// URL must name a file of the copy, not a folder. No errors in
the browser console.

Prints one line per check; exit status 1 when any fails, 0 when all pass, 2 for wrong usage.
Needs what scripts/quality/install.sh installs.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
import qualitylib as ql  # noqa: E402

check = ql.Checks(verbose=True)


LANDED_JS = """
return {url: location.href, title: document.title,
        main: !!document.querySelector('main#inhoud'),
        listing: document.title.indexOf('Index of') === 0 || !!document.querySelector('#parentDirLinkBox')};
"""


def local_path(url: str) -> Path | None:
    parts = urlsplit(url)
    return Path(unquote(parts.path)) if parts.scheme == "file" else None


def landed(driver, root: Path, where: str, expect: str | None = None) -> bool:
    """The browser shows a page of the copy: a file below root, with the site's <main>."""
    end = time.time() + 10
    state = driver.execute_script(LANDED_JS)
    while (driver.execute_script("return document.readyState") != "complete" or not state["main"]) and time.time() < end:
        time.sleep(0.1)
        state = driver.execute_script(LANDED_JS)
    path = local_path(state["url"])
    rel = path.relative_to(root).as_posix() if path and path.is_relative_to(root) else None
    ok = (rel is not None and path.is_file() and state["main"] and not state["listing"]
          and (expect is None or rel == expect))
    return check(ok, f"{where}: lands on {rel or state['url']} ({state['title']!r})"
                 + ("" if expect is None or rel == expect else f", expected {expect}"))


def click(driver, selector: str, text: str | None = None) -> bool:
    from selenium.webdriver.common.by import By
    links = driver.find_elements(By.CSS_SELECTOR, selector)
    if text is not None:
        links = [a for a in links if a.text.strip() == text]
    if not links:
        check(False, f"a link {selector} {text or ''} on {driver.current_url}")
        return False
    before = driver.current_url
    links[0].click()
    end = time.time() + 10
    while driver.current_url == before and time.time() < end:
        time.sleep(0.05)
    return True


COUNT_JS = """
const rows = Array.from(document.querySelectorAll('[data-zoek]'));
const box = document.querySelector('[data-zoeken]');
return {box: box ? box.getClientRects().length > 0 : false, rows: rows.length,
        shown: rows.filter(r => r.getClientRects().length > 0).length};
"""


def search_runs(driver, words: str, where: str) -> None:
    from selenium.webdriver.common.by import By
    state = driver.execute_script(COUNT_JS)
    if not check(state["box"], f"{where}: the search box is shown (its script ran from file://)"):
        return
    field = driver.find_element(By.CSS_SELECTOR, "[data-zoeken] input[type=search]")
    field.clear()
    field.send_keys(words)
    end = time.time() + 3
    while time.time() < end and driver.execute_script(COUNT_JS)["shown"] == state["rows"]:
        time.sleep(0.05)
    after = driver.execute_script(COUNT_JS)
    check(0 < after["shown"] < state["rows"], f"{where}: typing {words!r} filters {state['rows']} rows to {after['shown']}")


LINKS_JS = """
return Array.from(document.querySelectorAll('a[href], link[href], form[action]'))
  .map(e => e.tagName === 'FORM' ? e.action : e.href);
"""


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not (Path(argv[0]) / "index.html").is_file():
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    root = Path(argv[0]).resolve()
    home = (root / "index.html").as_uri()
    driver = ql.chrome_driver()
    try:
        driver.get(home)
        landed(driver, root, "file:// home", "index.html")
        click(driver, "nav.menu a", "Schooljaren")
        landed(driver, root, "menu Schooljaren", "schooljaren/index.html")
        click(driver, "a.tegel")
        if landed(driver, root, "a school-year tile"):
            board = driver.execute_script(
                "const a = document.querySelector('table.zaken tbody th a'); return a ? a.textContent : ''")
            search_runs(driver, board, "school-year page")
        click(driver, "nav.menu a", "Besturen A–Z")
        landed(driver, root, "menu Besturen A–Z", "besturen/index.html")
        first = driver.execute_script("const a = document.querySelector('[data-zoek] a'); return a ? a.textContent : ''")
        search_runs(driver, first, "A–Z list")
        driver.get((root / "besturen" / "index.html").as_uri())
        click(driver, "[data-zoek] a")
        landed(driver, root, f"A–Z link {first!r}")
        click(driver, "td.kol-rapport a")
        if landed(driver, root, "a board's report link"):
            check(bool(driver.find_elements("css selector", "aside.feiten")), "the report page shows its fact box")
        click(driver, "nav.kruimelpad a", "Home")
        landed(driver, root, "breadcrumb Home", "index.html")

        from selenium.webdriver.common.by import By
        forms = driver.find_elements(By.CSS_SELECTOR, "form[data-zoekformulier]")
        if check(bool(forms) and forms[0].is_displayed(), "home: the search form is shown"):
            field = forms[0].find_element(By.CSS_SELECTOR, "input[name=zoek]")
            field.send_keys(first)
            forms[0].submit()
            time.sleep(0.3)
            if landed(driver, root, "home search form", "besturen/index.html"):
                check(urlsplit(driver.current_url).query.startswith("zoek="), f"the search is in the URL ({driver.current_url})")
                state = driver.execute_script(COUNT_JS)
                check(0 < state["shown"] < state["rows"], f"the A–Z list is filtered by it ({state['shown']} of {state['rows']})")

        # Every link of every page, as the browser resolves it.
        broken: list[str] = []
        followed = 0
        pages = ql.html_files(root)
        for page in pages:
            driver.get(page.as_uri())
            for href in driver.execute_script(LINKS_JS):
                target = local_path(href)
                if target is None:
                    continue
                followed += 1
                if not target.is_file():
                    broken.append(f"{page.relative_to(root)} -> {href}")
        check(not broken, f"{followed} file:// links on {len(pages)} pages each name a file"
              + (f"; not: {broken[:5]}" if broken else ""))
        errors = [e["message"] for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
        check(not errors, f"browser console without errors ({errors[:3]})")
    finally:
        driver.quit()
    print(f"offline_check: {check.passed} passed, {len(check.failures)} failed")
    return 1 if check.failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
