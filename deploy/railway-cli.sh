#!/usr/bin/env bash
# Sets the bundle's variables on its Railway service with the Railway CLI: the same as deploy/terraform.
#
#   railway login && railway link          # once: choose the project and the bundle's service
#   deploy/railway-cli.sh deploy/railway.env
#
# The env file (keep it out of git) holds NAME=value lines with the variables of docs/DEPLOY.md; variables already
# in the shell's environment count too. Empty or missing ones are left unset, so the bundle's defaults apply.
# DATABASE_URL is set to a reference to the PostgreSQL service (POSTGRES_SERVICE, default Postgres).
set -euo pipefail

env_file="${1:-}"
if [ -n "$env_file" ]; then
  set -a
  # shellcheck disable=SC1090
  . "$env_file"
  set +a
fi

command -v railway >/dev/null 2>&1 || { echo "railway CLI not found: npm install -g @railway/cli" >&2; exit 1; }

names=(
  TELEGRAM_BOT_TOKEN TELEGRAM_WEBHOOK_URL TELEGRAM_WEBHOOK_SECRET
  YCLIENTS_PARTNER_ID YCLIENTS_PARTNER_TOKEN YCLIENTS_COMPANY_ID YCLIENTS_BRANCH_ID
  YCLIENTS_LOGIN YCLIENTS_PASSWORD YCLIENTS_WEBHOOK_SECRET YCLIENTS_WEBHOOK_PUBLIC_URL YCLIENTS_TIMEZONE
  ADMIN_TOKEN ADMIN_CHAT_ID ADMIN_CHAT_LANGUAGE SALON_NOTIFY_ADMIN_CHAT ANALYTICS_JSONL_FILE
)
for required in TELEGRAM_BOT_TOKEN YCLIENTS_PARTNER_TOKEN YCLIENTS_COMPANY_ID YCLIENTS_WEBHOOK_SECRET; do
  if [ -z "${!required:-}" ]; then
    echo "$required is required (see docs/DEPLOY.md, step 4)" >&2
    exit 1
  fi
done

# Railway resolves ${{Service.VARIABLE}} when it starts the service; single quotes keep the shell away from it.
args=(--set 'DATABASE_URL=${{'"${POSTGRES_SERVICE:-Postgres}"'.DATABASE_URL}}' --set "LOG_FORMAT=json")
set_names=(DATABASE_URL LOG_FORMAT)
for name in "${names[@]}"; do
  if [ -n "${!name:-}" ]; then
    args+=(--set "$name=${!name}")
    set_names+=("$name")
  fi
done

service_args=()
if [ -n "${RAILWAY_SERVICE:-}" ]; then
  service_args=(--service "$RAILWAY_SERVICE")
fi

# One call, no deployment per variable; values are printed by nobody (only the names below).
railway variables "${service_args[@]}" "${args[@]}" --skip-deploys >/dev/null
echo "Set on Railway: ${set_names[*]}"
echo "Deploy with: railway up   (or push to the connected branch)"
