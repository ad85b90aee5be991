#!/usr/bin/env python3
"""Shows, in a real headless Chromium, that an open preview page reloads by itself.

Starts `herstelsite serve --port 0` on a temporary copy of Content/, opens a board's
report page, then changes the content three times on disk and waits for the open
page to follow, without the script ever navigating:

  1. an edit of the board's name      -> the page shows the new name
  2. a required field removed         -> the page becomes the error page (file:line)
  3. the field put back               -> the report page returns

A marker set on `window` proves each change came from a reload of the page itself.

Needs Debian's `chromium` and `chromium-driver` and Python's `selenium`:
  apt-get install -y chromium chromium-driver && pip install selenium
Usage: scripts/serve-reload-check.py [path/to/herstelsite]   (default .build/debug/herstelsite)
"""

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build/debug/herstelsite")
CASE = "cases/2022-2023/stichting-ster-sso.md"
PAGE = "besturen/22458/2022-2023/"


def start_server(content):
    server = subprocess.Popen(
        [BINARY, "serve", "--port", "0", "--content", content],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines = []
    found = threading.Event()
    url = []

    def read(stream, prefix):
        for line in stream:
            lines.append(prefix + line.rstrip("\n"))
            match = re.search(r"Preview: (http://\S+/)", line)
            if match and not url:
                url.append(match.group(1))
                found.set()

    threading.Thread(target=read, args=(server.stdout, "serve| "), daemon=True).start()
    threading.Thread(target=read, args=(server.stderr, "serve! "), daemon=True).start()
    if not found.wait(90):
        server.kill()
        sys.exit("no URL printed:\n" + "\n".join(lines))
    return server, url[0], lines


def wait_for(driver, script, what, timeout=20):
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if driver.execute_script(script):
            return time.monotonic() - started
        time.sleep(0.1)
    raise SystemExit(f"FAIL: {what} not seen within {timeout} s")


def mark(driver):
    driver.execute_script("window.__notReloaded = true;")


RELOADED = "return window.__notReloaded === undefined && document.readyState === 'complete'"


def main():
    folder = tempfile.mkdtemp(prefix="herstelsite-reload-")
    content = os.path.join(folder, "Content")
    shutil.copytree(os.path.join(ROOT, "Content"), content)
    case_path = os.path.join(content, CASE)
    original = open(case_path, encoding="utf-8").read()
    server, url, log = start_server(content)
    print(f"server: {url}")

    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"]:
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    ok = False
    try:
        driver.get(url + PAGE)
        print(f"opened {url + PAGE}")
        print(f"  title: {driver.title}")
        print(f"  h1:    {driver.find_element('tag name', 'h1').text}")

        mark(driver)
        with open(case_path, "w", encoding="utf-8") as f:
            f.write(original.replace("naam: Stichting *Ster* [SSO]", "naam: Stichting Herladen Ster"))
        seconds = wait_for(driver, RELOADED + " && document.body.innerText.includes('Stichting Herladen Ster')",
                           "the renamed board")
        print(f"1. edited the board's name on disk -> page reloaded by itself after {seconds:.2f} s")
        print(f"  title: {driver.title}")
        print(f"  h1:    {driver.find_element('tag name', 'h1').text}")

        mark(driver)
        with open(case_path, "w", encoding="utf-8") as f:
            f.write(original.replace("sector: so\n", ""))
        seconds = wait_for(driver, RELOADED + " && document.title.startsWith('De inhoud bevat')", "the error page")
        print(f"2. removed the required field 'sector' -> error page after {seconds:.2f} s")
        print(f"  title: {driver.title}")
        for item in driver.find_elements("css selector", "ol.fouten li"):
            print(f"  error: {item.text}")

        mark(driver)
        with open(case_path, "w", encoding="utf-8") as f:
            f.write(original)
        seconds = wait_for(driver, RELOADED + " && document.body.innerText.includes('Stichting *Ster* [SSO]')",
                           "the fixed page")
        print(f"3. put the field back -> report page back after {seconds:.2f} s")
        print(f"  title: {driver.title}")
        console = [entry for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]
        print(f"  browser console errors: {len(console)}")
        for entry in console:
            print(f"    {entry.get('message')}")
        ok = True
    finally:
        driver.quit()
        server.send_signal(signal.SIGINT)
        try:
            status = server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            status = "still running 10 s after SIGINT"
        print(f"server stopped on SIGINT with exit status {status}")
        print("server log:")
        for line in log:
            print("  " + line)
        shutil.rmtree(folder, ignore_errors=True)
    if not ok or status != 0:
        sys.exit(1)
    print("PASS: the open page followed every change by itself")


if __name__ == "__main__":
    main()
