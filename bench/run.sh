#!/usr/bin/env bash
# One command: build the production jar (unless it is there and --no-build is given), prepare the
# measuring tools, then measure the product against the static reference page side by side.
#
#   bench/run.sh [--no-build] [--quick]     (about 15 minutes; --quick: about 5, fewer runs)
#
# Needs the shared measuring tools and the static reference page beside the repository
# (../shared/tools, ../shared/anchors/static-reference), or BENCH_TOOLS / BENCH_ANCHOR pointing at them,
# and Chromium at /usr/bin/chromium (or CHROME_PATH).
set -euo pipefail
cd "$(dirname "$0")/.."
source .mvn/toolchain.sh

source bench/lib/jar.sh "$@"

anchor=${BENCH_ANCHOR:-../shared/anchors/static-reference}
[[ -f $anchor/index.html ]] || { echo "no static reference page at $anchor (set BENCH_ANCHOR)" >&2; exit 2; }
source bench/lib/tools.sh

exec node bench/bench.mjs --jar "$jar" --tools "$tools" --anchor "$anchor" "${pass[@]}"
