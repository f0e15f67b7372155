#!/usr/bin/env bash
# Webhook ingest: requests/s and p99 of authenticated, stored Yclients webhook deliveries (POST /yclients/webhook,
# Bearer secret, a different record in every body) against a bare platform-http route in the same application that
# only answers 200 (bench/routes/bare-ok.yaml), measured with wrk on 127.0.0.1 in the same run.
#   bench/webhook-ingest.sh [seconds=20] [connections=16]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
SECONDS_EACH="${1:-20}"
CONNECTIONS="${2:-16}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

bench_build
PORT_APP=$(free_port)
SECRET="sandbox-webhook-secret-not-a-secret"
start_app webhook "$PORT_APP" ROUTES_INCLUDE_PATTERN="file:$ROOT/routes/*.yaml,file:$ROOT/bench/routes/*.yaml"
trap 'stop_app $APP_PID' EXIT
wait_ready "$PORT_APP" >/dev/null
MACHINE="$(machine)"

run_wrk() { # run_wrk LABEL PATH SECONDS
  WEBHOOK_SECRET="$SECRET" wrk -t2 -c"$CONNECTIONS" -d"$3s" --latency -s "$ROOT/bench/webhook.lua" \
    "http://127.0.0.1:$PORT_APP$2" >"$OUT/wrk-$1.txt"
}
# JIT warm-up of both paths, then the measured runs, the baseline first.
run_wrk warmup-bare /bench/bare 8
run_wrk warmup-webhook /yclients/webhook 8
run_wrk bare /bench/bare "$SECONDS_EACH"
STORED_BEFORE=$(java -cp "$APP_CP" org.h2.tools.Shell -url "jdbc:h2:file:$OUT/webhook-db;AUTO_SERVER=TRUE" -user sa \
  -sql "SELECT COUNT(*) FROM webhook_event" | sed -n 2p | tr -d ' ')
run_wrk webhook /yclients/webhook "$SECONDS_EACH"
STORED_AFTER=$(java -cp "$APP_CP" org.h2.tools.Shell -url "jdbc:h2:file:$OUT/webhook-db;AUTO_SERVER=TRUE" -user sa \
  -sql "SELECT COUNT(*) FROM webhook_event" | sed -n 2p | tr -d ' ')

python3 - "$OUT" "$SECONDS_EACH" "$CONNECTIONS" "$MACHINE" "$((STORED_AFTER - STORED_BEFORE))" >"$OUT/webhook-section.md" <<'PY'
import re, sys, datetime
out, seconds, connections, machine, stored = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], int(sys.argv[5])
def parse(label):
    text = open(f"{out}/wrk-{label}.txt").read()
    def ms(value, unit):
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
    p50 = ms(*re.search(r"50%\s+([\d.]+)(us|ms|s)", text).groups())
    p99 = ms(*re.search(r"99%\s+([\d.]+)(us|ms|s)", text).groups())
    total = int(re.search(r"(\d+) requests in", text).group(1))
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    errors = re.search(r"Socket errors: (.*)", text)
    return dict(rps=rps, p50=p50, p99=p99, total=total, bad=int(bad.group(1)) if bad else 0,
                errors=errors.group(1) if errors else "none")
bare, hook = parse("bare"), parse("webhook")
print(f"""### Webhook ingest

Command: `bench/webhook-ingest.sh {seconds} {connections}` — wrk, 2 threads, {connections} connections, {seconds} s per
path after 8 s of warm-up on each, one application process (sandbox mode, H2 file database) on 127.0.0.1.
Machine: {machine}. Date: {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC.

| path | requests/s | p50 | p99 | requests | non-2xx | socket errors |
|---|---|---|---|---|---|---|
| bare platform-http route, answers 200 (`/bench/bare`) | {bare['rps']:.0f} | {bare['p50']:.2f} ms | {bare['p99']:.2f} ms | {bare['total']} | {bare['bad']} | {bare['errors']} |
| authenticated, stored webhook (`/yclients/webhook`) | {hook['rps']:.0f} | {hook['p50']:.2f} ms | {hook['p99']:.2f} ms | {hook['total']} | {hook['bad']} | {hook['errors']} |
| **ratio webhook / bare** | **{hook['rps'] / bare['rps']:.2f}×** | {hook['p50'] / bare['p50']:.1f}× | **{hook['p99'] / bare['p99']:.1f}×** | | | |

Rows added to `webhook_event` during the webhook run: {stored} (every 200 is a stored, distinct delivery:
{stored} of {hook['total'] - hook['bad']} answered 200).""")
PY
write_section webhook-ingest "$OUT/webhook-section.md"
cat "$OUT/webhook-section.md"
