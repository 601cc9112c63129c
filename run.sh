#!/usr/bin/env bash
# Starts the dashboard in development mode at http://localhost:8080 (PORT=… to change it).
set -euo pipefail
cd "$(dirname "$0")"
source .mvn/toolchain.sh
exec ./mvnw -B spring-boot:run "$@"
