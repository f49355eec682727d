#!/usr/bin/env bash
# Staff survey results, the budget of issue 16: 5,000 responses x 60 questions, every breakdown (everyone, team,
# service area, job role, employment type) and the CSV export of them all, p95 under 150 ms, on the embedded H2
# (DB=h2, the default) or PostgreSQL (DB=pg). RESPONSES and QUESTIONS change the size.
# Usage: bench/surveys.sh   (needs target/praxis.jar: ./mvnw -q package -DskipTests; wrk; curl)
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)/bin/java}
DB=${DB:-h2}
PORT=${PORT:-8183}
BASE=http://127.0.0.1:$PORT
WORK=$(mktemp -d)
SERVER=
trap '[ -n "$SERVER" ] && kill $SERVER 2>/dev/null; rm -rf "$WORK"' EXIT
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
PASSWORD=$(grep -oE 'PASSWORD = "[^"]+"' src/main/java/org/praxis/demo/DemoCouncil.java | cut -d'"' -f2)

if [ "$DB" = pg ]; then
  $PSQL -c "drop database if exists praxis_bench_surveys with (force)" -c "create database praxis_bench_surveys"
  DATA=(--spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/praxis_bench_surveys?reWriteBatchedInserts=true"
        --spring.datasource.username=postgres --praxis.demo.load=always)
else
  DATA=(--praxis.data-dir="$WORK/h2" --praxis.demo.load=always)
fi

echo "== Generating two surveys of ${QUESTIONS:-60} questions x ${RESPONSES:-5000} responses ($DB)"
GENERATED=$("$JAVA" -jar target/praxis.jar "${DATA[@]}" generate survey --responses "${RESPONSES:-5000}" \
  --questions "${QUESTIONS:-60}" | grep -E "^Generated")
echo "$GENERATED"
RESULTS=$(echo "$GENERATED" | grep -oE '/surveys/[0-9]+/results')

"$JAVA" -Xmx1g -jar target/praxis.jar "${DATA[@]}" --server.port="$PORT" > "$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 120); do curl -sf "$BASE/actuator/health/readiness" > /dev/null && break; sleep 1; done
JAR="$WORK/leader.jar"
TOKEN=$(curl -s -c "$JAR" -b "$JAR" "$BASE/sign-in" | grep -oE 'name="_csrf" value="[^"]+"' | head -1 | cut -d'"' -f4)
curl -s -c "$JAR" -b "$JAR" -o /dev/null -d "username=leader&password=$PASSWORD&_csrf=$TOKEN" "$BASE/sign-in"
LEADER="SESSION=$(awk '$6 == "SESSION" {print $7}' "$JAR")"
echo "Results page: $(curl -s -H "Cookie: $LEADER" "$BASE$RESULTS" | grep -oE '<strong>[0-9]+</strong> of' | head -1)"
COOKIE=$LEADER wrk -t2 -c4 -d10s -s bench/findings.lua "$BASE$RESULTS" > /dev/null
for page in "$RESULTS" "$RESULTS?by=TEAM" "$RESULTS?by=SERVICE" "$RESULTS?by=ROLE" "$RESULTS?by=EMPLOYMENT" \
  "${RESULTS}.csv"; do
  echo "== $page, 4 connections, 20 s"
  COOKIE=$LEADER wrk -t2 -c4 -d20s -s bench/findings.lua "$BASE$page" | tail -1
done
