#!/usr/bin/env bash
# Case register import: a generated Annex A workbook (the demo council's synthetic data at SCALE times its size;
# scale 33 is about 100,000 rows) imported from the command line, with -Xmx512m, first on the embedded H2, then on
# PostgreSQL; then PostgreSQL COPY of the same episode rows as CSV into an empty copy of the table, for the ratio.
# The import's own "Took" line covers reading, checking, writing and the indicators, in one transaction.
# Usage: bench/register-import.sh [SCALE]   (needs target/praxis.jar: ./mvnw -q package -DskipTests; PostgreSQL on
# 127.0.0.1:5432 with trust authentication for user postgres). PG_OPTIONS= (empty) measures without the driver's
# reWriteBatchedInserts, which the script turns on by default as the README recommends.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)/bin/java}
SCALE=${1:-33}
AS_AT=2026-11-20
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
[ -f target/praxis.jar ] || { echo "Build first: ./mvnw -q package -DskipTests"; exit 1; }
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"

"$JAVA" -jar target/praxis.jar generate annex-a "$WORK/annex-a.xlsx" --scale "$SCALE" --as-at "$AS_AT" | tail -1
echo "Workbook: $(du -h "$WORK/annex-a.xlsx" | cut -f1)"

peak_heap() { # from a unified GC log: the largest heap in use before a collection, and the largest kept after one
  echo "$(grep -o '[0-9]*M->[0-9]*M' "$1" | cut -d'M' -f1 | sort -n | tail -1) MB before a GC," \
       "$(grep -o '[0-9]*M->[0-9]*M' "$1" | cut -d'>' -f2 | tr -d M | sort -n | tail -1) MB live after one"
}

echo "== H2 (embedded file database)"
"$JAVA" -Xmx512m -Xlog:gc:file="$WORK/gc-h2.log" -jar target/praxis.jar --praxis.data-dir="$WORK/h2" --praxis.demo.load=always \
  import annex-a "$WORK/annex-a.xlsx" --as-at "$AS_AT" --quarantine | grep -E "^(Imported|Took)|rows$|with problems$" || true
echo "Heap: $(peak_heap "$WORK/gc-h2.log") (limit 512 MB)"

echo "== PostgreSQL"
$PSQL -c "drop database if exists praxis_bench with (force)" -c "create database praxis_bench"
"$JAVA" -Xmx512m -Xlog:gc:file="$WORK/gc-pg.log" -jar target/praxis.jar \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/praxis_bench${PG_OPTIONS:-?reWriteBatchedInserts=true}" \
  --spring.datasource.username=postgres \
  --praxis.demo.load=always import annex-a "$WORK/annex-a.xlsx" --as-at "$AS_AT" --quarantine \
  | grep -E "^(Imported|Took)" || true
echo "Heap: $(peak_heap "$WORK/gc-pg.log") (limit 512 MB)"

echo "== PostgreSQL COPY of the same rows"
$PSQL -d praxis_bench -c "\copy (select * from register_episode where snapshot_id = (select max(id) from register_snapshot)) to '$WORK/episodes.csv' csv"
$PSQL -d praxis_bench -c "create table episode_copy (like register_episode including defaults including indexes)"
rows=$($PSQL -d praxis_bench -At -c "select count(*) from register_episode where snapshot_id = (select max(id) from register_snapshot)")
started=$(date +%s%N)
$PSQL -d praxis_bench -c "\copy episode_copy from '$WORK/episodes.csv' csv"
echo "COPY of $rows episode rows: $(( ($(date +%s%N) - started) / 1000000 )) ms"
$PSQL -c "drop database if exists praxis_bench with (force)"
