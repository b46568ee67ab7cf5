#!/usr/bin/env bash
# Makes this machine's PostgreSQL ready for Alliance's tests, or says exactly what is missing: a
# server on 127.0.0.1:5432 (Debian's postgresql installed and started where missing), the roles
# alliance_owner and alliance (the integration tests' schema owner and application account, as in
# production), the role alliance_races that may create databases (the race tests on PostgreSQL make
# one per test class and drop it), and a fresh database owned by alliance_owner for each argument.
set -euo pipefail
databases=("$@")

say() { printf 'prepare-postgresql: %s\n' "$*"; }
missing() { say "MISSING: $*"; exit 1; }

postgres_answers() { (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; }

if ! postgres_answers; then
  if ! command -v pg_ctlcluster >/dev/null; then
    if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
      missing "PostgreSQL (install the Debian package 'postgresql' as root, then run the tests again)"
    fi
    say "installing postgresql…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
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

# The integration tests' two accounts: the schema's owner runs the migrations; the application's
# account may only add and read audit events. The race tests' account owns only its own databases.
as_superuser -c "do \$\$ begin
  if not exists (select from pg_roles where rolname = 'alliance') then
    create role alliance login password 'alliance';
  end if;
  if not exists (select from pg_roles where rolname = 'alliance_owner') then
    create role alliance_owner login password 'alliance_owner';
  end if;
  if not exists (select from pg_roles where rolname = 'alliance_races') then
    create role alliance_races login createdb password 'alliance_races';
  end if;
end \$\$;"
for database in "${databases[@]}"; do
  as_superuser -c "drop database if exists $database with (force)"
  # Since PostgreSQL 15 the public schema belongs to the database's owner and no one else creates in it.
  as_superuser -c "create database $database owner alliance_owner"
done
say "ready: PostgreSQL on 127.0.0.1:5432${databases[*]:+, databases ${databases[*]}}"
