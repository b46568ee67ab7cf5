#!/usr/bin/env bash
# Makes this machine ready for Alliance's integration tests, or says exactly what is missing:
# Debian's chromium and chromium-driver, Debian's haproxy (the load balancer in front of
# ClusterFailoverIT's two nodes), axe-core from the npm registry as pinned by
# package-lock.json (installed with Debian's nodejs and npm), and a PostgreSQL server on
# 127.0.0.1:5432 with fresh test databases (each argument names one; alliance_it if none)
# owned by the role alliance_owner.
set -euo pipefail
databases=("${@:-alliance_it}")

say() { printf 'prepare-test-machine: %s\n' "$*"; }
missing() { say "MISSING: $*"; exit 1; }

can_install() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; }
apt_updated=0
install() {
  can_install || missing "$* (install the Debian packages '$*' as root, then run the tests again)"
  if [ "$apt_updated" = 0 ]; then
    say "updating Debian's package lists…"
    apt-get update -qq
    apt_updated=1
  fi
  say "installing $*…"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# Browser tests drive Debian's Chromium through its own ChromeDriver; nothing is downloaded at run time.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  install chromium chromium-driver
fi
[ -x /usr/bin/chromium ] || missing "/usr/bin/chromium (Debian package chromium)"
[ -x /usr/bin/chromedriver ] || missing "/usr/bin/chromedriver (Debian package chromium-driver)"

# ClusterFailoverIT puts its two Alliance nodes behind Debian's HAProxy, as clinic IT would.
if ! command -v haproxy >/dev/null; then
  install haproxy
fi
command -v haproxy >/dev/null || missing "haproxy (Debian package haproxy)"

# The accessibility checks load axe-core into the pages. npm ci installs exactly the locked version
# and checks its integrity; --prefer-offline takes it from npm's cache when there, so a machine
# that installed it once needs no network, and does not wait on one that is gone.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  install nodejs npm
fi
command -v npm >/dev/null || missing "npm (Debian package npm)"
tests_home=$(cd "$(dirname "$0")/../../.." && pwd)
say "installing axe-core as locked in $tests_home/package-lock.json…"
(cd "$tests_home" && CI=true npm ci --prefer-offline --no-audit --no-fund --loglevel=error </dev/null)
[ -f "$tests_home/node_modules/axe-core/axe.min.js" ] || missing "node_modules/axe-core/axe.min.js after npm ci"

postgres_answers() { (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; }

if ! postgres_answers; then
  if ! command -v pg_ctlcluster >/dev/null; then
    install postgresql
  fi
  cluster=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)
  [ -n "$cluster" ] || missing "a PostgreSQL cluster (none under /etc/postgresql)"
  say "starting PostgreSQL $cluster…"
  pg_ctlcluster --skip-systemctl-redirect "$cluster" main start || true
  for _ in $(seq 1 30); do postgres_answers && break; sleep 1; done
fi
postgres_answers || missing "a PostgreSQL server answering on 127.0.0.1:5432"

# As the superuser: over TCP where the server trusts it, else over the socket as the postgres user.
if psql -h 127.0.0.1 -U postgres -d postgres -tAc 'select 1' >/dev/null 2>&1; then
  as_superuser() { psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
elif [ "$(id -u)" = 0 ] && command -v runuser >/dev/null; then
  as_superuser() { runuser -u postgres -- psql -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
else
  missing "a way to reach PostgreSQL as its superuser (trust on 127.0.0.1, or root to use the postgres account)"
fi

# Two accounts, as in production: the schema's owner runs the migrations; the application's
# account may only add and read audit events.
as_superuser -c "do \$\$ begin
  if not exists (select from pg_roles where rolname = 'alliance') then
    create role alliance login password 'alliance';
  end if;
  if not exists (select from pg_roles where rolname = 'alliance_owner') then
    create role alliance_owner login password 'alliance_owner';
  end if;
end \$\$;"
for database in "${databases[@]}"; do
  as_superuser -c "drop database if exists $database with (force)"
  # Since PostgreSQL 15 the public schema belongs to the database's owner and no one else creates in it.
  as_superuser -c "create database $database owner alliance_owner"
done
say "ready: chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}'), $(haproxy -v 2>/dev/null | head -n 1 | awk '{print $1, $3}'), axe-core $(cd "$tests_home" && node -p "require('axe-core/package.json').version"), PostgreSQL on 127.0.0.1:5432, databases ${databases[*]}"
