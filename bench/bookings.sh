#!/usr/bin/env bash
# Bookings under the Yclients limit, and the bot's reply latency. Processes on 127.0.0.1: two "salons" (this
# application with only its Yclients sandbox in use, same demo schedule), a strict Yclients proxy in front of each
# (5/s and 200/min in any sliding window, counting every arrival; 429 beyond), and the bot (this application with
# real-mode Yclients settings pointed at proxy A, Telegram sandbox). Users book through the Telegram sandbox; the
# naive seed-plan flow books through proxy B, into the second salon, in the same run. Also records the bot's time to ready and resident memory (bench/footprint.sh).
#   bench/bookings.sh [users=200] [naive-seconds=90]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
USERS="${1:-200}"
NAIVE_SECONDS="${2:-90}"

bench_build
MACHINE="$(machine)"
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do stop_app "$pid"; done; }
trap cleanup EXIT

# Two salons with the same demo schedule, so that the naive flow, which runs last, finds the salon as empty as the
# bot found it, not with the slots the bot's users took.
SALON_PORT=$(free_port)
start_app salon "$SALON_PORT" TELEGRAM_INBOUND_ENABLED=false
PIDS+=("$APP_PID")
NAIVE_SALON_PORT=$(free_port)
start_app naive-salon "$NAIVE_SALON_PORT" TELEGRAM_INBOUND_ENABLED=false
PIDS+=("$APP_PID")
wait_ready "$SALON_PORT" >/dev/null
wait_ready "$NAIVE_SALON_PORT" >/dev/null

PROXY_A=$(free_port)
PROXY_B=$(free_port)
java -cp "$TEST_CP" io.ytbridge.bench.StrictYclientsProxy "$PROXY_A" "http://127.0.0.1:$SALON_PORT" 5 200 \
  >"$OUT/proxy-$PROXY_A.log" 2>&1 &
PIDS+=("$!")
java -cp "$TEST_CP" io.ytbridge.bench.StrictYclientsProxy "$PROXY_B" "http://127.0.0.1:$NAIVE_SALON_PORT" 5 200 \
  >"$OUT/proxy-$PROXY_B.log" 2>&1 &
PIDS+=("$!")

BOT_PORT=$(free_port)
start_app bot "$BOT_PORT" YCLIENTS_PARTNER_TOKEN=sandbox-partner-token-not-a-secret \
  YCLIENTS_LOGIN=admin@sandbox.salon YCLIENTS_PASSWORD=sandbox-password-not-a-secret YCLIENTS_COMPANY_ID=1 \
  YCLIENTS_BASE_URL="http://127.0.0.1:$PROXY_A/sandbox/yclients/api/v1"
BOT_PID=$APP_PID
PIDS+=("$BOT_PID")
BOT_READY_MS=$(wait_ready "$BOT_PORT")
BOT_RSS_START=$(rss_mb "$BOT_PID")

java -cp "$TEST_CP" io.ytbridge.bench.BookingsBenchmark "$BOT_PORT" "http://127.0.0.1:$PROXY_A" \
  "http://127.0.0.1:$PROXY_B" "$USERS" "jdbc:h2:file:$OUT/bot-db;AUTO_SERVER=TRUE" "$NAIVE_SECONDS" \
  "$OUT/bookings-table.md"
BOT_RSS_AFTER=$(rss_mb "$BOT_PID")
printf 'BOT_READY_MS=%s\nBOT_RSS_START=%s\nBOT_RSS_AFTER=%s\n' "$BOT_READY_MS" "$BOT_RSS_START" "$BOT_RSS_AFTER" \
  >"$OUT/bot-footprint.env"

{
  echo "### Bookings under the Yclients limit, and reply latency"
  echo
  echo "Command: \`bench/bookings.sh $USERS $NAIVE_SECONDS\` — $USERS simulated Telegram users start booking at once"
  echo "(each: /start, shares its phone, random category, service, master, one of the days the bot offers first,"
  echo "random time, confirms; a day without free time means another day, a time just taken means another time, up"
  echo "to 5 tries before the user counts as failed). Yclients is a strict proxy (5/s and 200/min in any sliding window, counting"
  echo "every arrival, 429 beyond) in front of the Yclients sandbox of a second process. The naive flow makes the seed"
  echo "plan's 7 calls per booking (auth, client search, client create, services, staff, free times, record) with 10"
  echo "callers, paced by the funnel's own rule, through its own strict proxy in front of a second, equally empty"
  echo "salon, for $NAIVE_SECONDS s in the same run."
  echo "Machine: $MACHINE. Date: $(date -u '+%Y-%m-%d %H:%M') UTC. Bot: ready in $BOT_READY_MS ms, $BOT_RSS_START MiB"
  echo "resident after start, $BOT_RSS_AFTER MiB after this benchmark."
  echo
  cat "$OUT/bookings-table.md"
} >"$OUT/bookings-section.md"
write_section bookings "$OUT/bookings-section.md"
