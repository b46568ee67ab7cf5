#!/usr/bin/env bash
# A PostgreSQL server on 127.0.0.1:5432 (started or installed where missing, as for the integration
# tests) and a fresh benchmark database owned by alliance_owner, the schema's owner.
set -euo pipefail
database=${1:-alliance_bench}
say() { printf 'prepare-database: %s\n' "$*"; }

postgres_answers() { (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; }
if ! postgres_answers; then
  if ! command -v pg_ctlcluster >/dev/null && [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  cluster=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)
  [ -n "$cluster" ] || { say "MISSING: a PostgreSQL cluster"; exit 1; }
  pg_ctlcluster --skip-systemctl-redirect "$cluster" main start || true
  for _ in $(seq 1 30); do postgres_answers && break; sleep 1; done
fi
postgres_answers || { say "MISSING: a PostgreSQL server answering on 127.0.0.1:5432"; exit 1; }

if psql -h 127.0.0.1 -U postgres -d postgres -tAc 'select 1' >/dev/null 2>&1; then
  as_superuser() { psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
elif [ "$(id -u)" = 0 ] && command -v runuser >/dev/null; then
  as_superuser() { runuser -u postgres -- psql -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
else
  say "MISSING: a way to reach PostgreSQL as its superuser"; exit 1
fi
as_superuser -c "do \$\$ begin
  if not exists (select from pg_roles where rolname = 'alliance') then
    create role alliance login password 'alliance';
  end if;
  if not exists (select from pg_roles where rolname = 'alliance_owner') then
    create role alliance_owner login password 'alliance_owner';
  end if;
end \$\$;"
as_superuser -c "drop database if exists $database with (force)"
as_superuser -c "create database $database owner alliance_owner"
say "ready: database $database on 127.0.0.1:5432"
