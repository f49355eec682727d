#!/usr/bin/env bash
# Case register list pages at about a million cases (issue 12): every list page the register screens offer,
# timed as whole HTTP requests signed in as the QA lead, one client at a time, REQUESTS times each (after one
# warm-up request), p50 and p95 in milliseconds. The register is made the way a council makes it: the demo council,
# then a generated Annex A workbook (SCALE times the demo's size; 333 gives about a million cases) imported from the
# command line. Its snapshot's "previous" is the demo's 3,000-case snapshot, so "what changed" lists a million new
# cases: the worst case for those pages.
# Usage: bench/register-pages.sh   (needs target/praxis.jar: ./mvnw -q package -DskipTests; curl; PostgreSQL on
# 127.0.0.1:5432 with trust authentication for user postgres)
#   DB=h2        the embedded H2 database instead of PostgreSQL
#   SCALE=333    size of the generated workbook;  REQUESTS=40  requests per page
#   KEEP=1       keep the database (and the workbook, in $DIR) and reuse them on the next run: measure two builds
#                (JAR=...) on the same register without importing it again
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | sed -n 1p)/bin/java}
JAR=${JAR:-target/praxis.jar}
DB=${DB:-pg}
SCALE=${SCALE:-333}
REQUESTS=${REQUESTS:-40}
PORT=${PORT:-8182}
BASE=http://127.0.0.1:$PORT
DIR=${DIR:-/tmp/praxis-bench-register-pages}
AS_AT=2026-11-20
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
PASSWORD=$(grep -oE 'PASSWORD = "[^"]+"' src/main/java/org/praxis/demo/DemoCouncil.java | cut -d'"' -f2)
[ -f "$JAR" ] || { echo "Build first: ./mvnw -q package -DskipTests"; exit 1; }
mkdir -p "$DIR"
SERVER=
trap '[ -n "$SERVER" ] && kill $SERVER 2>/dev/null; [ -z "${KEEP:-}" ] && rm -rf "$DIR"; true' EXIT

if [ "$DB" = pg ]; then
  DATA=(--spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/praxis_bench_pages?reWriteBatchedInserts=true"
        --spring.datasource.username=postgres --praxis.demo.load=always)
  FRESH=$([ -n "${KEEP:-}" ] && $PSQL -At -c "select 1 from pg_database where datname = 'praxis_bench_pages'" | grep -q 1 \
          && echo no || echo yes)
  [ "$FRESH" = yes ] && $PSQL -c "drop database if exists praxis_bench_pages with (force)" -c "create database praxis_bench_pages"
else
  DATA=(--praxis.data-dir="$DIR/h2" --praxis.demo.load=always)
  FRESH=$([ -n "${KEEP:-}" ] && [ -d "$DIR/h2" ] && echo no || echo yes)
fi

if [ "$FRESH" = yes ]; then
  [ -f "$DIR/big-$SCALE.xlsx" ] || "$JAVA" -jar "$JAR" --praxis.data-dir="$DIR/generator" generate annex-a "$DIR/big-$SCALE.xlsx" --scale "$SCALE" --as-at "$AS_AT" | tail -1
  "$JAVA" -Xmx1g -jar "$JAR" "${DATA[@]}" import annex-a "$DIR/big-$SCALE.xlsx" --as-at "$AS_AT" --quarantine --accept-sharp-change \
    | grep -E "^(Imported|Took)" || true
  [ "$DB" = pg ] && $PSQL -d praxis_bench_pages -c "vacuum analyze"
fi

"$JAVA" -Xmx1g -jar "$JAR" "${DATA[@]}" --server.port="$PORT" > "$DIR/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 180); do curl -sf "$BASE/actuator/health/readiness" > /dev/null && break; sleep 1; done
curl -sf "$BASE/actuator/health/readiness" > /dev/null || { echo "The server did not start"; tail -20 "$DIR/server.log"; exit 1; }

JAR_COOKIES="$DIR/qa.jar"
rm -f "$JAR_COOKIES"
TOKEN=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/sign-in" | grep -oE 'name="_csrf" value="[^"]+"' | sed -n 1p | cut -d'"' -f4)
curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" -o /dev/null -d "username=qa.lead&password=$PASSWORD&_csrf=$TOKEN" "$BASE/sign-in"
COOKIE="SESSION=$(awk '$6 == "SESSION" {print $7}' "$JAR_COOKIES")"

get() { curl -s -H "Cookie: $COOKIE" "$BASE$1"; }
last_page() { # the highest page number the page links to (1 when it has no pagination)
  get "$1" | grep -oE '[?&;]page=[0-9]+' | cut -d= -f2 | sort -n | tail -1 | grep . || echo 1
}
with_page() { case "$1" in *\?*) echo "$1&page=$2" ;; *) echo "$1?page=$2" ;; esac; }
caption() { get "$1" | grep -oE 'Cases \([0-9]+\)' | sed -n 1p || true; }

