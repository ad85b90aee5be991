"""Make sure the pinned Python packages of requirements.txt can be imported.

When one is missing, create a venv (PRIVACY_VENV, default bench/privacy/.venv), install
requirements.txt into it with pip, and re-run the calling script with that venv's Python.
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
VENV = os.environ.get("PRIVACY_VENV", os.path.join(HERE, ".venv"))


def ensure(modules=("faker", "phonenumbers", "stdnum", "deduce")):
    try:
        for m in modules:
            __import__(m)
        return
    except ImportError as e:
        missing = e.name
    py = os.path.join(VENV, "bin", "python")
    if os.path.abspath(sys.executable) == os.path.abspath(py) or os.environ.get("PRIVACY_BOOTSTRAPPED"):
        sys.exit(f"module {missing} still missing after installing into {VENV}")
    if not os.path.exists(py):
        print(f"creating venv {VENV} (missing module: {missing})", file=sys.stderr)
        subprocess.check_call([sys.executable, "-m", "venv", VENV])
    subprocess.check_call([py, "-m", "pip", "install", "-q", "-r",
                           os.path.join(HERE, "requirements.txt")])
    os.environ["PRIVACY_BOOTSTRAPPED"] = "1"
    os.execv(py, [py] + sys.argv)
