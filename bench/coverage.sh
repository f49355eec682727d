#!/usr/bin/env bash
# Coverage of the statistics toolkit's 95% intervals (decision 0020): seeded draws from fixed councils, sampled by
# Praxis's own sampler, counted against the known truth. The test suite runs the same simulation with fewer draws
# (CoverageSimulationTest); this prints the table in bench/README.md.
# Usage: bench/coverage.sh [DRAWS per line, default 20000] [SEED, default 20261201]. Another small-number rule:
# JAVA_OPTS=-Dpraxis.statistics.fewest-varied-pairs=0 bench/coverage.sh. Offline: needs only the classes
# that ./mvnw test-compile makes (the simulation uses no library, only Praxis's own sampler and toolkit).
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)/bin/java}
[ -d target/test-classes/org/praxis/audit ] || ./mvnw -q -o test-compile -Dspotless.check.skip=true
"$JAVA" ${JAVA_OPTS:-} -cp target/classes:target/test-classes org.praxis.audit.CoverageSimulation "${1:-20000}" "${2:-20261201}"
