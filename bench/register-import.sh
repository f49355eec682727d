#!/usr/bin/env bash
# Case register import: a generated Annex A workbook (the demo council's synthetic data at SCALE times its size;
# scale 33 is about 100,000 rows) imported from the command line, with -Xmx512m, first on the embedded H2, then on
# PostgreSQL; then PostgreSQL COPY of the same rows the import wrote (its episodes and its cases, as CSV) into empty
# copies of the two tables with the same indexes, for the ratio. The import's own "Took" line covers fingerprinting
# the file, reading, checking, writing episodes and cases, the indicators and the problem report, in one
# transaction; the JVM's start is not in it.
# Usage: bench/register-import.sh [SCALE]   (ONLY=pg skips H2, for a million rows on a busy machine)
#   (needs target/praxis.jar: ./mvnw -q package -DskipTests; PostgreSQL on
# 127.0.0.1:5432 with trust authentication for user postgres). PG_OPTIONS= (empty) measures without the driver's
# reWriteBatchedInserts, which the script turns on by default as the README recommends (the import itself writes by
# COPY on PostgreSQL, so it hardly matters now).
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)/bin/java}
SCALE=${1:-33}
AS_AT=2026-11-20
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
JAR=${JAR:-target/praxis.jar} # JAR=an/older/praxis.jar measures that build the same way
[ -f "$JAR" ] || { echo "Build first: ./mvnw -q package -DskipTests"; exit 1; }
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"

"$JAVA" -jar "$JAR" generate annex-a "$WORK/annex-a.xlsx" --scale "$SCALE" --as-at "$AS_AT" | tail -1
echo "Workbook: $(du -h "$WORK/annex-a.xlsx" | cut -f1)"

peak_heap() { # from a unified GC log: the largest heap in use before a collection, and the largest kept after one
  echo "$(grep -o '[0-9]*M->[0-9]*M' "$1" | cut -d'M' -f1 | sort -n | tail -1) MB before a GC," \
       "$(grep -o '[0-9]*M->[0-9]*M' "$1" | cut -d'>' -f2 | tr -d M | sort -n | tail -1) MB live after one"
}

if [ "${ONLY:-}" != pg ]; then
echo "== H2 (embedded file database)"
"$JAVA" -Xmx512m -Xlog:gc:file="$WORK/gc-h2.log" -jar "$JAR" --praxis.data-dir="$WORK/h2" --praxis.demo.load=always \
  import annex-a "$WORK/annex-a.xlsx" --as-at "$AS_AT" --quarantine --accept-sharp-change | grep -E "^(Imported|Took)|rows$|with problems$" || true
echo "Heap: $(peak_heap "$WORK/gc-h2.log") (limit 512 MB)"
fi

echo "== PostgreSQL"
$PSQL -c "drop database if exists praxis_bench with (force)" -c "create database praxis_bench"
"$JAVA" -Xmx512m -Xlog:gc:file="$WORK/gc-pg.log" -jar "$JAR" \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/praxis_bench${PG_OPTIONS:-?reWriteBatchedInserts=true}" \
  --spring.datasource.username=postgres \
  --praxis.demo.load=always import annex-a "$WORK/annex-a.xlsx" --as-at "$AS_AT" --quarantine --accept-sharp-change \
  | grep -E "^(Imported|Took)" | tee "$WORK/pg.out" || true
echo "Heap: $(peak_heap "$WORK/gc-pg.log") (limit 512 MB)"

echo "== PostgreSQL COPY of the same rows"
latest="(select max(id) from register_snapshot)"
$PSQL -d praxis_bench -c "\copy (select * from register_episode where snapshot_id = $latest) to '$WORK/episodes.csv' csv" \
  -c "\copy (select * from register_case where snapshot_id = $latest) to '$WORK/cases.csv' csv" \
  -c "create table episode_copy (like register_episode including defaults including indexes)" \
  -c "create table case_copy (like register_case including defaults including indexes)"
episodes=$($PSQL -d praxis_bench -At -c "select count(*) from register_episode where snapshot_id = $latest")
cases=$($PSQL -d praxis_bench -At -c "select count(*) from register_case where snapshot_id = $latest")
started=$(date +%s%N)
$PSQL -d praxis_bench -c "\copy episode_copy from '$WORK/episodes.csv' csv"
episodes_ms=$(( ($(date +%s%N) - started) / 1000000 ))
started=$(date +%s%N)
$PSQL -d praxis_bench -c "\copy case_copy from '$WORK/cases.csv' csv"
cases_ms=$(( ($(date +%s%N) - started) / 1000000 ))
echo "COPY of $episodes episode rows: $episodes_ms ms; of $cases case rows: $cases_ms ms; both: $((episodes_ms + cases_ms)) ms"
took=$(grep -o 'Took [0-9.]*' "$WORK/pg.out" | cut -d' ' -f2)
[ -n "$took" ] && echo "PostgreSQL import ÷ COPY of both: $(echo "scale=1; $took * 1000 / ($episodes_ms + $cases_ms)" | bc)×" \
  "(÷ COPY of the episodes alone: $(echo "scale=1; $took * 1000 / $episodes_ms" | bc)×)"
$PSQL -c "drop database if exists praxis_bench with (force)"
