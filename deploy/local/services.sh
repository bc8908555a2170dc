#!/usr/bin/env bash
# Makes sure PostgreSQL, Redis and NATS with JetStream run on loopback for development and tests.
#
# Installs the Debian packages that are missing and starts only what is not running, so a second
# run changes nothing. There is no systemd here: the services are started directly, as root,
# with the same commands the machine itself uses. Each service gets one line saying what happened.
set -euo pipefail

PG_PORT=5432
REDIS_PORT=6379
NATS_PORT=4222
NATS_PIDFILE=/run/tiergate-nats.pid
NATS_STORE=/var/lib/nats-server
NATS_LOG=/var/log/nats-server.log
REDIS_DIR=/var/lib/redis
REDIS_LOG=/var/log/redis/ci.log

say() { echo "services: $*"; }
die() { echo "services: ERROR: $*" >&2; exit 1; }

need_root() {
  [ "$(id -u)" -eq 0 ] || die "$1 needs root; re-run as root (or do it yourself and run this script again)"
}

# apt-get update at most once, also when deploy/local/jdk.sh already did it in the calling shell.
apt_install() {
  need_root "installing the Debian package(s) $*"
  if [ -z "${TIERGATE_APT_UPDATED:-}" ]; then
    say "apt-get update (to install $*)"
    apt-get update -q || say "apt-get update failed; trying the package lists already on the machine"
    export TIERGATE_APT_UPDATED=1
  fi
  say "installing $*"
  # policy-rc.d or the missing init system may refuse to start the service during install;
  # that is fine, this script starts it below.
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" || die "apt-get install $* failed"
}

have() { command -v "$1" >/dev/null 2>&1; }

# Newest version-named entry of directory $1 (e.g. 15 of /etc/postgresql); empty if none.
# ls is allowed to fail (missing directory) without tripping pipefail.
newest_in() { { ls "$1" 2>/dev/null || true; } | sort -V | tail -n 1; }

# Runs "$@" every half second until it succeeds or $1 seconds have passed.
wait_until() {
  local seconds=$1 tries
  shift
  tries=$((seconds * 2))
  while ! "$@" >/dev/null 2>&1; do
    tries=$((tries - 1))
    [ "$tries" -gt 0 ] || return 1
    sleep 0.5
  done
}

# ---------------------------------------------------------------- packages
pg_server_installed() { compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null; }
if ! have pg_ctlcluster || ! have pg_createcluster || ! have pg_lsclusters || ! have psql \
  || ! have pg_isready || ! have createdb || ! pg_server_installed; then
  apt_install postgresql
fi
if ! have redis-server || ! have redis-cli; then
  apt_install redis-server
fi
# The integration tests start private nats-server processes from this binary, so it must exist
# even when some NATS already listens on the port.
NATS_BIN=$(command -v nats-server || true)
if [ -z "$NATS_BIN" ] && [ -x /usr/sbin/nats-server ]; then
  NATS_BIN=/usr/sbin/nats-server
fi
if [ -z "$NATS_BIN" ]; then
  apt_install nats-server
  NATS_BIN=$(command -v nats-server || echo /usr/sbin/nats-server)
  [ -x "$NATS_BIN" ] || die "the nats-server package is installed but $NATS_BIN is not there"
fi

# The dashboard/alert tests run a private Prometheus, and test.sh checks the alert rules with promtool.
# Only the binaries are needed: nothing here starts the package's own service.
if ! have prometheus || ! have promtool; then
  apt_install prometheus
fi

# ---------------------------------------------------------------- PostgreSQL
pg_ready() { pg_isready -q -h 127.0.0.1 -p "$PG_PORT"; }
# -w: never prompt for a password (no stdin in CI); -X: ignore ~/.psqlrc.
pg_trusts_postgres() {
  PGCONNECT_TIMEOUT=5 psql -w -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -tAc 'select 1' </dev/null >/dev/null 2>&1
}

pg_version=""
if pg_ready; then
  say "PostgreSQL already running on 127.0.0.1:$PG_PORT"
else
  need_root "starting PostgreSQL"
  # The newest configured cluster version, as the machine's own start command picks it.
  pg_version=$(newest_in /etc/postgresql)
  if [ -z "$pg_version" ] || [ ! -d "/etc/postgresql/$pg_version/main" ]; then
    # No cluster (the package's postinst usually makes one, but not always): make one with
    # the newest installed server.
    pg_version=$(newest_in /usr/lib/postgresql)
    [ -n "$pg_version" ] || die "no PostgreSQL server under /usr/lib/postgresql although the postgresql package is installed"
    say "creating PostgreSQL $pg_version cluster main"
    pg_createcluster "$pg_version" main >/dev/null
  fi
  # pg_ctlcluster start on a running cluster exits 2, so ask first.
  if pg_ctlcluster "$pg_version" main status >/dev/null 2>&1; then
    say "PostgreSQL $pg_version/main is running; waiting for it on 127.0.0.1:$PG_PORT"
  else
    pg_ctlcluster --skip-systemctl-redirect "$pg_version" main start \
      || die "pg_ctlcluster $pg_version main start failed; see /var/log/postgresql/postgresql-$pg_version-main.log"
    say "started PostgreSQL $pg_version/main"
  fi
  wait_until 30 pg_ready || die "PostgreSQL did not answer on 127.0.0.1:$PG_PORT within 30 s; \
is cluster $pg_version/main on another port (pg_lsclusters)? See /var/log/postgresql/postgresql-$pg_version-main.log"
fi

