package io.ytbridge.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.Header;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Webhook mode's shared secret: handed to Telegram with setWebhook, then demanded back on every delivery in
 * {@code X-Telegram-Bot-Api-Secret-Token}. Kept out of route definitions so it never shows in a route dump.
 */
@Component("telegramWebhook")
public class TelegramWebhook {

    public static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private final Environment environment;

    public TelegramWebhook(Environment environment) {
        this.environment = environment;
    }

    /** The setWebhook payload. */
    public Map<String, Object> registration() {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("url", environment.getProperty("bridge.telegram.webhook-url"));
        payload.put("secret_token", secret());
        return payload;
    }

    /** True only when a secret is configured and the request presented exactly it; compared in constant time. */
    public boolean accepts(@Header(SECRET_HEADER) String presented) {
        String secret = secret();
        if (secret.isEmpty() || presented == null) {
            return false;
        }
        return MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }

    private String secret() {
        return environment.getProperty("bridge.telegram.webhook-secret", "").trim();
    }
}
