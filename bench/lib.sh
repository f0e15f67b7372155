#!/usr/bin/env bash
# Shared by the bench/*.sh scripts: build once, start and stop the application as its own process on 127.0.0.1,
# measure time to ready and resident memory, and write a section of docs/PERFORMANCE.md. Sourced, not run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/target/bench"
mkdir -p "$OUT"

# Compiles main and test classes and writes the runtime and test classpaths (once per script run).
bench_build() {
  (cd "$ROOT" && ./mvnw -B -q test-compile \
    && ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bench/runtime.classpath -Dmdep.includeScope=runtime \
    && ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bench/test.classpath -Dmdep.includeScope=test)
  APP_CP="$ROOT/target/classes:$(cat "$OUT/runtime.classpath")"
  TEST_CP="$ROOT/target/test-classes:$APP_CP:$(cat "$OUT/test.classpath")"
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# start_app NAME PORT [ENV=VALUE ...]: the bundle as a fresh process with its own H2 file database, sandboxes on
# unless the given variables say otherwise. Sets APP_PID and APP_STARTED_MS.
start_app() {
  local name="$1" port="$2"
  shift 2
  rm -rf "$OUT/$name-db"*
  APP_STARTED_MS=$(date +%s%3N)
  (cd "$ROOT" && env PORT="$port" \
    SPRING_DATASOURCE_URL="jdbc:h2:file:$OUT/$name-db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE" \
    RECONCILE_ENABLED=false "$@" \
    java ${BENCH_JAVA_OPTS:-} -cp "$APP_CP" io.ytbridge.BridgeApplication >"$OUT/$name.log" 2>&1) &
  APP_PID=$!
}

# start_bare NAME PORT: the bare Camel Spring Boot application (bench/bare), same versions, one platform-http route.
start_bare() {
  local name="$1" port="$2"
  APP_STARTED_MS=$(date +%s%3N)
  (cd "$ROOT/bench/bare" && java ${BENCH_JAVA_OPTS:-} -cp "$BARE_CP" -Dserver.port="$port" \
    io.ytbridge.bench.bare.BareCamelApplication >"$OUT/$name.log" 2>&1) &
  APP_PID=$!
}

# wait_ready PORT: blocks until the readiness probe answers 200 (at most 120 s); prints milliseconds since start.
wait_ready() {
  local port="$1" deadline=$(( $(date +%s) + 120 ))
  until curl -fsS -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null; do
    if (( $(date +%s) > deadline )) || ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "application on port $port did not become ready; see $OUT" >&2
      return 1
    fi
    sleep 0.05
  done
  echo $(( $(date +%s%3N) - APP_STARTED_MS ))
}

# rss_mb PID: resident memory of the Java process under the given subshell pid, in MiB.
rss_mb() {
  local java_pid
  java_pid=$(pgrep -P "$1" java || echo "$1")
  awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$java_pid/status"
}

stop_app() {
  local java_pid
  java_pid=$(pgrep -P "$1" java || echo "$1")
  kill "$java_pid" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

machine() {
  echo "$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GiB memory, load average $(cut -d' ' -f1-3 /proc/loadavg) at start; $(java -version 2>&1 | head -1)"
}

# write_section NAME FILE: replaces the text between <!-- bench:NAME --> and <!-- /bench:NAME --> in
# docs/PERFORMANCE.md with FILE's content (appends the marked section when it is not there yet).
write_section() {
  python3 - "$ROOT/docs/PERFORMANCE.md" "$1" "$2" <<'PY'
import re, sys
path, name, content_file = sys.argv[1:4]
doc = open(path, encoding="utf-8").read()
content = open(content_file, encoding="utf-8").read().rstrip("\n")
start, end = f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"
block = f"{start}\n{content}\n{end}"
if start in doc:
    doc = re.sub(re.escape(start) + r".*?" + re.escape(end), lambda _: block, doc, flags=re.S)
else:
    doc = doc.rstrip("\n") + "\n\n" + block + "\n"
open(path, "w", encoding="utf-8").write(doc)
PY
  echo "docs/PERFORMANCE.md: section '$1' updated"
}