# Tests and the development run connect as postgres over 127.0.0.1 with no password.
if ! pg_trusts_postgres; then
  [ -n "$pg_version" ] || pg_version=$(newest_in /etc/postgresql)
  hba=/etc/postgresql/$pg_version/main/pg_hba.conf
  if [ -z "$pg_version" ] || [ ! -f "$hba" ]; then
    die "cannot connect to 127.0.0.1:$PG_PORT as postgres without a password, and found no Debian \
cluster's pg_hba.conf to allow it; add 'host all all 127.0.0.1/32 trust' to that server's pg_hba.conf"
  fi
  need_root "editing $hba"
  marker="# tiergate: development/test access over loopback without a password (deploy/local/services.sh)"
  if ! grep -qxF "$marker" "$hba"; then
    # First matching line wins, so these go on top; rewriting in place keeps owner and mode.
    tmp=$(mktemp)
    { printf '%s\n' "$marker" "host all all 127.0.0.1/32 trust" "host all all ::1/128 trust"; cat "$hba"; } >"$tmp"
    cat "$tmp" >"$hba"
    rm -f "$tmp"
  fi
  pg_ctlcluster "$pg_version" main reload
  wait_until 10 pg_trusts_postgres \
    || die "still cannot connect to 127.0.0.1:$PG_PORT as postgres without a password after allowing it in $hba"
  say "PostgreSQL: allowed user postgres over 127.0.0.1 and ::1 without a password ($hba)"
fi

# ---------------------------------------------------------------- Redis
redis_pong() { [ "$(timeout 3 redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null)" = PONG ]; }

if redis_pong; then
  say "Redis already running on 127.0.0.1:$REDIS_PORT"
else
  need_root "starting Redis"
  mkdir -p "$REDIS_DIR" "$(dirname "$REDIS_LOG")"
  # --daemonize yes exits 0 even when the port is taken, so success is judged by PONG below.
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port "$REDIS_PORT" --save "" --appendonly no \
    --dir "$REDIS_DIR" --logfile "$REDIS_LOG" || die "redis-server failed to start; see $REDIS_LOG"
  wait_until 15 redis_pong || die "Redis did not answer PONG on 127.0.0.1:$REDIS_PORT within 15 s \
(is the port taken by something else, or does it require a password?); see $REDIS_LOG"
  say "started Redis on 127.0.0.1:$REDIS_PORT"
fi

# ---------------------------------------------------------------- NATS
# Prints the server's INFO line. Exit 1: nothing listens; other non-zero: something listens
# but sent no line within 2 s. (No monitoring port is enabled, so the INFO line is the probe.)
nats_info() {
  # shellcheck disable=SC2016 # $1 and $line belong to the inner shell
  timeout 3 bash -c '
    exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
    IFS= read -r -t 2 line <&3 || exit 2
    printf "%s\n" "$line"' nats-probe "$NATS_PORT" 2>/dev/null
}
nats_has_jetstream() {
  local info
  info=$(nats_info) || return 1
  case $info in *'"jetstream":true'*) return 0 ;; *) return 1 ;; esac
}

rc=0
info=$(nats_info) || rc=$?
if [ "$rc" -eq 0 ]; then
  case $info in
    *'"jetstream":true'*) say "NATS with JetStream already running on 127.0.0.1:$NATS_PORT" ;;
    INFO*) die "a NATS server on 127.0.0.1:$NATS_PORT runs without JetStream; Tiergate needs JetStream. \
Restart it with -js (e.g. $NATS_BIN -a 127.0.0.1 -p $NATS_PORT -js -sd $NATS_STORE)" ;;
    *) die "something on 127.0.0.1:$NATS_PORT answers but is not a NATS server (first line: ${info:0:80})" ;;
  esac
elif [ "$rc" -ne 1 ]; then
  die "something listens on 127.0.0.1:$NATS_PORT but sent no NATS INFO line; free the port for NATS"
else
  need_root "starting NATS"
  mkdir -p "$NATS_STORE"
  # --pidfile: without it start-stop-daemon would take any running nats-server for ours.
  start-stop-daemon --start --oknodo --background --make-pidfile --pidfile "$NATS_PIDFILE" \
    --exec "$NATS_BIN" -- -a 127.0.0.1 -p "$NATS_PORT" -js -sd "$NATS_STORE" -l "$NATS_LOG" >/dev/null
  wait_until 15 nats_has_jetstream \
    || die "NATS with JetStream did not come up on 127.0.0.1:$NATS_PORT within 15 s; see $NATS_LOG"
  say "started NATS with JetStream on 127.0.0.1:$NATS_PORT (store $NATS_STORE)"
fi
