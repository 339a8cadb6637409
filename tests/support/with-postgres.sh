#!/usr/bin/env bash
# Usage: bash tests/support/with-postgres.sh CMD [ARGS...]
#
# Runs CMD with TEST_DATABASE_URL pointing at a PostgreSQL server. When
# TEST_DATABASE_URL is already set, CMD simply runs against it. Otherwise a
# throwaway cluster is made in a temporary folder (owned by the `postgres`
# user when we run as root), listening only on 127.0.0.1 on a free port, with
# an empty database `heard`; it is stopped and deleted when CMD ends, however
# it ends. The exit code is CMD's.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 CMD [ARGS...]" >&2
  exit 64
fi

if [ -n "${TEST_DATABASE_URL:-}" ]; then
  exec "$@"
fi

# The newest PostgreSQL installed the Debian way (/usr/lib/postgresql/<major>/bin).
PG_BIN=""
for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V); do
  [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && PG_BIN="$dir"
done
if [ -z "$PG_BIN" ]; then
  echo "with-postgres: no PostgreSQL under /usr/lib/postgresql/*/bin (apt-get install postgresql)" >&2
  exit 69
fi

# As root, the server must run as `postgres`; as anyone else, as ourselves.
if [ "$(id -u)" -eq 0 ]; then
  if ! id postgres >/dev/null 2>&1; then
    echo "with-postgres: running as root but there is no 'postgres' user" >&2
    exit 69
  fi
  if command -v runuser >/dev/null 2>&1; then
    as_pg() { runuser -u postgres -- "$@"; }
  else
    as_pg() { su postgres -s /bin/sh -c '"$0" "$@"' -- "$@"; }
  fi
else
  as_pg() { "$@"; }
fi

PG_TMP="$(mktemp -d "${TMPDIR:-/tmp}/heard-pg.XXXXXX")"
PG_DATA="$PG_TMP/data"
PG_LOG="$PG_TMP/server.log"
PG_STARTED=0
[ "$(id -u)" -eq 0 ] && chown postgres: "$PG_TMP"
chmod 700 "$PG_TMP"

cleanup() {
  local rc=$?
  trap - EXIT INT TERM HUP
  if [ "$PG_STARTED" -eq 1 ]; then
    (cd "$PG_TMP" && as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w -t 20 stop >/dev/null 2>&1) ||
      (cd "$PG_TMP" && as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate -w -t 10 stop >/dev/null 2>&1) || true
  fi
  rm -rf "$PG_TMP"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# A port nobody is listening on: the kernel's choice when python3 is there,
# otherwise a random one that does not answer on 127.0.0.1.
pick_port() {
  local port
  if command -v python3 >/dev/null 2>&1 &&
    port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null)"; then
    echo "$port"
    return
  fi
  for _ in $(seq 1 100); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  echo "with-postgres: found no free port" >&2
  return 1
}

# All postgres commands run from the temp folder: the postgres user may not be able to read our cwd.
(cd "$PG_TMP" && as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
  --no-sync --no-instructions >"$PG_TMP/initdb.log" 2>&1) || {
  echo "with-postgres: initdb failed:" >&2
  cat "$PG_TMP/initdb.log" >&2
  exit 70
}

# A port can be taken between picking and binding: try a few.
PG_PORT=""
for _ in 1 2 3 4 5; do
  port="$(pick_port)"
  if (cd "$PG_TMP" && as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$PG_TMP -c max_connections=200" \
    start >/dev/null 2>&1); then
    PG_PORT="$port"
    PG_STARTED=1
    break
  fi
done
if [ -z "$PG_PORT" ]; then
  echo "with-postgres: the server did not start:" >&2
  cat "$PG_LOG" >&2 2>/dev/null || true
  exit 70
fi

(cd "$PG_TMP" && as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres heard) || {
  echo "with-postgres: createdb failed" >&2
  exit 70
}

export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/heard"
echo "with-postgres: PostgreSQL $("$PG_BIN/pg_ctl" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT (throwaway, in $PG_TMP)" >&2

# Not exec: the trap must stop the server afterwards. CMD's exit code becomes ours.
set +e
"$@"
rc=$?
set -e
exit "$rc"
