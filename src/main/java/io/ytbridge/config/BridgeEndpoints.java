package io.ytbridge.config;

import io.ytbridge.ops.BridgeSecret;
import io.ytbridge.ops.SecretStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where the bundle reaches Yclients and the Bot API. In sandbox mode both point back at this application's own
 * sandbox paths, so the real routes, throttle, audit and parsing run unchanged. Resolved per call, because the
 * local port is known only once the web server has started (tests use a random port).
 * Routes read it as {@code ${bean:bridgeEndpoints.yclientsBaseUrl}}.
 */
@Component("bridgeEndpoints")
public class BridgeEndpoints {

    public static final String YCLIENTS_SANDBOX_PATH = "/sandbox/yclients/api/v1";
    public static final String TELEGRAM_SANDBOX_PATH = "/sandbox/telegram";
    /** The Telegram sandbox accepts this token only; it is no secret. */
    public static final String SANDBOX_BOT_TOKEN = "1000000001:sandbox-not-a-secret";
    /** The Yclients sandbox accepts these credentials only; they are no secrets either. */
    public static final String SANDBOX_YCLIENTS_PARTNER_TOKEN = "sandbox-partner-token-not-a-secret";
    public static final String SANDBOX_YCLIENTS_LOGIN = "admin@sandbox.salon";
    public static final String SANDBOX_YCLIENTS_PASSWORD = "sandbox-password-not-a-secret";
    /** What the sandbox's POST /auth hands out for the login above. */
    public static final String SANDBOX_YCLIENTS_USER_TOKEN = "sandbox-user-token-not-a-secret";

    private final Environment environment;
    private final ObjectProvider<SecretStore> secrets;

    /** Real credentials come from the SecretStore, so rotated values take effect without a restart. */
    @Autowired
    public BridgeEndpoints(Environment environment, ObjectProvider<SecretStore> secrets) {
        this.environment = environment;
        this.secrets = secrets;
    }

    /** Settings only, no secret store (unit tests). */
    public BridgeEndpoints(Environment environment) {
        this(environment, null);
    }

    public boolean yclientsSandbox() {
        return environment.getProperty("bridge.yclients.sandbox", Boolean.class, true);
    }

    public boolean telegramSandbox() {
        return environment.getProperty("bridge.telegram.sandbox", Boolean.class, true);
    }

    public String yclientsBaseUrl() {
        return yclientsSandbox() ? localUrl(YCLIENTS_SANDBOX_PATH)
                : stripTrailingSlash(environment.getProperty("bridge.yclients.base-url"));
    }

    public String telegramApiBaseUrl() {
        return telegramSandbox() ? localUrl(TELEGRAM_SANDBOX_PATH)
                : stripTrailingSlash(environment.getProperty("bridge.telegram.api-base-url"));
    }

    public String yclientsPartnerToken() {
        return yclientsSandbox() ? SANDBOX_YCLIENTS_PARTNER_TOKEN : secret(BridgeSecret.YCLIENTS_PARTNER_TOKEN);
    }

    /** The salon user's login for POST /auth (B2B calls); empty when only online booking is configured. */
    public String yclientsLogin() {
        return yclientsSandbox() ? SANDBOX_YCLIENTS_LOGIN : secret(BridgeSecret.YCLIENTS_LOGIN);
    }

    public String yclientsPassword() {
        return yclientsSandbox() ? SANDBOX_YCLIENTS_PASSWORD : secret(BridgeSecret.YCLIENTS_PASSWORD);
    }

    /**
     * The secret a Yclients webhook delivery must prove it knows, read on every delivery so a rotated
     * YCLIENTS_WEBHOOK_SECRET applies at once; the sandbox salon's own secret while Yclients is simulated.
     * Empty when none is configured.
     */
    public String yclientsWebhookSecret() {
        return (yclientsSandbox() ? environment.getProperty("bridge.sandbox.webhook-secret", "")
                : secret(BridgeSecret.YCLIENTS_WEBHOOK_SECRET)).trim();
    }

    public String telegramBotToken() {
        return telegramSandbox() ? SANDBOX_BOT_TOKEN : secret(BridgeSecret.TELEGRAM_BOT_TOKEN);
    }

    private String secret(BridgeSecret secret) {
        SecretStore store = secrets == null ? null : secrets.getIfAvailable();
        return store != null ? store.current(secret) : environment.getProperty(secret.property(), "");
    }

    private String localUrl(String path) {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://127.0.0.1:" + port + environment.getProperty("server.servlet.context-path", "") + path;
    }

    private static String stripTrailingSlash(String url) {
        return url != null && url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
