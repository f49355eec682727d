#!/usr/bin/env bash
# Time from `java` to ready (readiness probe answers 200) on the embedded H2 default, with -Xmx512m:
# once on an empty data folder (Flyway creates the schema, the demo council is generated), then later
# starts of the same folder. Three ways of starting:
#   run:   as `./mvnw spring-boot:run` starts Praxis: target/classes and the dependency jars on the class path,
#          with the plugin's -XX:TieredStopAtLevel=1 (Maven's own start-up is left out)
#   plain: java -Xmx512m -jar target/praxis.jar
#   aot:   the jar extracted and started with a JDK 25 AOT cache made by one training run (JEP 514/515)
# Usage: bench/startup.sh [later-starts]   (needs target/praxis.jar: ./mvnw -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)/bin/java}
PORT=${PORT:-18080}
LATER=${1:-3}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
[ -f target/praxis.jar ] || { echo "Build first: ./mvnw -q package -DskipTests"; exit 1; }
./mvnw -q dependency:build-classpath -Dmdep.outputFile="$WORK/classpath" -Dmdep.includeScope=runtime > /dev/null

start_once() { # data-folder java-arguments...
  local data=$1; shift
  local started=$(date +%s%N)
  "$JAVA" -Xmx512m "$@" --server.port="$PORT" --praxis.data-dir="$data" > "$data.log" 2>&1 &
  local pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/actuator/health/readiness"; do
    kill -0 "$pid" 2>/dev/null || { echo "Praxis stopped; see $data.log"; cat "$data.log"; exit 1; }
    sleep 0.05
  done
  echo $(( ($(date +%s%N) - started) / 1000000 ))
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

measure() { # label java-arguments...
  local label=$1; shift
  local data="$WORK/data-$label"
  echo "$label, first start (empty data folder, demo council generated): $(start_once "$data" "$@") ms;" \
       "$(grep -o 'Loaded the demo council in [0-9]* ms' "$data.log" || true)"
  for i in $(seq 1 "$LATER"); do
    echo "$label, later start $i: $(start_once "$data" "$@") ms"
  done
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $("$JAVA" -version 2>&1 | head -1); $(date -u +%F)"
measure run -XX:TieredStopAtLevel=1 -cp "target/classes:$(cat "$WORK/classpath")" org.praxis.PraxisApplication
measure plain -jar target/praxis.jar

# The AOT cache: extract the jar, record one start (the context is refreshed, then the JVM exits), reuse.
"$JAVA" -Djarmode=tools -jar target/praxis.jar extract --destination "$WORK/app" > /dev/null
"$JAVA" -XX:AOTCacheOutput="$WORK/app/praxis.aot" -Dspring.context.exit=onRefresh -jar "$WORK/app/praxis.jar" \
  --praxis.data-dir="$WORK/training" --server.port=0 > "$WORK/training.log" 2>&1
measure aot -XX:AOTCache="$WORK/app/praxis.aot" -jar "$WORK/app/praxis.jar"
