#!/usr/bin/env bash
# Complaints, the budget of issue 17: 10 years x 3,000 complaints a year (with a compliment for every four), the
# trends page, the annual report page and the complaints list p95 under 150 ms, the annual report's PDF under 5 s, on
# the embedded H2 (DB=h2, the default) or PostgreSQL (DB=pg). YEARS and PER_YEAR change the size.
# Usage: bench/complaints.sh   (needs target/praxis.jar: ./mvnw -q package -DskipTests; wrk; curl)
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)/bin/java}
DB=${DB:-h2}
PORT=${PORT:-8184}
BASE=http://127.0.0.1:$PORT
WORK=$(mktemp -d)
SERVER=
trap '[ -n "$SERVER" ] && kill $SERVER 2>/dev/null; rm -rf "$WORK"' EXIT
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
PASSWORD=$(grep -oE 'PASSWORD = "[^"]+"' src/main/java/org/praxis/demo/DemoCouncil.java | cut -d'"' -f2)

if [ "$DB" = pg ]; then
  $PSQL -c "drop database if exists praxis_bench_complaints with (force)" -c "create database praxis_bench_complaints"
  DATA=(--spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/praxis_bench_complaints?reWriteBatchedInserts=true"
        --spring.datasource.username=postgres --praxis.demo.load=always)
else
  DATA=(--praxis.data-dir="$WORK/h2" --praxis.demo.load=always)
fi

echo "== Generating ${YEARS:-10} years x ${PER_YEAR:-3000} complaints a year ($DB)"
"$JAVA" -jar target/praxis.jar "${DATA[@]}" generate complaints --years "${YEARS:-10}" --per-year "${PER_YEAR:-3000}" \
  | grep -E "^Generated"
# what autovacuum does soon after a bulk load: without it PostgreSQL plans on empty-table statistics
[ "$DB" = pg ] && $PSQL -d praxis_bench_complaints -c "vacuum analyze"

"$JAVA" -Xmx1g -jar target/praxis.jar "${DATA[@]}" --server.port="$PORT" > "$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 180); do curl -sf "$BASE/actuator/health/readiness" > /dev/null && break; sleep 1; done
JAR="$WORK/manager.jar"
TOKEN=$(curl -s -c "$JAR" -b "$JAR" "$BASE/sign-in" | grep -oE 'name="_csrf" value="[^"]+"' | head -1 | cut -d'"' -f4)
curl -s -c "$JAR" -b "$JAR" -o /dev/null -d "username=complaints.manager&password=$PASSWORD&_csrf=$TOKEN" "$BASE/sign-in"
COOKIE="SESSION=$(awk '$6 == "SESSION" {print $7}' "$JAR")"
YEAR=$(( $(date +%m) >= 4 ? $(date +%Y) - 1 : $(date +%Y) - 2 ))
REPORT="/complaints/annual-report?procedure=CHILDREN&year=$YEAR"
echo "Trends page: $(curl -s -H "Cookie: $COOKIE" "$BASE/complaints/trends" | grep -oE '[0-9,]+ complaints and' | head -1)"
for page in /complaints/trends "$REPORT" "/complaints?procedure=ADULTS" "/complaints?open=yes&page=20"; do
  # each page warmed for 5 s first, so that its figure is the steady state, not the first compilation of its code
  COOKIE=$COOKIE wrk -t2 -c4 -d5s -s bench/findings.lua "$BASE$page" > /dev/null
  echo "== $page, 4 connections, 20 s"
  COOKIE=$COOKIE wrk -t2 -c4 -d20s -s bench/findings.lua "$BASE$page" | tail -1
done
echo "== /complaints/annual-report/CHILDREN/$YEAR.pdf, 5 times one after another"
for _ in 1 2 3 4 5; do
  curl -s -o /dev/null -H "Cookie: $COOKIE" -w "%{http_code} %{size_download} bytes %{time_total} s\n" \
    "$BASE/complaints/annual-report/CHILDREN/$YEAR.pdf"
done
