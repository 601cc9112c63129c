#!/usr/bin/env bash
# Every test: the page's own JavaScript (node:test), then the unit and browserless tests, the production
# build and the browser tests (*IT) against it. The version store's tests also run against a throwaway
# PostgreSQL (.ci/postgres.sh: Debian's package, installed when missing), stopped at the end.
set -euo pipefail
cd "$(dirname "$0")"
source .mvn/toolchain.sh
node --test frontend/tests/*.test.js
REPORT_TEST_POSTGRES_URL=$(.ci/postgres.sh)
export REPORT_TEST_POSTGRES_URL
trap '.ci/postgres.sh stop' EXIT
./mvnw -B verify "$@"
