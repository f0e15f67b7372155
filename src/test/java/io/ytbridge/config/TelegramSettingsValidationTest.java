package io.ytbridge.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The Telegram rules of {@link SettingsValidator}, on top of application.yaml's defaults. */
class TelegramSettingsValidationTest {

    private final Map<String, String> settings = new HashMap<>();

    TelegramSettingsValidationTest() {
        settings.put("bridge.yclients.base-url", "https://api.yclients.com/api/v1");
        settings.put("bridge.yclients.rate-limit.per-second", "5");
        settings.put("bridge.yclients.rate-limit.per-minute", "200");
        settings.put("bridge.telegram.api-base-url", "https://api.telegram.org");
        settings.put("bridge.telegram.webhook-path", "/telegram/webhook");
        settings.put("bridge.telegram.poll-timeout-seconds", "25");
        settings.put("bridge.telegram.poll-error-backoff-ms", "5000");
        settings.put("bridge.telegram.update-workers", "8");
        settings.put("bridge.telegram.rate-limit.per-chat", "1");
        settings.put("bridge.telegram.rate-limit.per-chat-period-ms", "1000");
        settings.put("bridge.telegram.rate-limit.per-second", "30");
        settings.put("bridge.telegram.retry.max-retries", "5");
        settings.put("bridge.telegram.retry.initial-delay-ms", "1000");
    }

    @Test
    void theDefaultsPass() {
        assertThatCode(this::validate).doesNotThrowAnyException();
    }

    @Test
    void webhookModeWithoutASecretStopsStartup() {
        settings.put("bridge.telegram.webhook-url", "https://bot.example.com/telegram/webhook");

        assertThatThrownBy(this::validate).isInstanceOf(InvalidSettingException.class)
                .hasMessage("Invalid configuration: TELEGRAM_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, "
                        + "0-9, _ and - when TELEGRAM_WEBHOOK_URL is set (webhook requests without it are refused)");
    }

    @Test
    void aWebhookSecretTelegramWouldRejectIsNamedWithoutEchoingIt() {
        settings.put("bridge.telegram.webhook-url", "https://bot.example.com/telegram/webhook");
        settings.put("bridge.telegram.webhook-secret", "has spaces & symbols");

        assertThatThrownBy(this::validate).isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("TELEGRAM_WEBHOOK_SECRET").hasMessageNotContaining("has spaces");
    }

    @Test
    void webhookModeWithAProperSecretPasses() {
        settings.put("bridge.telegram.webhook-url", "https://bot.example.com/telegram/webhook");
        settings.put("bridge.telegram.webhook-secret", "s3cret_token-value");

        assertThatCode(this::validate).doesNotThrowAnyException();
    }

    @Test
    void limitsMustBePositiveIntegers() {
        settings.put("bridge.telegram.rate-limit.per-second", "0");

        assertThatThrownBy(this::validate).hasMessageContaining("TELEGRAM_RATE_LIMIT_PER_SECOND");
    }

    @Test
    void theWebhookPathMustBeAPath() {
        settings.put("bridge.telegram.webhook-path", "telegram?x=1");

        assertThatThrownBy(this::validate).hasMessageContaining("TELEGRAM_WEBHOOK_PATH");
    }

    private void validate() {
        SettingsValidator.validate(settings::get);
    }
}
