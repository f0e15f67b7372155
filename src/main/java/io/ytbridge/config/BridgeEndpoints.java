package io.ytbridge.config;

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
    public static final String SANDBOX_BOT_TOKEN = "1000000001:sandbox-bot-token-not-a-secret";
    /** The Yclients sandbox accepts these credentials only; they are no secrets either. */
    public static final String SANDBOX_YCLIENTS_PARTNER_TOKEN = "sandbox-partner-token-not-a-secret";
    public static final String SANDBOX_YCLIENTS_LOGIN = "admin@sandbox.salon";
    public static final String SANDBOX_YCLIENTS_PASSWORD = "sandbox-password-not-a-secret";
    /** What the sandbox's POST /auth hands out for the login above. */
    public static final String SANDBOX_YCLIENTS_USER_TOKEN = "sandbox-user-token-not-a-secret";

    private final Environment environment;

    public BridgeEndpoints(Environment environment) {
        this.environment = environment;
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
        return yclientsSandbox() ? SANDBOX_YCLIENTS_PARTNER_TOKEN : environment.getProperty("bridge.yclients.partner-token");
    }

    /** The salon user's login for POST /auth (B2B calls); empty when only online booking is configured. */
    public String yclientsLogin() {
        return yclientsSandbox() ? SANDBOX_YCLIENTS_LOGIN : environment.getProperty("bridge.yclients.login", "");
    }

    public String yclientsPassword() {
        return yclientsSandbox() ? SANDBOX_YCLIENTS_PASSWORD : environment.getProperty("bridge.yclients.password", "");
    }

    public String telegramBotToken() {
        return telegramSandbox() ? SANDBOX_BOT_TOKEN : environment.getProperty("bridge.telegram.bot-token");
    }

    private String localUrl(String path) {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://127.0.0.1:" + port + environment.getProperty("server.servlet.context-path", "") + path;
    }

    private static String stripTrailingSlash(String url) {
        return url != null && url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
