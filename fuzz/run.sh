#!/bin/sh
# Fuzzes the paths bad content takes: front matter and YAML, placeholders, Markdown, site.yml,
# then rendering and the privacy gate. A crash, a hang (over 10 s) or a private value that
# reaches the output is a finding, saved in fuzz/findings/.
#
#   fuzz/run.sh SECONDS [more libFuzzer options]     e.g. fuzz/run.sh 900
#   fuzz/.build/release/HerstelFuzz fuzz/findings/crash-…   replays one finding
#
# New inputs libFuzzer finds go to fuzz/work-corpus/ (not committed); fuzz/corpus/ holds the seeds.
set -eu
cd "$(dirname "$0")"
seconds=${1:-60}
[ $# -gt 0 ] && shift
[ -f Package.resolved ] || cp ../Package.resolved . 2>/dev/null || true
swift build -c release --product HerstelFuzz -Xswiftc -sanitize=fuzzer
mkdir -p work-corpus findings
# Swift's own crash reporter would catch the signal first, and libFuzzer would save no input.
export SWIFT_BACKTRACE=enable=no
exec .build/release/HerstelFuzz -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=16384 \
    -artifact_prefix=findings/ -print_final_stats=1 "$@" work-corpus corpus
