#!/usr/bin/env bash
# Start a throw-away PostgreSQL (Debian's postgresql package) on loopback for
# the store contract tests and print its URL:
#   export CFPLANE_TEST_POSTGRES=$(scripts/postgres-test.sh start)
#   go test ./pkg/store/...
#   scripts/postgres-test.sh stop
set -euo pipefail
dir=${CFPLANE_PG_DIR:-/tmp/cfplane-pg}
port=${CFPLANE_PG_PORT:-55432}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bin" ] || { echo "PostgreSQL is not installed: apt-get install postgresql" >&2; exit 1; }
as_pg() { if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }
case "${1:-start}" in
  start)
    if [ ! -f "$dir/PG_VERSION" ]; then
      mkdir -p "$dir"; [ "$(id -u)" = 0 ] && chown postgres "$dir"
      as_pg "$bin/initdb" -D "$dir" -U cfplane --auth=trust >/dev/null
    fi
    as_pg "$bin/pg_ctl" -D "$dir" -l "$dir/log" -w -o "-c listen_addresses=127.0.0.1 -p $port -k $dir" start >/dev/null
    echo "postgres://cfplane@127.0.0.1:$port/postgres?sslmode=disable"
    ;;
  stop)
    as_pg "$bin/pg_ctl" -D "$dir" -m fast stop >/dev/null
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
