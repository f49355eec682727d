#!/usr/bin/env bash
# The director's page and the quarterly practice assurance report on a large council's data (issue 18 §4). The data:
# the demo council, a generated Annex A workbook (SCALE times the demo's size; 333 gives about a million cases), five
# years of audit history (PROGRAMMES programmes of PER_PROGRAMME audits), a year of learning reviews, and the
# complaints generator's ten years when the jar has it. Timed as whole HTTP requests, one client at a time, REQUESTS
# times each after one warm-up: the director's page put together afresh on every request
# (praxis.governance.director-page-fresh-for=0s, the worst case) and as it is served (kept five minutes); the draft
# report's page and PDF (sections composed live) and the published report's PDF (stored sections); and the command
# line's PDF, start-up included. Budgets: the director's page p95 under 150 ms; the quarterly PDF under 10 s.
# Usage: bench/governance.sh   (needs target/praxis.jar: ./mvnw -q package -DskipTests; curl; PostgreSQL on
# 127.0.0.1:5432 with trust authentication for user postgres)
#   DB=h2   the embedded H2 database instead of PostgreSQL;  SCALE=333  PROGRAMMES=100  PER_PROGRAMME=300
#   REQUESTS=40 requests a page;  KEEP=1 keep the database for another run;  QUICK=1 leave out the 7-minute reader
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | sed -n 1p)/bin/java}
JAR=${JAR:-target/praxis.jar}
DB=${DB:-pg}
SCALE=${SCALE:-333}
PROGRAMMES=${PROGRAMMES:-100}
PER_PROGRAMME=${PER_PROGRAMME:-300}
REQUESTS=${REQUESTS:-40}
PORT=${PORT:-8194}
BASE=http://127.0.0.1:$PORT
DIR=${DIR:-/tmp/praxis-bench-governance}
# The large snapshot is the last ended quarter's last (imported after the demo's snapshot of the same day), so the
# director's page, which opens on that quarter, reads its million cases' indicators.
MONTH=$(date +%m); YEAR=$(date +%Y)
AS_AT=${AS_AT:-$(date -d "$YEAR-$(printf %02d $(( (10#$MONTH - 1) / 3 * 3 + 1 )))-01 -1 day" +%F)}
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
PASSWORD=$(grep -oE 'PASSWORD = "[^"]+"' src/main/java/org/praxis/demo/DemoCouncil.java | cut -d'"' -f2)
[ -f "$JAR" ] || { echo "Build first: ./mvnw -q package -DskipTests"; exit 1; }
mkdir -p "$DIR"
SERVER=
trap '[ -n "$SERVER" ] && kill $SERVER 2>/dev/null; [ -z "${KEEP:-}" ] && rm -rf "$DIR"; true' EXIT

if [ "$DB" = pg ]; then
  DATA=(--spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/praxis_bench_governance?reWriteBatchedInserts=true"
        --spring.datasource.username=postgres --praxis.demo.load=always)
  FRESH=$([ -n "${KEEP:-}" ] && $PSQL -At -c "select 1 from pg_database where datname = 'praxis_bench_governance'" | grep -q 1 \
          && echo no || echo yes)
  [ "$FRESH" = yes ] && $PSQL -c "drop database if exists praxis_bench_governance with (force)" -c "create database praxis_bench_governance"
else
  DATA=(--praxis.data-dir="$DIR/h2" --praxis.demo.load=always)
  FRESH=$([ -n "${KEEP:-}" ] && [ -d "$DIR/h2" ] && echo no || echo yes)
fi

if [ "$FRESH" = yes ]; then
  [ -f "$DIR/big-$SCALE.xlsx" ] || "$JAVA" -jar "$JAR" --praxis.data-dir="$DIR/generator" generate annex-a "$DIR/big-$SCALE.xlsx" --scale "$SCALE" --as-at "$AS_AT" | tail -1
  # Audits first, sampled from the demo council's register (as bench/audits.sh): drawing each of a hundred programmes
  # from the million-case register took about 10 s a programme; the audit section reads results, not which case.
  "$JAVA" -Xmx1g -jar "$JAR" "${DATA[@]}" generate audits --programmes "$PROGRAMMES" --per-programme "$PER_PROGRAMME" | tail -1
  "$JAVA" -Xmx1g -jar "$JAR" "${DATA[@]}" import annex-a "$DIR/big-$SCALE.xlsx" --as-at "$AS_AT" --quarantine --accept-sharp-change \
    | grep -E "^(Imported|Took)" || true
  "$JAVA" -Xmx1g -jar "$JAR" "${DATA[@]}" generate reviews | tail -1
  if "$JAVA" -jar "$JAR" help 2>&1 | grep -q "generate complaints"; then
    "$JAVA" -Xmx1g -jar "$JAR" "${DATA[@]}" generate complaints | tail -1
  fi
  [ "$DB" = pg ] && $PSQL -d praxis_bench_governance -c "vacuum analyze"
