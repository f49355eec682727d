#!/usr/bin/env bash
# Home page latency and throughput with 20 concurrent signed-in users: starts Praxis (-Xmx512m, embedded
# H2 with the demo council), signs in 20 separate sessions (the six demo users in turn), then runs wrk on
# loopback with one connection per session. Usage: bench/home-load.sh [seconds]   (needs target/praxis.jar, wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)/bin/java}
PORT=${PORT:-18081}
SECONDS_TO_RUN=${1:-30}
DATA=$(mktemp -d)
BASE="http://127.0.0.1:$PORT"
command -v wrk >/dev/null || { echo "Install wrk (apt-get install wrk)"; exit 1; }

"$JAVA" -Xmx512m -jar target/praxis.jar --server.port="$PORT" --praxis.data-dir="$DATA" > "$DATA/run.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$DATA"' EXIT
until curl -sf -o /dev/null "$BASE/actuator/health/readiness"; do sleep 0.1; done

users=(admin qa.lead leader manager practitioner visitor)
: > "$DATA/cookies.txt"
for i in $(seq 0 19); do
  jar="$DATA/jar$i"
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=${users[$((i % 6))]}" \
       --data-urlencode "password=praxis-demo" --data-urlencode "_csrf=$token" "$BASE/sign-in"
  session=$(awk '$6 == "SESSION" {print $7}' "$jar")
  [ "$(curl -s -o /dev/null -w '%{http_code}' -b "SESSION=$session" "$BASE/")" = 200 ] || { echo "sign-in $i failed"; exit 1; }
  echo "$session" >> "$DATA/cookies.txt"
done

# Warm up the JIT, then measure.
export SESSIONS_FILE="$DATA/cookies.txt"
wrk -t20 -c20 -d10s -s bench/home.lua "$BASE/" > /dev/null
echo "machine: $(nproc) cores; 20 signed-in sessions; GET / for ${SECONDS_TO_RUN}s"
wrk -t20 -c20 -d"${SECONDS_TO_RUN}s" --latency -s bench/home.lua "$BASE/"
