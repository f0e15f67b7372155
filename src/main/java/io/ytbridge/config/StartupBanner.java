package io.ytbridge.config;

import io.ytbridge.webhook.WebhookSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Says at startup which sides are real and which are simulated, without printing any secret. */
@Component
class StartupBanner {

    private static final Logger LOG = LoggerFactory.getLogger(StartupBanner.class);

    private final Environment environment;
    private final WebhookSettings webhookSettings;

    StartupBanner(Environment environment, WebhookSettings webhookSettings) {
        this.environment = environment;
        this.webhookSettings = webhookSettings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        LOG.info("yclients-telegram-bridge ready on port {}", environment.getProperty("local.server.port", "?"));
        LOG.info("  Yclients : {}", sandbox("bridge.yclients.sandbox")
                ? "SANDBOX (no YCLIENTS_PARTNER_TOKEN): simulated salon under /sandbox/yclients"
                : "REAL " + environment.getProperty("bridge.yclients.base-url") + ", company "
                        + environment.getProperty("bridge.yclients.company-id")
                        + (isSet("bridge.yclients.login") ? ", B2B (user token) enabled" : ", online booking only"));
        LOG.info("  Telegram : {}", sandbox("bridge.telegram.sandbox")
                ? "SANDBOX (no TELEGRAM_BOT_TOKEN): chat page at /sandbox/"
                : "REAL " + environment.getProperty("bridge.telegram.api-base-url")
                        + (isSet("bridge.telegram.webhook-url") ? " (webhook mode)" : " (long polling)"));
        LOG.info("  Webhooks : {}", webhookSettings.describe());
        LOG.info("  Database : {}", describeDatabase(environment.getProperty("spring.datasource.url", "")));
        LOG.info("  Admin API: {}", isSet("bridge.admin-token") ? "enabled" : "disabled (no ADMIN_TOKEN)");
    }

    private boolean sandbox(String key) {
        return environment.getProperty(key, Boolean.class, false);
    }

    private boolean isSet(String key) {
        String value = environment.getProperty(key);
        return value != null && !value.isBlank();
    }

    static String describeDatabase(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            int options = jdbcUrl.indexOf(';');
            return "H2 (embedded) " + (options < 0 ? jdbcUrl : jdbcUrl.substring(0, options)).substring(8);
        }
        int credentials = jdbcUrl.indexOf('?');
        return "PostgreSQL " + (credentials < 0 ? jdbcUrl : jdbcUrl.substring(0, credentials)).replace("jdbc:", "");
    }
}
