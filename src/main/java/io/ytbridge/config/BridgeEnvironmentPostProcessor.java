package io.ytbridge.config;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs once the configuration files are read: turns Railway's {@code DATABASE_URL} into datasource settings,
 * derives which side runs as a sandbox, and stops startup with one line when a setting is missing or malformed.
 */
public class BridgeEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY_SOURCE = "bridgeDerivedSettings";
    /** The sandbox's demo salon. */
    public static final String SANDBOX_COMPANY_ID = "1";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> derived = new HashMap<>();

        String databaseUrl = environment.getProperty("DATABASE_URL");
        if (databaseUrl != null && !databaseUrl.isBlank()) {
            DatabaseUrl parsed = DatabaseUrl.parse(databaseUrl);
            derived.put("spring.datasource.url", parsed.jdbcUrl());
            if (parsed.username() != null) {
                derived.put("spring.datasource.username", parsed.username());
            }
            if (parsed.password() != null) {
                derived.put("spring.datasource.password", parsed.password());
            }
        }

        SettingsValidator.validate(environment::getProperty);

        boolean yclientsSandbox = isBlank(environment.getProperty("bridge.yclients.partner-token"));
        boolean telegramSandbox = isBlank(environment.getProperty("bridge.telegram.bot-token"));
        derived.put("bridge.yclients.sandbox", Boolean.toString(yclientsSandbox));
        // Company data (client search and create, loyalty): with a salon login, and always in the sandbox.
        derived.put("bridge.yclients.b2b", Boolean.toString(yclientsSandbox
                || !isBlank(environment.getProperty("bridge.yclients.login"))));
        if (yclientsSandbox && isBlank(environment.getProperty("bridge.yclients.company-id"))) {
            derived.put("bridge.yclients.company-id", SANDBOX_COMPANY_ID);
        }
        derived.put("bridge.telegram.sandbox", Boolean.toString(telegramSandbox));
        // Route preconditions read these: only one Telegram entry mode exists at a time.
        boolean telegramWebhook = !isBlank(environment.getProperty("bridge.telegram.webhook-url"));
        boolean inbound = !"false".equalsIgnoreCase(environment.getProperty("bridge.telegram.inbound-enabled"));
        derived.put("bridge.telegram.webhook-mode", Boolean.toString(inbound && telegramWebhook));
        derived.put("bridge.telegram.long-polling", Boolean.toString(inbound && !telegramWebhook));

        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, derived));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
