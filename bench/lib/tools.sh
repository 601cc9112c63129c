# Sourced by bench/run.sh and bench/failover.sh: the shared measuring tools (Playwright, Lighthouse)
# get their own copy in target/bench-tools with their pinned dependencies, installed once.
# Sets $tools; needs ../shared/tools (or BENCH_TOOLS).
shared_tools=${BENCH_TOOLS:-../shared/tools}
[[ -f $shared_tools/timing.mjs ]] || { echo "no measuring tools at $shared_tools (set BENCH_TOOLS)" >&2; exit 2; }
tools=target/bench-tools
if [[ ! -d $tools/node_modules ]] || ! cmp -s "$shared_tools/package-lock.json" "$tools/package-lock.json"; then
  rm -rf "$tools" && mkdir -p "$tools" && cp -r "$shared_tools"/. "$tools"/
  (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error)
fi
