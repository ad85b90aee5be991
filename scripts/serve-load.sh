#!/usr/bin/env bash
# Load run against the preview server: wrk on a board list page, then a clean Ctrl-C.
#
#   scripts/serve-load.sh [--edits] [herstelsite binary]
#
# --edits also changes a case file every second during the run, so requests keep
# arriving while the site is rebuilt (they wait for the new build; none may fail).
# Needs wrk (apt-get install -y wrk). Fails when wrk reports socket errors or
# non-2xx/3xx responses, or when the server does not exit 0 on SIGINT.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
edits=no
if [[ "${1:-}" == "--edits" ]]; then edits=yes; shift; fi
binary="${1:-$root/.build/debug/herstelsite}"
threads="${WRK_THREADS:-2}"
connections="${WRK_CONNECTIONS:-50}"
duration="${WRK_DURATION:-10s}"
path="${WRK_PATH:-/besturen/}"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
[[ -x "$binary" ]] || { echo "no executable at $binary; run swift build first" >&2; exit 2; }

work="$(mktemp -d -t herstelsite-load-XXXXXX)"
cp -R "$root/Content" "$work/Content"
"$binary" serve --port 0 --content "$work/Content" >"$work/out.log" 2>"$work/err.log" &
server=$!
editor=""
cleanup() {
    [[ -n "$editor" ]] && kill "$editor" 2>/dev/null || true
    kill -0 "$server" 2>/dev/null && kill -KILL "$server" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

url=""
for _ in $(seq 1 900); do
    url="$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$work/out.log" | head -1 || true)"
    [[ -n "$url" ]] && break
    kill -0 "$server" 2>/dev/null || { cat "$work/err.log" >&2; exit 1; }
    sleep 0.1
done
[[ -n "$url" ]] || { echo "the server printed no URL" >&2; exit 1; }
# The first build runs after the server starts (requests wait for it): measure after it.
for _ in $(seq 1 1800); do
    grep -q '^Built' "$work/out.log" && break
    grep -q 'error' "$work/err.log" && { cat "$work/err.log" >&2; exit 1; }
    sleep 0.1
done
target="${url%/}$path"
echo "binary:  $binary"
echo "target:  $target (edits during the run: $edits)"

if [[ "$edits" == yes ]]; then
    case_file="$work/Content/cases/2022-2023/stichting-ster-sso.md"
    (
        n=0
        while true; do
            sleep 1
            n=$((n + 1))
            printf '\nWijziging %d tijdens de belasting.\n' "$n" >>"$case_file"
        done
    ) &
    editor=$!
fi

echo "command: wrk -t$threads -c$connections -d$duration --latency $target"
wrk -t"$threads" -c"$connections" -d"$duration" --latency "$target" | tee "$work/wrk.txt"

if [[ -n "$editor" ]]; then kill "$editor"; wait "$editor" 2>/dev/null || true; editor=""; fi
rebuilds="$(grep -c '^Rebuilt' "$work/out.log" || true)"
echo "rebuilds during the run: $rebuilds"

status=0
if grep -qE 'Socket errors|Non-2xx' "$work/wrk.txt"; then
    echo "FAIL: wrk reported errors" >&2
    status=1
else
    echo "errors: 0 (no socket errors, no non-2xx/3xx responses)"
fi

kill -INT "$server"
for _ in $(seq 1 100); do kill -0 "$server" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$server" 2>/dev/null; then
    echo "FAIL: server still running 10 s after SIGINT" >&2
    exit 1
fi
wait "$server" && code=0 || code=$?
echo "server exit status after SIGINT: $code"
[[ "$code" == 0 ]] || status=1
exit "$status"
