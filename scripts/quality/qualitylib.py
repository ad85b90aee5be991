"""Shared pieces of check_site.py and screenshots.py.

A built site (public/) is served over a throwaway local HTTP server, its pages are
sorted into the page types of SPEC.md section 3, and Debian's chromium is driven
through selenium with the Debian chromedriver (no download, works offline).
"""

from __future__ import annotations

import functools
import http.server
import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path

CHROMIUM = os.environ.get("CHROMIUM_BIN", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
CHROME_ARGS = ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage"]

# Selenium must never try to fetch a browser or driver: CI has no internet.
os.environ.setdefault("SE_OFFLINE", "true")

# ---------------------------------------------------------------------------
# Serving public/


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *args, also_at: str | None = None, **kwargs):
        self.also_at = also_at
        super().__init__(*args, **kwargs)

    def translate_path(self, path):
        # The site is served at / and also at the basis-url's own path, so that pages
        # served at any path (404.html) can link from the host root, as on the real host.
        if self.also_at and path.startswith(self.also_at):
            path = "/" + path[len(self.also_at):]
        return super().translate_path(path)

    def end_headers(self):
        # Lets LinkChecker lift its politeness limit of ~3 requests a second per host
        # (linkcheck/checker/httpurl.py): this server is ours and local.
        self.send_header("LinkChecker", "local")
        super().end_headers()

    def log_message(self, format, *args):  # noqa: A002 - signature is fixed
        pass

    def handle_one_request(self):
        try:
            super().handle_one_request()
        except (ConnectionResetError, BrokenPipeError):
            pass  # a client hung up; not the site's problem


class SiteServer:
    """Serves a folder on 127.0.0.1 at a free port, in a daemon thread; at / and, when
    also_at is a path like "/herstelopdrachten/", there too."""

    def __init__(self, root: Path, also_at: str | None = None):
        if also_at in ("", "/"):
            also_at = None
        handler = functools.partial(_QuietHandler, directory=str(root), also_at=also_at)
        self._httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self.port = self._httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def __enter__(self) -> "SiteServer":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


# ---------------------------------------------------------------------------
# Page types (SPEC.md section 3)

YEAR = r"\d{4}-\d{4}"
PAGE_TYPES: list[tuple[str, re.Pattern[str]]] = [
    ("home", re.compile(r"index\.html")),
    ("notfound", re.compile(r"404\.html")),
    ("years", re.compile(r"schooljaren/index\.html")),
    ("year", re.compile(rf"schooljaren/{YEAR}/index\.html")),
    ("boards", re.compile(r"besturen/index\.html")),
    ("board", re.compile(r"besturen/[^/]+/index\.html")),
    ("report", re.compile(rf"besturen/[^/]+/{YEAR}/index\.html")),
    ("page", re.compile(r"[^/]+/index\.html")),
]
# Types of which one example is enough; of every other type each page is taken.
ONE_OF_TYPE = {"year", "board", "report"}


@dataclass(frozen=True)
class Page:
    rel: str  # path below public/, POSIX, e.g. "besturen/41234/index.html"
    kind: str  # a name from PAGE_TYPES, or "other"
    size: int

    @property
    def url_path(self) -> str:
        """The clean URL path below the site root: "besturen/41234/"."""
        if self.rel == "index.html":
            return ""
        if self.rel.endswith("/index.html"):
            return self.rel[: -len("index.html")]
        return self.rel

    @property
    def label(self) -> str:
        return self.url_path or "/"


def classify(rel: str) -> str:
    for kind, pattern in PAGE_TYPES:
        if pattern.fullmatch(rel):
            return kind
    return "other"


def html_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.html") if p.is_file())


def all_pages(root: Path) -> list[Page]:
    pages = []
    for path in html_files(root):
        rel = path.relative_to(root).as_posix()
        pages.append(Page(rel, classify(rel), path.stat().st_size))
    return pages


def representative_pages(pages: list[Page]) -> list[Page]:
    """One page of each type, every free page, and one of each other URL shape.

    Of the types with many pages (year, board, report) the largest file is taken:
    the most content is the most likely to show a problem.
    """
    chosen: dict[str, Page] = {}
    for page in pages:
        if page.kind in ONE_OF_TYPE:
            key = page.kind
        elif page.kind == "other":
            key = "other:" + re.sub(r"\d+", "#", page.rel)
        else:
            key = page.rel
        best = chosen.get(key)
        if best is None or (page.size, page.rel) > (best.size, best.rel):
            if page.kind == "other" and best is not None:
                continue  # keep the first of a shape; sizes say little there
            chosen[key] = page
    order = {kind: i for i, (kind, _) in enumerate(PAGE_TYPES)}
    return sorted(chosen.values(), key=lambda p: (order.get(p.kind, 99), p.rel))


# ---------------------------------------------------------------------------
# Browser


def chrome_driver(width: int = 1280, height: int = 900):
    """A headless Debian chromium under selenium, with browser console logging."""
    import subprocess

    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in CHROME_ARGS + [f"--window-size={width},{height}", "--lang=nl-NL",
                              "--hide-scrollbars", "--force-color-profile=srgb"]:
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "SEVERE"})
    service = Service(executable_path=CHROMEDRIVER, log_output=subprocess.DEVNULL)
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(120)
    return driver


def emulate_viewport(driver, width: int, height: int, mobile: bool, scale: float = 1) -> None:
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": scale, "mobile": mobile},
    )


def clear_viewport(driver) -> None:
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


class Checks:
    """Counts checks that pass and names those that fail, for the scripts that click
    through a site (search_check, offline_check). `verbose` prints passes too."""

    def __init__(self, verbose: bool = False) -> None:
        self.verbose = verbose
        self.passed = 0
        self.failures: list[str] = []

    def __call__(self, ok: bool, what: str) -> bool:
        if ok:
            self.passed += 1
            if self.verbose:
                print(f"ok: {what}", flush=True)
        else:
            self.failures.append(what)
            print(f"FAIL: {what}", flush=True)
        return ok