fi

start_server() { # extra arguments
  ! ss -ltn | grep -q ":$PORT " || { echo "Port $PORT is in use: PORT=... to choose another"; exit 1; }
  "$JAVA" -Xmx1g -jar "$JAR" "${DATA[@]}" --server.port="$PORT" "$@" > "$DIR/server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 300); do curl -sf "$BASE/actuator/health/readiness" > /dev/null && break; sleep 1; done
  curl -sf "$BASE/actuator/health/readiness" > /dev/null || { echo "The server did not start"; tail -20 "$DIR/server.log"; exit 1; }
}

stop_server() {
  kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=
}

sign_in() { # username: the session cookie
  local jar="$DIR/$1.jar" token
  rm -f "$jar"
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/sign-in" | grep -oE 'name="_csrf" value="[^"]+"' | sed -n 1p | cut -d'"' -f4)
  curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=$1&password=$PASSWORD&_csrf=$token" "$BASE/sign-in"
  echo "SESSION=$(awk '$6 == "SESSION" {print $7}' "$jar")"
}

time_page() { # label, cookie, path [requests [seconds between them]]
  local label=$1 cookie=$2 path=$3 n=${4:-$REQUESTS} gap=${5:-0} times status
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$BASE$path")
  [ "$status" = 200 ] || { printf '%-44s HTTP %s  %s\n' "$label" "$status" "$path"; return; }
  times=$(for _ in $(seq 1 "$n"); do
    curl -s -o /dev/null -w '%{time_total}\n' -H "Cookie: $cookie" "$BASE$path"
    sleep "$gap"
  done | sort -n)
  printf '%-44s p50 %6.0f ms  p95 %6.0f ms  max %6.0f ms  %s\n' "$label" \
    "$(sed -n "$(( (n + 1) / 2 ))p" <<< "$times" | awk '{print $1 * 1000}')" \
    "$(sed -n "$(( (n * 95 + 99) / 100 ))p" <<< "$times" | awk '{print $1 * 1000}')" \
    "$(tail -1 <<< "$times" | awk '{print $1 * 1000}')" "$path"
}

echo "== $DB, $(nproc) cores; $REQUESTS requests a page, one at a time"
start_server --praxis.governance.director-page-fresh-for=0s
LEADER=$(sign_in leader)
QA=$(sign_in qa.lead)
time_page "Director's page, put together every time" "$LEADER" /governance/director
stop_server
start_server
LEADER=$(sign_in leader)
QA=$(sign_in qa.lead)
time_page "Director's page, as served (kept 5 min)" "$LEADER" /governance/director
# A reader every 10 s for 7 minutes, past the 5 minutes the figures are kept: the background keeps them warm.
[ -n "${QUICK:-}" ] || time_page "Director's page, a reader every 10 s, 7 min" "$LEADER" /governance/director 42 10
DRAFT=$(curl -s -H "Cookie: $QA" "$BASE/governance/reports" | grep -oE '/governance/reports/[0-9]+' | sed -n 1p)
PUBLISHED=$(curl -s -H "Cookie: $QA" "$BASE/governance/reports" | grep -oE '/governance/reports/[0-9]+' | sed -n 2p)
time_page "Draft report's page (composed live)" "$QA" "$DRAFT"
time_page "Draft report's PDF (composed live)" "$QA" "$DRAFT.pdf" 10
time_page "Published report's PDF (stored sections)" "$QA" "$PUBLISHED.pdf" 10
stop_server
PERIOD=$(date -d "$(date +%Y-%m-01) -3 months" +%Y)-Q$(( ( $(date -d "$(date +%Y-%m-01) -3 months" +%-m) - 1 ) / 3 + 1 ))
START=$(date +%s.%N)
WROTE=$("$JAVA" -Xmx1g -jar "$JAR" "${DATA[@]}" report practice-assurance --period "$PERIOD" --out "$DIR/report.pdf" \
  | grep "^Wrote" || true)
printf '%-44s %6.1f s (start-up included); %s\n' "Command line PDF, $PERIOD" "$(echo "$(date +%s.%N) - $START" | bc)" \
  "$(grep -oE 'in [0-9.]+ s' <<< "$WROTE" | sed 's/^in/the report itself/')"
