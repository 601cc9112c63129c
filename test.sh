#!/usr/bin/env bash
# Every test: unit and browserless tests, then the production build, then the browser tests (*IT) against it.
set -euo pipefail
cd "$(dirname "$0")"
source .mvn/toolchain.sh
exec ./mvnw -B verify "$@"
