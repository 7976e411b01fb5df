#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster on 127.0.0.1 for tests and benchmarks.
#   source scripts/postgres.sh && pg_start   # exports DETENTE_TEST_DATABASE_URL
#   pg_stop                                  # stops it and removes its folder
# Installs Debian's postgresql package when the server binaries are missing.
PG_BIN=/usr/lib/postgresql/15/bin

pg_start() {
  if [ ! -x "$PG_BIN/initdb" ]; then
    echo "== installing PostgreSQL (Debian package postgresql)"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) || {
      echo "cannot install postgresql: run as root with apt available" >&2; return 1; }
  fi
  PG_DIR=$(mktemp -d /tmp/detente-pg-XXXXXX)
  PG_PORT=${PG_PORT:-$((55000 + RANDOM % 5000))}
  chown postgres:postgres "$PG_DIR" && chmod 700 "$PG_DIR"
  runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
  export PG_DIR PG_PORT
  export DETENTE_TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/postgres"
  echo "== PostgreSQL 15 on 127.0.0.1:$PG_PORT"
}

pg_stop() {
  [ -n "${PG_DIR:-}" ] || return 0
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
  unset PG_DIR
}
