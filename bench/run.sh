#!/usr/bin/env bash
# Yclients funnel benchmark: achieved requests per minute against the configured limit, and requests beyond it,
# measured by a strict fake Yclients on 127.0.0.1. Not part of the test phase.
#   bench/run.sh [seconds=130] [callers=20] [per-second=5] [per-minute=200]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  io.ytbridge.bench.YclientsFunnelBenchmark "$@"
