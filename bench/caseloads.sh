#!/usr/bin/env bash
# Caseloads at about a million cases (issue 16 §5): the caseloads page, timed as whole HTTP requests, signed in as the
# QA lead (every team's counts and the workers over threshold council-wide) and as a team manager (their team's
# workers by name, each read written to the access log), one client at a time, REQUESTS times each after one warm-up
# request; p50 and p95 in ms. The register is made as bench/register-pages.sh makes it: the demo council, then a
# generated Annex A workbook (SCALE times the demo's size; 333 gives about a million cases) imported from the
# command line. Budget: under 1 s.
# Usage: bench/caseloads.sh   (needs target/praxis.jar: ./mvnw -q package -DskipTests; curl; PostgreSQL on
# 127.0.0.1:5432 with trust authentication for user postgres)
#   DB=h2        the embedded H2 database instead of PostgreSQL
#   SCALE=333    size of the generated workbook;  REQUESTS=40  requests per page;  KEEP=1 keep the database
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | sed -n 1p)/bin/java}
JAR=${JAR:-target/praxis.jar}
DB=${DB:-pg}
SCALE=${SCALE:-333}
REQUESTS=${REQUESTS:-40}
PORT=${PORT:-8193}
BASE=http://127.0.0.1:$PORT
DIR=${DIR:-/tmp/praxis-bench-caseloads}
AS_AT=2026-11-20
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
PASSWORD=$(grep -oE 'PASSWORD = "[^"]+"' src/main/java/org/praxis/demo/DemoCouncil.java | cut -d'"' -f2)
[ -f "$JAR" ] || { echo "Build first: ./mvnw -q package -DskipTests"; exit 1; }
mkdir -p "$DIR"
SERVER=
trap '[ -n "$SERVER" ] && kill $SERVER 2>/dev/null; [ -z "${KEEP:-}" ] && rm -rf "$DIR"; true' EXIT

if [ "$DB" = pg ]; then
  DATA=(--spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/praxis_bench_caseloads?reWriteBatchedInserts=true"
        --spring.datasource.username=postgres --praxis.demo.load=always)
  FRESH=$([ -n "${KEEP:-}" ] && $PSQL -At -c "select 1 from pg_database where datname = 'praxis_bench_caseloads'" | grep -q 1 \
          && echo no || echo yes)
  [ "$FRESH" = yes ] && $PSQL -c "drop database if exists praxis_bench_caseloads with (force)" -c "create database praxis_bench_caseloads"
else
  DATA=(--praxis.data-dir="$DIR/h2" --praxis.demo.load=always)
  FRESH=$([ -n "${KEEP:-}" ] && [ -d "$DIR/h2" ] && echo no || echo yes)
fi

if [ "$FRESH" = yes ]; then
  [ -f "$DIR/big-$SCALE.xlsx" ] || "$JAVA" -jar "$JAR" --praxis.data-dir="$DIR/generator" generate annex-a "$DIR/big-$SCALE.xlsx" --scale "$SCALE" --as-at "$AS_AT" | tail -1
  "$JAVA" -Xmx1g -jar "$JAR" "${DATA[@]}" import annex-a "$DIR/big-$SCALE.xlsx" --as-at "$AS_AT" --quarantine --accept-sharp-change \
    | grep -E "^(Imported|Took)" || true
  [ "$DB" = pg ] && $PSQL -d praxis_bench_caseloads -c "vacuum analyze"
fi

# Another build's server on the port would answer for ours.
! ss -ltn | grep -q ":$PORT " || { echo "Port $PORT is in use: PORT=... to choose another"; exit 1; }
"$JAVA" -Xmx1g -jar "$JAR" "${DATA[@]}" --server.port="$PORT" > "$DIR/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 300); do curl -sf "$BASE/actuator/health/readiness" > /dev/null && break; sleep 1; done
curl -sf "$BASE/actuator/health/readiness" > /dev/null || { echo "The server did not start"; tail -20 "$DIR/server.log"; exit 1; }

sign_in() { # username: the session cookie
  local jar="$DIR/$1.jar" token
  rm -f "$jar"
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/sign-in" | grep -oE 'name="_csrf" value="[^"]+"' | sed -n 1p | cut -d'"' -f4)
  curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=$1&password=$PASSWORD&_csrf=$token" "$BASE/sign-in"
  echo "SESSION=$(awk '$6 == "SESSION" {print $7}' "$jar")"
}

time_page() { # label, cookie, path
  local label=$1 cookie=$2 path=$3 times status
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$BASE$path")
  [ "$status" = 200 ] || { printf '%-36s HTTP %s  %s\n' "$label" "$status" "$path"; return; }
  times=$(for _ in $(seq 1 "$REQUESTS"); do
    curl -s -o /dev/null -w '%{time_total}\n' -H "Cookie: $cookie" "$BASE$path"
  done | sort -n)
  printf '%-36s p50 %6.0f ms  p95 %6.0f ms  %s\n' "$label" \
    "$(sed -n "$(( (REQUESTS + 1) / 2 ))p" <<< "$times" | awk '{print $1 * 1000}')" \
    "$(sed -n "$(( (REQUESTS * 95 + 99) / 100 ))p" <<< "$times" | awk '{print $1 * 1000}')" "$path"
}

QA=$(sign_in qa.lead)
MANAGER=$(sign_in manager)
OPEN=$(curl -s -H "Cookie: $QA" "$BASE/workforce/caseloads" | grep -oE "[0-9]+ open cases" | sed -n 1p || true)
echo "== $DB, $(nproc) cores, $OPEN in the live snapshots; $REQUESTS requests a page, one at a time"
time_page "Caseloads, QA lead (council-wide)" "$QA" /workforce/caseloads
time_page "Caseloads, team manager" "$MANAGER" /workforce/caseloads
grep -E "Held snapshot" "$DIR/server.log" | sed 's/.*Held/Held/' || true
