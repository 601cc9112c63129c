#!/usr/bin/env bash
# Failover on this machine: two or three production jars behind HAProxy (Debian's haproxy package,
# installed here if missing), readers driven through it, one instance killed with SIGKILL mid-run. The
# instances share one version store in PostgreSQL (.ci/postgres.sh, also Debian's package).
# Prints a table and exits non-zero when a target is missed. About 2 minutes; not part of CI.
#
#   bench/failover.sh [--no-build] [--instances 2|3] [--readers 60] [--seconds 45] [--kill-at 15]
#
# Needs the shared measuring tools beside the repository (../shared/tools, or BENCH_TOOLS) for the
# browser among the readers, and Chromium at /usr/bin/chromium (or CHROME_PATH).
set -euo pipefail
cd "$(dirname "$0")/.."
source .mvn/toolchain.sh

if ! command -v haproxy >/dev/null 2>&1 && [[ ! -x /usr/sbin/haproxy ]]; then
  echo "failover: installing haproxy"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q --no-install-recommends haproxy
fi
haproxy=$(command -v haproxy || echo /usr/sbin/haproxy)

source bench/lib/jar.sh "$@"

source bench/lib/tools.sh
# One version store for every instance: a throwaway PostgreSQL (Debian's package), stopped at the end.
datasource=$(.ci/postgres.sh)
trap '.ci/postgres.sh stop' EXIT
node bench/failover.mjs --jar "$jar" --tools "$tools" --haproxy "$haproxy" --datasource "$datasource" "${pass[@]}"
