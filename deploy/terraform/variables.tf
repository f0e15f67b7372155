# Where the bundle runs: an existing Railway project with a PostgreSQL service and the bundle's service
# (docs/DEPLOY.md, steps 1-3). Find the ids with `railway status --json` or in the service's Settings.
variable "environment_id" {
  description = "Railway environment of the bundle's service (usually production)"
  type        = string
}

variable "service_id" {
  description = "The bundle's Railway service"
  type        = string
}

variable "postgres_service_name" {
  description = "Name of the PostgreSQL service in the project; DATABASE_URL references its variable"
  type        = string
  default     = "Postgres"
}

# Settings: an empty string leaves the variable unset, so the bundle's default applies (see README).
variable "telegram_bot_token" {
  description = "TELEGRAM_BOT_TOKEN from @BotFather"
  type        = string
  sensitive   = true
}

variable "telegram_webhook_url" {
  description = "TELEGRAM_WEBHOOK_URL: https://<domain>/telegram/webhook for webhook mode; empty = long polling"
  type        = string
  default     = ""
}

variable "telegram_webhook_secret" {
  description = "TELEGRAM_WEBHOOK_SECRET: secret_token Telegram echoes in webhook mode"
  type        = string
  default     = ""
  sensitive   = true
}

variable "yclients_partner_id" {
  description = "YCLIENTS_PARTNER_ID"
  type        = string
  default     = ""
}

variable "yclients_partner_token" {
  description = "YCLIENTS_PARTNER_TOKEN"
  type        = string
  sensitive   = true
}

variable "yclients_company_id" {
  description = "YCLIENTS_COMPANY_ID: the salon's company id"
  type        = string
}

variable "yclients_branch_id" {
  description = "YCLIENTS_BRANCH_ID: further branches, comma-separated"
  type        = string
  default     = ""
}

variable "yclients_login" {
  description = "YCLIENTS_LOGIN: a salon user's login (phone or e-mail) for the user token"
  type        = string
  default     = ""
}

variable "yclients_password" {
  description = "YCLIENTS_PASSWORD of that user"
  type        = string
  default     = ""
  sensitive   = true
}

variable "yclients_webhook_secret" {
  description = "YCLIENTS_WEBHOOK_SECRET: what Yclients' webhook deliveries must carry"
  type        = string
  sensitive   = true
}

variable "yclients_webhook_public_url" {
  description = "YCLIENTS_WEBHOOK_PUBLIC_URL: https://<domain>/yclients/webhook, registered in Yclients by the admin API"
  type        = string
  default     = ""
}

variable "admin_token" {
  description = "ADMIN_TOKEN for /admin/** (export, audit, secrets, webhook registration); empty = admin API off"
  type        = string
  default     = ""
  sensitive   = true
}

variable "admin_chat_id" {
  description = "ADMIN_CHAT_ID: Telegram chat for salon notifications and rotation reminders"
  type        = string
  default     = ""
}

variable "admin_chat_language" {
  description = "ADMIN_CHAT_LANGUAGE: ru or en, for salon notifications and rotation reminders"
  type        = string
  default     = "ru"
}

variable "yclients_timezone" {
  description = "YCLIENTS_TIMEZONE: the salon's time zone"
  type        = string
  default     = "Europe/Moscow"
}
