package io.ytbridge.booking;

import java.util.List;
import java.util.Optional;

import org.apache.camel.Header;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Telegram users, their phone and language, their Yclients client mapping and the message their dialog edits. */
@Component("telegramUsers")
public class TelegramUsers {

    private static final List<String> LANGUAGES = List.of("ru", "en");

    private final JdbcTemplate jdbc;
    private final SalonBranches branches;

    public TelegramUsers(JdbcTemplate jdbc, SalonBranches branches) {
        this.jdbc = jdbc;
        this.branches = branches;
    }

    /** Records the user on first sight (language from Telegram's language_code) and keeps chat and names fresh. */
    @Transactional
    public String remember(@Header("fromId") long userId, @Header("chatId") long chatId,
            @Header("fromFirstName") String firstName, @Header("fromLastName") String lastName,
            @Header("fromUsername") String username, @Header("languageCode") String telegramLanguage) {
        int updated = jdbc.update("UPDATE telegram_user SET chat_id = ?, first_name = ?, last_name = ?, username = ?,"
                + " updated_at = CURRENT_TIMESTAMP WHERE telegram_user_id = ?", chatId, firstName, lastName, username, userId);
        if (updated == 0) {
            jdbc.update("INSERT INTO telegram_user (telegram_user_id, chat_id, first_name, last_name, username, language)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", userId, chatId, firstName, lastName, username, languageFor(telegramLanguage));
        }
        return language(userId);
    }

    public String language(long userId) {
        return jdbc.query("SELECT language FROM telegram_user WHERE telegram_user_id = ?",
                rs -> rs.next() ? rs.getString(1) : "ru", userId);
    }

    public void setLanguage(long userId, String language) {
        jdbc.update("UPDATE telegram_user SET language = ?, updated_at = CURRENT_TIMESTAMP WHERE telegram_user_id = ?",
                languageFor(language), userId);
    }

    public void savePhone(@Header("fromId") long userId, @Header("phone") String phone) {
        jdbc.update("UPDATE telegram_user SET phone = ?, updated_at = CURRENT_TIMESTAMP WHERE telegram_user_id = ?",
                phone, userId);
    }

    public Optional<String> phone(long userId) {
        return Optional.ofNullable(jdbc.query("SELECT phone FROM telegram_user WHERE telegram_user_id = ?",
                rs -> rs.next() ? rs.getString(1) : null, userId));
    }

    public String displayName(long userId) {
        return jdbc.query("SELECT first_name, last_name FROM telegram_user WHERE telegram_user_id = ?", rs -> {
            if (!rs.next()) {
                return "Telegram";
            }
            String first = rs.getString(1);
            String last = rs.getString(2);
            String name = ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
            return name.isEmpty() ? "Telegram" : name;
        }, userId);
    }

    @Transactional
    public void mapClient(@Header("fromId") long userId, @Header("companyId") long companyId,
            @Header("clientId") Long clientId, @Header("phone") String phone, @Header("clientName") String clientName) {
        int updated = jdbc.update("UPDATE client_mapping SET yclients_client_id = ?, phone = ?, client_name = ?,"
                + " updated_at = CURRENT_TIMESTAMP WHERE telegram_user_id = ? AND company_id = ?",
                clientId, phone, clientName, userId, companyId);
        if (updated == 0) {
            jdbc.update("INSERT INTO client_mapping (telegram_user_id, company_id, yclients_client_id, phone, client_name)"
                    + " VALUES (?, ?, ?, ?, ?)", userId, companyId, clientId, phone, clientName);
        }
    }

    /** The Yclients client linked to this user in this company, if any. */
    public Long clientId(long userId, long companyId) {
        return jdbc.query("SELECT yclients_client_id FROM client_mapping WHERE telegram_user_id = ? AND company_id = ?",
                rs -> rs.next() ? (Long) rs.getObject(1, Long.class) : null, userId, companyId);
    }

    /** The message this user's dialog edits in place, if any. */
    public Long dialogMessage(long userId) {
        return jdbc.query("SELECT message_id FROM dialog_state WHERE telegram_user_id = ?",
                rs -> rs.next() ? (Long) rs.getObject(1, Long.class) : null, userId);
    }

    @Transactional
    public void setDialogMessage(long userId, long chatId, Long messageId) {
        int updated = jdbc.update("UPDATE dialog_state SET chat_id = ?, message_id = ?, updated_at = CURRENT_TIMESTAMP"
                + " WHERE telegram_user_id = ?", chatId, messageId, userId);
        if (updated == 0) {
            jdbc.update("INSERT INTO dialog_state (telegram_user_id, chat_id, message_id) VALUES (?, ?, ?)",
                    userId, chatId, messageId);
        }
    }

    /** The company this user books in: their chosen branch while it is still configured, else the configured company. */
    public Long companyId(@Header("fromId") long userId) {
        Long chosen = jdbc.query("SELECT company_id FROM dialog_state WHERE telegram_user_id = ?",
                rs -> rs.next() ? (Long) rs.getObject(1, Long.class) : null, userId);
        Long offered = chosen == null ? null : branches.offered(chosen.toString());
        return offered != null ? offered : branches.defaultCompanyId();
    }

    /** Stores the user's branch; refuses (returns false) an id that is not one of the configured companies. */
    @Transactional
    public boolean chooseCompany(@Header("fromId") long userId, @Header("chatId") long chatId,
            @Header("chosenCompanyId") String companyId) {
        Long offered = branches.offered(companyId);
        if (offered == null) {
            return false;
        }
        int updated = jdbc.update("UPDATE dialog_state SET company_id = ?, updated_at = CURRENT_TIMESTAMP"
                + " WHERE telegram_user_id = ?", offered, userId);
        if (updated == 0) {
            jdbc.update("INSERT INTO dialog_state (telegram_user_id, chat_id, company_id) VALUES (?, ?, ?)",
                    userId, chatId, offered);
        }
        return true;
    }

    private static String languageFor(String telegramLanguage) {
        if (telegramLanguage == null) {
            return "ru";
        }
        String base = telegramLanguage.toLowerCase(java.util.Locale.ROOT);
        base = base.length() > 2 ? base.substring(0, 2) : base;
        return LANGUAGES.contains(base) ? base : ("uk".equals(base) || "be".equals(base) || "kk".equals(base) ? "ru" : "en");
    }
}