time_page() { # label, path: one warm-up request, then REQUESTS requests; prints p50 and p95 in ms
  local label=$1 path=$2 times status
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "$BASE$path")
  [ "$status" = 200 ] || { printf '%-44s HTTP %s  %s\n' "$label" "$status" "$path"; return; }
  times=$(for _ in $(seq 1 "$REQUESTS"); do
    curl -s -o /dev/null -w '%{time_total}\n' -H "Cookie: $COOKIE" "$BASE$path"
  done | sort -n)
  printf '%-44s p50 %6.0f ms  p95 %6.0f ms  %s\n' "$label" \
    "$(sed -n "$(( (REQUESTS + 1) / 2 ))p" <<< "$times" | awk '{print $1 * 1000}')" \
    "$(sed -n "$(( (REQUESTS * 95 + 99) / 100 ))p" <<< "$times" | awk '{print $1 * 1000}')" "$path"
}

# Every list the screens offer, at its first, a middle and its last page.
three_pages() { # label, path
  local last
  last=$(last_page "$2")
  echo "-- $1: $(caption "$2") $last pages"
  time_page "$1, first page" "$2"
  [ "$last" -gt 2 ] && time_page "$1, page $(( last / 2 ))" "$(with_page "$2" $(( last / 2 )))"
  [ "$last" -gt 1 ] && time_page "$1, last page ($last)" "$(with_page "$2" "$last")"
  true
}

LIST=$(get /register)
options() { # the values of a select on the case list
  sed -n "/name=\"$1\"/,/<\/select>/p" <<< "$LIST" | grep -oE '<option value="[0-9]+"' | cut -d'"' -f2
}
largest() { # of the options of a select, the one whose filter lists the most cases
  local best= most=-1 n
  for value in $(options "$1"); do
    n=$(caption "/register?status=all&$1=$value" | grep -oE '[0-9]+' || echo 0)
    [ "$n" -gt "$most" ] && best=$value && most=$n
  done
  echo "$best"
}
TEAM=$(largest teamId)
AREA=$(largest serviceAreaId)
WORKER=$(grep -A4000 'name="staffId"' <<< "$LIST" | grep -oE '<option value="[0-9]+"' | sed -n 1p | cut -d'"' -f2)
REFERENCE=$(grep -oE '/register/cases/[0-9]+">[^<]+' <<< "$LIST" | sed -n 1p | cut -d'>' -f2)
SNAPSHOT=$(get /register/snapshots | grep -oE '/register/snapshots/[0-9]+' | sed -n 1p)
IMPORT=$(get /register/imports | grep -oE '/register/imports/[0-9]+' | sed -n 1p)
CASES=$(if [ "$DB" = pg ]; then $PSQL -d praxis_bench_pages -At -c "select count(*) from register_case"; else echo "?"; fi)

echo "== $DB, $(nproc) cores (shared), $CASES cases held in all snapshots; $REQUESTS requests a page, one at a time"
three_pages "Open cases" "/register"
three_pages "Open and closed" "/register?status=all"
for type in CONTACT CHILD_PROTECTION LOOKED_AFTER; do three_pages "Type $type, open and closed" "/register?type=$type&status=all"; done
three_pages "Type CHILD_PROTECTION, open" "/register?type=CHILD_PROTECTION"
three_pages "Service area $AREA (the largest)" "/register?serviceAreaId=$AREA&status=all"
three_pages "Team $TEAM (the largest)" "/register?teamId=$TEAM&status=all"
three_pages "Worker $WORKER" "/register?staffId=$WORKER"
three_pages "Team $TEAM, contacts, open and closed" "/register?teamId=$TEAM&type=CONTACT&status=all"
time_page "Case reference $REFERENCE" "/register?reference=$REFERENCE"
three_pages "Snapshots" "/register/snapshots"
for show in new closed moved; do three_pages "What changed: $show" "$SNAPSHOT?show=$show"; done
three_pages "Imports" "/register/imports"
three_pages "Problems of the import" "$IMPORT"
