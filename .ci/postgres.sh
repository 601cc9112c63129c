#!/usr/bin/env bash
# A throwaway PostgreSQL for the version store's tests, from Debian's package (installed when missing):
# a cluster of its own under target/, on its own port, started now and stopped by `postgres.sh stop`.
# Prints the JDBC URL to use. test.sh runs it; nothing of the machine's own PostgreSQL is touched.
set -euo pipefail
cd "$(dirname "$0")/.."
dir="$PWD/target/postgres"
port=${POSTGRES_TEST_PORT:-55432}

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [[ "${1:-}" == stop ]]; then
  [[ -n $bin && -f $dir/data/postmaster.pid ]] || exit 0
  as_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
  as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
  exit 0
fi

if [[ -z $bin ]]; then
  echo "postgres.sh: installing PostgreSQL (Debian package)" >&2
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q --no-install-recommends postgresql >&2
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi

# PostgreSQL refuses to run as root: as root the cluster belongs to the package's postgres user.
as_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
mkdir -p "$dir"
if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; fi
if [[ -f $dir/data/postmaster.pid ]]; then as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true; fi
rm -rf "$dir/data"
as_owner "$bin/initdb" -D "$dir/data" -U landscape --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null \
  || { cat "$dir/server.log" >&2; exit 1; }
as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U landscape landscape_test
echo "jdbc:postgresql://127.0.0.1:$port/landscape_test?user=landscape"
