#!/usr/bin/env python3
"""A content folder whose one published case has N footnotes in its body (bench/footnotes.sh).

    bench/gen_footnotes.py N OUTDIR [--unused]

Copies Tests/HerstelSiteTests/Fixtures/minimal to OUTDIR and gives its first case a body of
N references ("Zin1[^1] Zin2[^2] ...") and N definitions ("[^1]: Noot 1."); with --unused
the references are left out, so every definition is a footnote nobody refers to. The body
alone is written to OUTDIR.body.md too, for timing libcmark-gfm on the same text.
"""
import os
import shutil
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 2 or not args[0].isdigit():
        sys.exit(__doc__)
    n, out = int(args[0]), args[1]
    unused = "--unused" in sys.argv
    if os.path.exists(out):
        shutil.rmtree(out)
    shutil.copytree(os.path.join(REPO, "Tests/HerstelSiteTests/Fixtures/minimal"), out)
    refs = "" if unused else " ".join(f"Zin{i}[^{i}]" for i in range(1, n + 1))
    defs = "\n".join(f"[^{i}]: Noot {i}." for i in range(1, n + 1))
    body = refs + "\n\n" + defs + "\n"
    case = os.path.join(out, "cases/noorderlicht.md")
    with open(case, encoding="utf-8") as f:
        head = f.read()
    with open(case, "w", encoding="utf-8") as f:
        f.write(head + body)
    with open(out.rstrip("/") + ".body.md", "w", encoding="utf-8") as f:
        f.write(body)


if __name__ == "__main__":
    main()
