#!/usr/bin/env bash
# Practice Week timetable (issue 5): solves made-up weeks with the production solver configuration and prints when
# the timetable first broke no hard rule, when every team had a visit and a senior leader's visit, and the score.
#  - a large week: 300 visitors, 120 teams, 1,500 slots over 5 days, 30 s limit (budget: no hard rule broken in 30 s);
#  - a medium week: 40 visitors, 30 teams, 200 slots, 5 s limit (budget: within 5 s).
# Usage: bench/timetable.sh   (needs target/praxis.jar: ./mvnw -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)/bin/java}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
run() {
  "$JAVA" -Xmx1g -jar target/praxis.jar --praxis.data-dir="$WORK" --logging.level.root=WARN bench timetable "$@" \
    | grep -vE "^\s+at |WARN"
}
echo "== Large week"
run --visitors 300 --teams 120 --slots 1500 --seconds 30 --seed "${SEED:-1}"
echo "== Medium week"
run --visitors 40 --teams 30 --slots 200 --seconds 5 --seed "${SEED:-1}"
