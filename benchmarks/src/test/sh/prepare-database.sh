#!/usr/bin/env bash
# A PostgreSQL server on 127.0.0.1:5432 and a fresh benchmark database owned by alliance_owner, the
# schema's owner: prepared as for the tests, by the script they share.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
exec bash "$here/../../../../services/src/test/sh/prepare-postgresql.sh" "${1:-alliance_bench}"
