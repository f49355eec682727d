#!/usr/bin/env bash
# Learning from reviews, the budget of issue 15, on the embedded H2 (DB=h2, the default) or PostgreSQL (DB=pg):
# the leaders' synopsis and a review's before-and-after figures, p95 under 150 ms, with 200 reviews, 5,000
# recommendations (an action each in the tracker) and five years of audits (the `bench/audits.sh` history:
# 100 programmes x 300 audits; PROGRAMMES=n for fewer).
# Usage: bench/learning.sh   (needs target/praxis.jar: ./mvnw -q package -DskipTests; wrk; curl)
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)/bin/java}
DB=${DB:-h2}
PORT=${PORT:-8182}
BASE=http://127.0.0.1:$PORT
# KEEP=1 keeps the generated data (its folder is printed); REUSE=folder measures again on data kept before (H2).
WORK=${REUSE:-$(mktemp -d)}
SERVER=
trap '[ -n "$SERVER" ] && kill $SERVER 2>/dev/null; [ -n "${KEEP:-}${REUSE:-}" ] || rm -rf "$WORK"' EXIT
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
PASSWORD=$(grep -oE 'PASSWORD = "[^"]+"' src/main/java/org/praxis/demo/DemoCouncil.java | cut -d'"' -f2)

if [ "$DB" = pg ]; then
  $PSQL -c "drop database if exists praxis_bench_learning with (force)" -c "create database praxis_bench_learning"
  DATA=(--spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/praxis_bench_learning?reWriteBatchedInserts=true"
        --spring.datasource.username=postgres --praxis.demo.load=always)
else
  DEMO=always
  [ -n "${REUSE:-}" ] && DEMO=never
  DATA=(--praxis.data-dir="$WORK/h2" --praxis.demo.load=$DEMO)
fi

if [ -z "${REUSE:-}" ]; then
  echo "== Generating five years of audits and 200 reviews ($DB) in $WORK"
  "$JAVA" -jar target/praxis.jar "${DATA[@]}" generate audits --programmes "${PROGRAMMES:-100}" --per-programme 300 \
    | grep -E "^Generated"
  "$JAVA" -jar target/praxis.jar "${DATA[@]}" generate reviews --reviews "${REVIEWS:-200}" \
    --recommendations "${RECOMMENDATIONS:-5000}" | grep -E "^Generated"
fi

"$JAVA" -Xmx1g -jar target/praxis.jar "${DATA[@]}" --server.port="$PORT" > "$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 120); do curl -sf "$BASE/actuator/health/readiness" > /dev/null && break; sleep 1; done
JAR="$WORK/leader.jar"
TOKEN=$(curl -s -c "$JAR" -b "$JAR" "$BASE/sign-in" | grep -oE 'name="_csrf" value="[^"]+"' | head -1 | cut -d'"' -f4)
curl -s -c "$JAR" -b "$JAR" -o /dev/null -d "username=leader&password=$PASSWORD&_csrf=$TOKEN" "$BASE/sign-in"
LEADER="SESSION=$(awk '$6 == "SESSION" {print $7}' "$JAR")"
echo "Reviews: $(curl -s -H "Cookie: $LEADER" "$BASE/learning/reviews" | grep -oE 'Reviews \([0-9]+\)' || true)"
# The newest generated review with its findings' before-and-after figures (three findings, six measures).
REVIEW=$(curl -s -H "Cookie: $LEADER" "$BASE/learning/reviews?kind=LOCAL_CSPR" | grep -oE '/learning/reviews/[0-9]+' | sed -n 1p)
echo "Review page: $REVIEW, $(curl -s -H "Cookie: $LEADER" "$BASE$REVIEW" | grep -c 'Has practice changed?') findings measured"
# A first pass warms the server up (the budget is for a running service, not a cold one).
COOKIE=$LEADER wrk -t2 -c4 -d10s -s bench/findings.lua "$BASE/learning/synopsis" > /dev/null
for page in "/learning/synopsis" "/learning/synopsis?reviews=20" "$REVIEW"; do
  echo "== $page, 4 connections, 30 s"
  COOKIE=$LEADER wrk -t2 -c4 -d30s -s bench/findings.lua "$BASE$page" | tail -1
done
