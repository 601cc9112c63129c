#!/usr/bin/env bash
# Every test: the page's own JavaScript (node:test), then the unit and browserless tests, the production
# build and the browser tests (*IT) against it.
set -euo pipefail
cd "$(dirname "$0")"
source .mvn/toolchain.sh
node --test frontend/tests/*.test.js
exec ./mvnw -B verify "$@"
