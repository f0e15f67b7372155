# The bundle's variables on its Railway service, one railway_variable each. Changing any of them redeploys the
# service. Values are sensitive in the state: keep the state somewhere private (a remote backend with encryption).
locals {
  settings = {
    # Railway's reference syntax; "$$" keeps Terraform from reading "${" as its own interpolation.
    DATABASE_URL                = "$${{${var.postgres_service_name}.DATABASE_URL}}"
    LOG_FORMAT                  = "json"
    TELEGRAM_BOT_TOKEN          = var.telegram_bot_token
    TELEGRAM_WEBHOOK_URL        = var.telegram_webhook_url
    TELEGRAM_WEBHOOK_SECRET     = var.telegram_webhook_secret
    YCLIENTS_PARTNER_ID         = var.yclients_partner_id
    YCLIENTS_PARTNER_TOKEN      = var.yclients_partner_token
    YCLIENTS_COMPANY_ID         = var.yclients_company_id
    YCLIENTS_BRANCH_ID          = var.yclients_branch_id
    YCLIENTS_LOGIN              = var.yclients_login
    YCLIENTS_PASSWORD           = var.yclients_password
    YCLIENTS_WEBHOOK_SECRET     = var.yclients_webhook_secret
    YCLIENTS_WEBHOOK_PUBLIC_URL = var.yclients_webhook_public_url
    YCLIENTS_TIMEZONE           = var.yclients_timezone
    ADMIN_TOKEN                 = var.admin_token
    ADMIN_CHAT_ID               = var.admin_chat_id
    ADMIN_CHAT_LANGUAGE         = var.admin_chat_language
  }

  # Which names to set is no secret, even when the values are.
  present = toset(nonsensitive([for name, value in local.settings : name if value != ""]))
}

resource "railway_variable" "bridge" {
  for_each = local.present

  environment_id = var.environment_id
  service_id     = var.service_id
  name           = each.key
  value          = local.settings[each.key]
}
