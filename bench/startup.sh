#!/usr/bin/env bash
# Time from `java -jar` to ready (readiness probe answers 200) on the embedded H2 default, with -Xmx512m:
# once on an empty data folder (Flyway creates the schema and the demo council is generated) and then
# on later starts of the same folder. Usage: bench/startup.sh [later-starts]   (needs target/praxis.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)/bin/java}
JAR=target/praxis.jar
PORT=${PORT:-18080}
LATER=${1:-3}
DATA=$(mktemp -d)
[ -f "$JAR" ] || { echo "Build first: ./mvnw -q package -DskipTests"; exit 1; }

start_once() {
  local started=$(date +%s%N)
  "$JAVA" -Xmx512m -jar "$JAR" --server.port="$PORT" --praxis.data-dir="$DATA" > "$DATA/run.log" 2>&1 &
  local pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/actuator/health/readiness"; do
    kill -0 "$pid" 2>/dev/null || { echo "Praxis stopped; see $DATA/run.log"; exit 1; }
    sleep 0.05
  done
  local ready=$(( ($(date +%s%N) - started) / 1000000 ))
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$ready"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $("$JAVA" -version 2>&1 | head -1)"
first=$(start_once)
echo "first start (empty data folder, demo council generated): ${first} ms"
grep -o 'Loaded the demo council in [0-9]* ms' "$DATA/run.log" || true
for i in $(seq 1 "$LATER"); do
  echo "later start $i: $(start_once) ms"
done
rm -rf "$DATA"
