package io.ytbridge.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Known values for every secret and one client's phone, so a test can start the application with them, run a flow,
 * and prove that none of them was written anywhere it should not be. Put {@code SETTINGS_*} into a test's
 * {@code @SpringBootTest(properties = ...)}, then call {@link #assertAbsent} on captured logs and responses and
 * {@link #assertAbsentFromAuditLog} on the database.
 */
public final class KnownSecrets {

    public static final String TELEGRAM_BOT_TOKEN = "987654321:KnownBotTokenNeverLogged4";
    public static final String TELEGRAM_WEBHOOK_SECRET = "known-telegram-webhook-secret-7c1";
    public static final String YCLIENTS_PARTNER_TOKEN = "known-partner-token-a9f2e1";
    public static final String YCLIENTS_PASSWORD = "known-Password-3e7d";
    public static final String YCLIENTS_WEBHOOK_SECRET = "known-webhook-secret-51bc";
    public static final String ADMIN_TOKEN = "known-admin-token-88aa";
    public static final String DATABASE_PASSWORD = "known-db-password-0f4e";

    /** A client's phone, and the spellings of it that must never appear in full. */
    public static final String PHONE = "+79161234567";
    private static final List<String> PHONE_SPELLINGS = List.of("9161234567", "916 123-45-67", "916) 123-45-67",
            "916-123-45-67", "916 123 45 67");

    public static final String SETTING_TELEGRAM_BOT_TOKEN = "bridge.telegram.bot-token=" + TELEGRAM_BOT_TOKEN;
    public static final String SETTING_TELEGRAM_WEBHOOK_SECRET =
            "bridge.telegram.webhook-secret=" + TELEGRAM_WEBHOOK_SECRET;
    public static final String SETTING_YCLIENTS_PARTNER_TOKEN =
            "bridge.yclients.partner-token=" + YCLIENTS_PARTNER_TOKEN;
    public static final String SETTING_YCLIENTS_LOGIN = "bridge.yclients.login=salon-admin@example.org";
    public static final String SETTING_YCLIENTS_PASSWORD = "bridge.yclients.password=" + YCLIENTS_PASSWORD;
    public static final String SETTING_YCLIENTS_WEBHOOK_SECRET =
            "bridge.yclients.webhook-secret=" + YCLIENTS_WEBHOOK_SECRET;
    public static final String SETTING_YCLIENTS_COMPANY_ID = "bridge.yclients.company-id=1";
    public static final String SETTING_ADMIN_TOKEN = "bridge.admin-token=" + ADMIN_TOKEN;
    public static final String SETTING_DATABASE_PASSWORD = "spring.datasource.password=" + DATABASE_PASSWORD;

    private KnownSecrets() {
    }

    public static Map<String, String> all() {
        return Map.of("TELEGRAM_BOT_TOKEN", TELEGRAM_BOT_TOKEN, "TELEGRAM_WEBHOOK_SECRET", TELEGRAM_WEBHOOK_SECRET,
                "YCLIENTS_PARTNER_TOKEN", YCLIENTS_PARTNER_TOKEN, "YCLIENTS_PASSWORD", YCLIENTS_PASSWORD,
                "YCLIENTS_WEBHOOK_SECRET", YCLIENTS_WEBHOOK_SECRET, "ADMIN_TOKEN", ADMIN_TOKEN,
                "DATABASE_PASSWORD", DATABASE_PASSWORD);
    }

    /** No secret, nor the phone in full, appears in {@code text}; {@code where} names it in the failure. */
    public static void assertAbsent(String where, String text) {
        all().forEach((name, value) -> assertThat(text).as(name + " in " + where).doesNotContain(value));
        PHONE_SPELLINGS.forEach(phone -> assertThat(text).as("full phone in " + where).doesNotContain(phone));
    }

    /** Every text column of every audit row passes {@link #assertAbsent}. */
    public static void assertAbsentFromAuditLog(JdbcTemplate jdbc) {
        List<String> rows = jdbc.queryForList("SELECT CONCAT(external_system, ' ', operation, ' ',"
                + " COALESCE(method, ''), ' ', COALESCE(path, ''), ' ', outcome, ' ', COALESCE(error_code, ''), ' ',"
                + " COALESCE(correlation_id, '')) FROM audit_log", String.class);
        assertAbsent("audit_log", String.join("\n", rows));
    }
}
