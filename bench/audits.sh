#!/usr/bin/env bash
# Case file audits, three budgets from issue 4, on the embedded H2 (DB=h2, the default) or PostgreSQL (DB=pg):
#  1. the findings page p95 over five years of a large council: 100 programmes x 300 audits x 40 answers
#     (30,000 audits, 1,200,000 answers), generated through the real sampler and recorded as past audits;
#  2. autosave p95 with 20 auditors saving at once (one wrk thread and connection each, each taking the new version
#     from the response, so every save is a real write);
#  3. drawing a 1,000-case sample from a register of about a million cases (SAMPLE_SCALE, default 600), timed as the
#     whole "Draw the sample" request: population query, stratified draw, auditor assignment and the writes.
# Usage: bench/audits.sh   (needs target/praxis.jar: ./mvnw -q package -DskipTests; wrk; curl)
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)/bin/java}
DB=${DB:-h2}
PORT=${PORT:-8181}
BASE=http://127.0.0.1:$PORT
WORK=$(mktemp -d)
SERVER=
trap '[ -n "$SERVER" ] && kill $SERVER 2>/dev/null; rm -rf "$WORK"' EXIT
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
PASSWORD=$(grep -oE 'PASSWORD = "[^"]+"' src/main/java/org/praxis/demo/DemoCouncil.java | cut -d'"' -f2)

if [ "$DB" = pg ]; then
  $PSQL -c "drop database if exists praxis_bench_audits with (force)" -c "create database praxis_bench_audits"
  DATA=(--spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/praxis_bench_audits?reWriteBatchedInserts=true"
        --spring.datasource.username=postgres --praxis.demo.load=always)
else
  DATA=(--praxis.data-dir="$WORK/h2" --praxis.demo.load=always)
fi

start_server() {
  "$JAVA" -Xmx1g -jar target/praxis.jar "${DATA[@]}" --server.port="$PORT" > "$WORK/server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 120); do curl -sf "$BASE/actuator/health/readiness" > /dev/null && return; sleep 1; done
  echo "The server did not start"; tail -20 "$WORK/server.log"; exit 1
}

sign_in() { # prints the session cookie header value for the user
  local jar="$WORK/$1.jar"
  local token
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/sign-in" | grep -oE 'name="_csrf" value="[^"]+"' | head -1 | cut -d'"' -f4)
  curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=$1&password=$PASSWORD&_csrf=$token" "$BASE/sign-in"
  echo "SESSION=$(awk '$6 == "SESSION" {print $7}' "$jar")"
}

if [ -z "${ONLY_SAMPLE:-}" ]; then
echo "== Generating five years of audits ($DB)"
"$JAVA" -jar target/praxis.jar "${DATA[@]}" generate audits --programmes "${PROGRAMMES:-100}" --per-programme 300 \
  | grep -E "^Generated"

start_server
QA=$(sign_in qa.lead)
FIRST_GENERATED=$(curl -s -H "Cookie: $QA" "$BASE/audit/findings" | grep -oE '/audit/programmes/[0-9]+/findings' | head -1)
echo "== Findings page of one programme ($FIRST_GENERATED), 4 connections, 30 s"
COOKIE=$QA wrk -t2 -c4 -d30s -s bench/findings.lua "$BASE$FIRST_GENERATED" | tail -1
echo "== Findings over time (every programme), 4 connections, 30 s"
COOKIE=$QA wrk -t2 -c4 -d30s -s bench/findings.lua "$BASE/audit/findings" | tail -1

echo "== Autosave, 20 auditors at once, 30 s"
ENTRIES=
for user in leader qa.lead; do
  C=$(sign_in $user)
  for audit in $(curl -s -H "Cookie: $C" "$BASE/audit" | grep -oE '/audit/audits/[0-9]+' | sort -u | cut -d/ -f4); do
    PAGE=$(curl -s -H "Cookie: $C" "$BASE/audit/audits/$audit")
    grep -q 'hx-post=' <<< "$PAGE" || continue
    TOKEN=$(grep -oE 'name="_csrf" value="[^"]+"' <<< "$PAGE" | head -1 | cut -d'"' -f4)
    VERSION=$(grep -oE 'name="lockVersion" value="[0-9]+"' <<< "$PAGE" | head -1 | cut -d'"' -f4)
    ENTRIES="$ENTRIES$C|$TOKEN|$audit|$VERSION;"
  done
done
N=$(tr -cd ';' <<< "$ENTRIES" | wc -c)
N=$(( N > 20 ? 20 : N ))
AUTOSAVE=$ENTRIES wrk -t"$N" -c"$N" -d30s -s bench/autosave.lua "$BASE" | tail -1
kill $SERVER; wait $SERVER 2>/dev/null || true; SERVER=
fi

echo "== A 1,000-case sample from a register of about a million cases"
"$JAVA" -jar target/praxis.jar generate annex-a "$WORK/big.xlsx" --scale "${SAMPLE_SCALE:-600}" --as-at 2026-11-20 | tail -1
"$JAVA" -Xmx1g -jar target/praxis.jar "${DATA[@]}" import annex-a "$WORK/big.xlsx" --as-at 2026-11-20 --quarantine \
  | grep -E "^(Imported|Took)" || true
start_server
QA=$(sign_in qa.lead)
FORM=$(curl -s -H "Cookie: $QA" "$BASE/audit/programmes/new")
TOKEN=$(grep -oE 'name="_csrf" value="[^"]+"' <<< "$FORM" | head -1 | cut -d'"' -f4)
TEMPLATE=$(grep -oE '<option value="[0-9]+"[^>]*>Children' <<< "$FORM" | head -1 | cut -d'"' -f2)
CAPACITIES=$(grep -oE 'name="capacity-[0-9]+"' <<< "$FORM" | cut -d'"' -f2 | sed 's/$/=1000/' | paste -sd'&')
DUE=$(date -d '+30 days' '+dueDate.day=%-d&dueDate.month=%-m&dueDate.year=%Y')
for run in 1 2 3; do
  curl -s -o "$WORK/answer.html" -H "Cookie: $QA" -w "Run $run: HTTP %{http_code} in %{time_total} s\n" \
    --data "_csrf=$TOKEN&name=Bench+sample+$run&templateVersionId=$TEMPLATE&sampleSize=1000&stratifyBy=TEAM&excludeMonths=0&moderationPercent=10&$DUE&$CAPACITIES" \
    "$BASE/audit/programmes/new"
  grep -A3 'govuk-error-summary__list' "$WORK/answer.html" | sed 's/<[^>]*>//g' | grep -v '^\s*$' || true
done
grep -oE "(Held snapshot|Sampled) .*" "$WORK/server.log" | tail -5 || true
