package io.ytbridge.config;

import java.net.URI;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The checks behind "fail fast with one clear line". Each rule names the environment variable an operator sets,
 * and what it expects; values are never echoed, since several of them are secrets.
 */
final class SettingsValidator {

    private static final Pattern POSITIVE_INTEGER = Pattern.compile("[1-9][0-9]{0,17}");
    private static final Pattern ID_LIST = Pattern.compile("[1-9][0-9]{0,17}(\\s*,\\s*[1-9][0-9]{0,17})*");
    private static final Pattern SIGNED_INTEGER = Pattern.compile("-?[1-9][0-9]{0,17}");
    private static final Pattern LOG_FORMAT = Pattern.compile("plain|json|ecs|logstash");
    private static final Pattern BOT_TOKEN = Pattern.compile("[0-9]{3,12}:[A-Za-z0-9_-]{20,}");
    /** Telegram's rule for setWebhook's secret_token. */
    private static final Pattern WEBHOOK_SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");
    private static final Pattern URL_PATH = Pattern.compile("/[A-Za-z0-9/_.-]*");

    private SettingsValidator() {
    }

    static void validate(Function<String, String> settings) {
        Function<String, String> get = key -> {
            String value = settings.apply(key);
            return value == null ? "" : value.trim();
        };

        String partnerToken = get.apply("bridge.yclients.partner-token");
        if (!partnerToken.isEmpty()) {
            require(POSITIVE_INTEGER, get.apply("bridge.yclients.company-id"), "YCLIENTS_COMPANY_ID",
                    "a positive integer (the salon's Yclients company id) when YCLIENTS_PARTNER_TOKEN is set");
        } else {
            optional(POSITIVE_INTEGER, get.apply("bridge.yclients.company-id"), "YCLIENTS_COMPANY_ID",
                    "a positive integer (the salon's Yclients company id)");
        }
        optional(ID_LIST, get.apply("bridge.yclients.branch-ids"), "YCLIENTS_BRANCH_ID",
                "a comma-separated list of positive integers (Yclients company ids of the branches)");
        optional(POSITIVE_INTEGER, get.apply("bridge.yclients.partner-id"), "YCLIENTS_PARTNER_ID",
                "a positive integer (your Yclients partner id)");

        boolean login = !get.apply("bridge.yclients.login").isEmpty();
        boolean password = !get.apply("bridge.yclients.password").isEmpty();
        if (login && !password) {
            throw new InvalidSettingException("YCLIENTS_PASSWORD", "set when YCLIENTS_LOGIN is set");
        }
        if (password && !login) {
            throw new InvalidSettingException("YCLIENTS_LOGIN", "set when YCLIENTS_PASSWORD is set");
        }

        httpUrl(get.apply("bridge.yclients.base-url"), "YCLIENTS_BASE_URL");
        httpUrl(get.apply("bridge.telegram.api-base-url"), "TELEGRAM_API_BASE_URL");
        if (!get.apply("bridge.telegram.webhook-url").isEmpty()) {
            httpUrl(get.apply("bridge.telegram.webhook-url"), "TELEGRAM_WEBHOOK_URL");
            if (!get.apply("bridge.telegram.webhook-url").startsWith("https://")) {
                throw new InvalidSettingException("TELEGRAM_WEBHOOK_URL", "an https:// URL (Telegram refuses others)");
            }
            require(WEBHOOK_SECRET, get.apply("bridge.telegram.webhook-secret"), "TELEGRAM_WEBHOOK_SECRET",
                    "1-256 characters of A-Z, a-z, 0-9, _ and - when TELEGRAM_WEBHOOK_URL is set"
                            + " (webhook requests without it are refused)");
        }
        require(URL_PATH, get.apply("bridge.telegram.webhook-path"), "TELEGRAM_WEBHOOK_PATH",
                "a URL path starting with / (letters, digits, / _ . -)");
        require(POSITIVE_INTEGER, get.apply("bridge.telegram.poll-timeout-seconds"), "TELEGRAM_POLL_TIMEOUT_SECONDS",
                "a positive integer (seconds a getUpdates long poll waits)");
        require(POSITIVE_INTEGER, get.apply("bridge.telegram.poll-error-backoff-ms"), "TELEGRAM_POLL_ERROR_BACKOFF_MS",
                "a positive integer (milliseconds)");
        require(POSITIVE_INTEGER, get.apply("bridge.telegram.update-workers"), "TELEGRAM_UPDATE_WORKERS",
                "a positive integer (chats served side by side)");
        require(POSITIVE_INTEGER, get.apply("bridge.telegram.rate-limit.per-chat"), "TELEGRAM_RATE_LIMIT_PER_CHAT",
                "a positive integer");
        require(POSITIVE_INTEGER, get.apply("bridge.telegram.rate-limit.per-chat-period-ms"),
                "TELEGRAM_RATE_LIMIT_PER_CHAT_PERIOD_MS", "a positive integer (milliseconds)");
        require(POSITIVE_INTEGER, get.apply("bridge.telegram.rate-limit.per-second"), "TELEGRAM_RATE_LIMIT_PER_SECOND",
                "a positive integer");
        require(POSITIVE_INTEGER, get.apply("bridge.telegram.retry.max-retries"), "TELEGRAM_RETRY_MAX_RETRIES",
                "a positive integer");
        require(POSITIVE_INTEGER, get.apply("bridge.telegram.retry.initial-delay-ms"), "TELEGRAM_RETRY_INITIAL_DELAY_MS",
                "a positive integer (milliseconds)");

        String botToken = get.apply("bridge.telegram.bot-token");
        if (!botToken.isEmpty() && !BOT_TOKEN.matcher(botToken).matches()) {
            throw new InvalidSettingException("TELEGRAM_BOT_TOKEN", "a bot token from @BotFather, like 123456789:AA...");
        }
        optional(SIGNED_INTEGER, get.apply("bridge.admin-chat-id"), "ADMIN_CHAT_ID", "a Telegram chat id (an integer)");

        optional(LOG_FORMAT, get.apply("bridge.logging.format"), "LOG_FORMAT", "plain, json, ecs or logstash");

        require(POSITIVE_INTEGER, get.apply("bridge.yclients.rate-limit.per-second"), "YCLIENTS_RATE_LIMIT_PER_SECOND",
                "a positive integer");
        require(POSITIVE_INTEGER, get.apply("bridge.yclients.rate-limit.per-minute"), "YCLIENTS_RATE_LIMIT_PER_MINUTE",
                "a positive integer");
        String port = get.apply("server.port");
        if (!port.isEmpty() && !port.equals("0")) {
            require(POSITIVE_INTEGER, port, "PORT", "a TCP port number (1-65535)");
            if (Long.parseLong(port) > 65535) {
                throw new InvalidSettingException("PORT", "a TCP port number (1-65535)");
            }
        }
    }

    private static void require(Pattern pattern, String value, String variable, String expected) {
        if (!pattern.matcher(value).matches()) {
            throw new InvalidSettingException(variable, expected);
        }
    }

    private static void optional(Pattern pattern, String value, String variable, String expected) {
        if (!value.isEmpty()) {
            require(pattern, value, variable, expected);
        }
    }

    private static void httpUrl(String value, String variable) {
        try {
            URI uri = URI.create(value);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return;
            }
        } catch (IllegalArgumentException ignored) {
            // reported below, in the same words as any other malformed URL
        }
        throw new InvalidSettingException(variable, "an http(s) URL");
    }
}
