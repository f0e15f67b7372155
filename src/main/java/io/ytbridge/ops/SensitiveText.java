package io.ytbridge.ops;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last line of defence for logs and the audit table: any text passing through {@link #redact} loses the values of
 * the bundle's secrets and shows phone numbers masked ({@code +7******4567}). Static, because Logback creates its
 * encoders before Spring exists; the {@link SecretStore} registers every secret value it sees, old values included.
 */
public final class SensitiveText {

    public static final String REDACTED = "[REDACTED]";

    /** Shorter values are not secrets worth the name, and masking them would shred ordinary words. */
    private static final int MIN_SECRET_LENGTH = 6;

    /**
     * International form with a plus (10-15 digits, spaces, dashes or brackets between them), or a Russian number
     * of 11 digits starting with 7 or 8, written the same ways.
     */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d+])\\+\\d(?:[ \\-()]{0,2}\\d){9,14}(?!\\d)|(?<![\\d+])[78](?:[ \\-()]{0,2}\\d){10}(?!\\d)");

    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();

    private SensitiveText() {
    }

    /** Masks this value from now on, also in its URL-encoded and JSON-escaped spellings. */
    public static void registerSecret(String value) {
        if (value == null || value.trim().length() < MIN_SECRET_LENGTH) {
            return;
        }
        String secret = value.trim();
        SECRETS.add(secret);
        SECRETS.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
        SECRETS.add(secret.replace("\\", "\\\\").replace("\"", "\\\""));
    }

    /** The text without secret values and with phone numbers masked; null stays null. */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String redacted = text;
        for (String secret : SECRETS) {
            if (redacted.contains(secret)) {
                redacted = redacted.replace(secret, REDACTED);
            }
        }
        Matcher phone = PHONE.matcher(redacted);
        if (!phone.find()) {
            return redacted;
        }
        StringBuilder masked = new StringBuilder(redacted.length());
        do {
            phone.appendReplacement(masked, Matcher.quoteReplacement(PhoneMask.mask(phone.group())));
        } while (phone.find());
        phone.appendTail(masked);
        return masked.toString();
    }
}
