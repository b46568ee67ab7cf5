#!/usr/bin/env bash
# Makes this machine ready for Alliance's integration tests, or says exactly what is missing:
# Debian's chromium and chromium-driver, Debian's haproxy (the load balancer in front of
# ClusterFailoverIT's two nodes), axe-core from the npm registry as pinned by
# package-lock.json (installed with Debian's nodejs and npm), and a PostgreSQL server on
# 127.0.0.1:5432 with fresh test databases (each argument names one; alliance_it if none)
# owned by the role alliance_owner (services/src/test/sh/prepare-postgresql.sh).
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

# PostgreSQL with the tests' accounts and fresh databases, as the services' race tests prepare it too.
bash "$tests_home/../services/src/test/sh/prepare-postgresql.sh" "${databases[@]}"

say "ready: chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}'), $(haproxy -v 2>/dev/null | head -n 1 | awk '{print $1, $3}'), axe-core $(cd "$tests_home" && node -p "require('axe-core/package.json').version"), PostgreSQL on 127.0.0.1:5432, databases ${databases[*]}"
