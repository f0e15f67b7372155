#!/usr/bin/env bash
# Footprint: time to ready (process start → readiness probe 200) and resident memory of the bundle after start and
# after the bookings benchmark, against the bare Camel Spring Boot application of bench/bare (same Spring Boot and
# Camel versions, same web stack, one platform-http route) after start and after 20 s of wrk load, in the same run.
#   bench/footprint.sh [users=200] [naive-seconds=90]   (the arguments go to bench/bookings.sh)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
bench_build
(cd "$ROOT" && ./mvnw -B -q -f bench/bare/pom.xml compile dependency:build-classpath \
  -Dmdep.outputFile="$OUT/bare.classpath" -Dmdep.includeScope=runtime)
BARE_CP="$ROOT/bench/bare/target/classes:$(cat "$OUT/bare.classpath")"
MACHINE="$(machine)"

BARE_PORT=$(free_port)
start_bare bare "$BARE_PORT"
BARE_PID=$APP_PID
trap 'stop_app $BARE_PID' EXIT
BARE_READY_MS=$(wait_ready "$BARE_PORT")
BARE_RSS_START=$(rss_mb "$BARE_PID")
WEBHOOK_SECRET=none wrk -t2 -c16 -d20s -s "$ROOT/bench/webhook.lua" "http://127.0.0.1:$BARE_PORT/bench/bare" \
  >"$OUT/wrk-bare-app.txt"
BARE_RSS_AFTER=$(rss_mb "$BARE_PID")
stop_app "$BARE_PID"
trap - EXIT

"$ROOT/bench/bookings.sh" "$@"
source "$OUT/bot-footprint.env"

python3 - "$BARE_READY_MS" "$BARE_RSS_START" "$BARE_RSS_AFTER" "$BOT_READY_MS" "$BOT_RSS_START" "$BOT_RSS_AFTER" \
  "$MACHINE" "$(date -u '+%Y-%m-%d %H:%M')" "$*" >"$OUT/footprint-section.md" <<'PY'
import sys
bare_ready, bare_start, bare_after, bot_ready, bot_start, bot_after = map(int, sys.argv[1:7])
machine, date, args = sys.argv[7:10]
print(f"""### Footprint

Command: `{('bench/footprint.sh ' + args).strip()}` — one start of each application, one after the other; time to ready is process
start → `/actuator/health/readiness` answers 200; resident memory is VmRSS of the JVM (default heap settings).
Machine: {machine}. Date: {date} UTC.

| | bare Camel Spring Boot (`bench/bare`) | the bundle | ratio bundle / bare |
|---|---|---|---|
| time to ready | {bare_ready} ms | {bot_ready} ms | **{bot_ready / bare_ready:.2f}×** |
| resident memory after start | {bare_start} MiB | {bot_start} MiB | **{bot_start / bare_start:.2f}×** |
| resident memory after load (bare: 20 s of wrk; bundle: `bench/bookings.sh`) | {bare_after} MiB | {bot_after} MiB | **{bot_after / bare_after:.2f}×** |""")
PY
write_section footprint "$OUT/footprint-section.md"
cat "$OUT/footprint-section.md"
