#!/usr/bin/env bash
# Starts the dashboard as its readers get it: the production build, at http://localhost:8080.
#
#   ./run.sh          the production jar. Built first when it is missing or older than the sources;
#                     run unpacked with the JDK's AOT cache where the JDK has one (25+), trained once per build.
#   ./run.sh --dev    development mode (Vite, live reload, Vaadin's dev tools), for working on the code.
#
# PORT=9090 ./run.sh for another port; REPORT_DATA_DIR=/some/folder to serve (and watch) another dataset.
# Anything after the options goes to the JVM as application arguments (e.g. --report.data-dir=data).
set -euo pipefail
cd "$(dirname "$0")"
source .mvn/toolchain.sh

if [[ "${1:-}" == "--dev" ]]; then
  shift
  exec ./mvnw -B spring-boot:run "$@"
fi

port=${PORT:-8080}
java="$JAVA_HOME/bin/java"
jar=target/ai-landscape-1.0.0-SNAPSHOT.jar
run_dir=target/run
jvm=(-Xss512k -XX:+UseSerialGC)  # as deploy/Dockerfile; the training run uses the same flags
say() { echo "run.sh: $*" >&2; }

# 1. The jar, rebuilt when any source is newer (the frontend's generated files are the build's own output).
newer_source() {
  find pom.xml data src/main frontend \( -path frontend/generated -o -path src/main/frontend -o -path src/main/bundles \) -prune \
    -o -type f -newer "$jar" -print -quit
}
if [[ ! -f $jar ]]; then
  say "building the production jar (the first time takes a few minutes)"
  ./mvnw -B -q package -DskipTests
elif [[ -n $(newer_source) ]]; then
  say "sources changed since the last build ($(newer_source)); rebuilding the production jar"
  ./mvnw -B -q package -DskipTests
fi

# 2. Unpacked as Spring Boot's tools lay it out (app jar + lib/), so an AOT cache can cover the app's own classes.
app="$run_dir/$(basename "$jar")"
if [[ ! -f $app || $jar -nt $app ]]; then
  rm -rf "$run_dir"
  "$java" -Djarmode=tools -jar "$jar" extract --destination "$run_dir" >/dev/null
fi

up() { # does the page answer on $1?
  if command -v curl >/dev/null 2>&1; then curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$1/"
  else node -e "fetch('http://127.0.0.1:$1/').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"; fi
}
wait_up() { # port pid: waits until the page answers, or fails when the process has gone
  for _ in $(seq 1 1200); do
    kill -0 "$2" 2>/dev/null || return 1
    up "$1" 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}

# 3. The JDK's AOT cache (JEP 483/514/515, JDK 25+): trained once per build on a spare port by a few
#    scripted readers (bench/train.mjs), written when that run stops. About 20 s, once.
cache="$run_dir/app.aot"
aot=()
if "$java" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q '\bAOTCacheOutput\b'; then
  if [[ ! -f $cache ]]; then
    say "training the JDK's startup cache (once per build, about 20 s)"
    train_port=$((port + 17))
    "$java" "${jvm[@]}" -XX:AOTCacheOutput="$cache" -jar "$app" --server.port="$train_port" >"$run_dir/training.log" 2>&1 &
    trainee=$!
    if wait_up "$train_port" "$trainee" && node bench/train.mjs --base "http://127.0.0.1:$train_port" --readers 12; then
      kill -TERM "$trainee"; wait "$trainee" || true
    else
      kill -KILL "$trainee" 2>/dev/null || true; wait "$trainee" 2>/dev/null || true
      rm -f "$cache"
      say "the training run failed (see $run_dir/training.log); starting without the cache"
    fi
  fi
  [[ -f $cache ]] && aot=(-XX:AOTCache="$cache")
fi

# 4. The dashboard. The URL is printed once the page answers; Ctrl+C stops it.
"$java" "${jvm[@]}" "${aot[@]}" -jar "$app" --server.port="$port" "$@" &
server=$!
# A background job of a script ignores Ctrl+C, so the script passes it on and waits for the shutdown.
stopping=0
trap 'stopping=1; kill -TERM "$server" 2>/dev/null || true' INT TERM
started=$(date +%s%N)
if wait_up "$port" "$server"; then
  say "the dashboard is up in $(( ($(date +%s%N) - started) / 1000000 )) ms: http://localhost:$port/"
else
  say "the dashboard did not come up; its log is above"
fi
status=0
wait "$server" || status=$?
if [[ $stopping == 1 ]]; then  # stopped on purpose (Ctrl+C): wait for the graceful shutdown
  wait "$server" 2>/dev/null || true
  exit 0
fi
exit "$status"
