package io.ytbridge.yclients;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The path and query of a Yclients call as the audit table may hold it: ids stay, but phone numbers are masked
 * ({@code +7******4567}) and record hashes (which let anyone cancel a record) are replaced by {@code ***}.
 */
public final class AuditPath {

    private static final Pattern PHONE = Pattern.compile("\\+?\\d{10,15}");
    private static final Pattern HEX_HASH = Pattern.compile("(?i)[0-9a-f]{16,}");
    private static final Pattern TOKENISH_PARAM = Pattern.compile(
            "(?i)([?&](?:[a-z_]*(?:token|password|login|hash|secret)[a-z_]*)=)[^&]*");

    private AuditPath() {
    }

    public static String of(String path, String query) {
        String full = query == null || query.isBlank() ? path : path + "?" + query;
        String decoded = URLDecoder.decode(full.replace("+", "%2B"), StandardCharsets.UTF_8);
        String withoutSecrets = TOKENISH_PARAM.matcher(decoded).replaceAll("$1***");
        String withoutHashes = HEX_HASH.matcher(withoutSecrets).replaceAll(match ->
                match.group().chars().allMatch(Character::isDigit) ? match.group() : "***");
        return maskPhones(withoutHashes);
    }

    /** {@code +79161234567} → {@code +7******4567}: the country's first digit and the last four stay. */
    public static String maskPhones(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = PHONE.matcher(text);
        StringBuilder masked = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(masked, Matcher.quoteReplacement(maskPhone(matcher.group())));
        }
        matcher.appendTail(masked);
        return masked.toString();
    }

    static String maskPhone(String phone) {
        String digits = phone.replaceAll("\\D", "");
        if (digits.length() < 6) {
            return "***";
        }
        return "+" + digits.charAt(0) + "*".repeat(digits.length() - 5) + digits.substring(digits.length() - 4);
    }
}
