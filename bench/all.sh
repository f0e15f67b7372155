#!/usr/bin/env bash
# Every benchmark, one after the other, each writing its section of docs/PERFORMANCE.md: webhook ingest, then the
# footprint run (bare application, then bench/bookings.sh: bookings under the limit and reply latency).
#   bench/all.sh [users=200] [naive-seconds=90]
set -euo pipefail
cd "$(dirname "$0")"
./webhook-ingest.sh
./footprint.sh "$@"
