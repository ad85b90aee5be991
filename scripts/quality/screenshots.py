#!/usr/bin/env python3
"""Screenshots of a built herstelsite, for a person to look at.

    python3 scripts/quality/screenshots.py public OUTDIR

Writes to OUTDIR, for one page of each type (home, year, boards, board, report,
free page, 404; plus any other type found):

  TYPE-desktop-1280.png      full page height, 1280 CSS px wide
  TYPE-phone-390.png         full page height, 390 CSS px wide, as a phone
  TYPE-print.pdf             chromium --print-to-pdf (the print stylesheet), for the
  TYPE-print-N.png           report and a year page, each PDF page as a PNG (pdftoppm)

and index.txt listing which URL each file shows. Run scripts/quality/install.sh first.
"""

from __future__ import annotations

import argparse
import base64
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import qualitylib as ql  # noqa: E402

VIEWPORTS = [("desktop", 1280, 900, False), ("phone", 390, 844, True)]
PRINT_KINDS = ["report", "year"]
MAX_HEIGHT = 16000  # CSS px; chromium refuses far taller captures


def one_of_each_type(root: Path) -> list[ql.Page]:
    seen: dict[str, ql.Page] = {}
    for page in ql.representative_pages(ql.all_pages(root)):
        seen.setdefault(page.kind, page)
    return list(seen.values())


def base_path(root: Path) -> str | None:
    """The basis-url's path, from the home page's canonical link, so that 404.html can
    load its stylesheet when it links from the host root."""
    m = re.search(r'<link[^>]*rel="canonical"[^>]*href="https?://[^/"]+(/[^"]*)"',
                  (root / "index.html").read_text(encoding="utf-8", errors="replace"))
    return m.group(1) if m else None


def full_page_png(driver, url: str, width: int, height: int, mobile: bool) -> bytes:
    ql.emulate_viewport(driver, width, height, mobile)
    driver.get(url)
    full = driver.execute_script(
        "return Math.ceil(Math.max(document.documentElement.scrollHeight,"
        " document.body ? document.body.scrollHeight : 0))")
    full = max(height, min(int(full), MAX_HEIGHT))
    # Make the viewport as tall as the page, so the capture is the whole page as laid
    # out at this width (no stitching, no sticky headers repeated).
    ql.emulate_viewport(driver, width, full, mobile)
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png"})
    return base64.b64decode(shot["data"])


def print_pdf(url: str, pdf: Path) -> str | None:
    """chromium's own --print-to-pdf; returns an error text or None."""
    with tempfile.TemporaryDirectory(prefix="chromium-print-") as profile:
        cmd = [ql.CHROMIUM, *ql.CHROME_ARGS, "--disable-gpu", f"--user-data-dir={profile}",
               "--no-pdf-header-footer", f"--print-to-pdf={pdf}", url]
        try:
            out = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        except subprocess.TimeoutExpired:
            return "chromium --print-to-pdf timed out"
    if not pdf.is_file() or pdf.stat().st_size == 0:
        return f"chromium --print-to-pdf wrote nothing: {out.stderr.strip()[-300:]}"
    return None


def pdf_to_pngs(pdf: Path, prefix: Path) -> list[Path]:
    subprocess.run(["pdftoppm", "-png", "-r", "72", str(pdf), str(prefix)], check=True,
                   capture_output=True, timeout=120)
    return sorted(prefix.parent.glob(prefix.name + "-*.png"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__.split("\n\n", 2)[2])
    parser.add_argument("public", type=Path, help="the built site, e.g. public")
    parser.add_argument("outdir", type=Path, help="folder for the PNG and PDF files")
    args = parser.parse_args(argv)
    root = args.public.resolve()
    if not (root / "index.html").is_file():
        parser.error(f"{args.public} is not a built site: it has no index.html")
    if not shutil.which("pdftoppm"):
        parser.error("pdftoppm missing (apt poppler-utils): run scripts/quality/install.sh")
    args.outdir.mkdir(parents=True, exist_ok=True)

    pages = one_of_each_type(root)
    written: list[str] = []
    failed = 0
    with ql.SiteServer(root, also_at=base_path(root)) as server:
        driver = ql.chrome_driver()
        try:
            for page in pages:
                for name, width, height, mobile in VIEWPORTS:
                    out = args.outdir / f"{page.kind}-{name}-{width}.png"
                    out.write_bytes(full_page_png(driver, server.url + page.url_path,
                                                  width, height, mobile))
                    written.append(f"{out.name}\t{page.label}")
        finally:
            driver.quit()
        for kind in PRINT_KINDS:
            page = next((p for p in pages if p.kind == kind), None)
            if page is None:
                print(f"screenshots: no {kind} page to print", file=sys.stderr)
                continue
            pdf = args.outdir / f"{kind}-print.pdf"
            for old in args.outdir.glob(f"{kind}-print-*.png"):
                old.unlink()
            error = print_pdf(server.url + page.url_path, pdf)
            if error:
                print(f"screenshots: {page.label}: {error}", file=sys.stderr)
                failed += 1
                continue
            written.append(f"{pdf.name}\t{page.label}")
            for png in pdf_to_pngs(pdf, args.outdir / f"{kind}-print"):
                written.append(f"{png.name}\t{page.label} (print, page {png.stem.rsplit('-', 1)[1]})")

    (args.outdir / "index.txt").write_text("\n".join(written) + "\n", encoding="utf-8")
    for line in written:
        print(line.replace("\t", "  "))
    print(f"screenshots: {len(written)} files in {args.outdir}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
