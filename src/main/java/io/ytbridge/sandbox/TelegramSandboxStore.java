package io.ytbridge.sandbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The Telegram sandbox's state in the sandbox_telegram_* tables, always with bound parameters. */
@Component
@TelegramSandboxOnly
class TelegramSandboxStore {

    static final long FIRST_UPDATE_ID = 500_000_001L;

    record Chat(long chatId, String firstName, String lastName, String username, String languageCode,
            String replyKeyboard) {
    }

    record StoredMessage(long chatId, long messageId, boolean fromBot, String payload, String sourceText,
            String parseMode, boolean deleted) {
    }

    record StoredUpdate(long updateId, long chatId, String payload) {
    }

    record Callback(String id, long chatId, long messageId, String data, boolean answered, String answerText,
            boolean showAlert, Instant createdAt) {
    }

    record Webhook(String url, String secret) {
    }

    private final JdbcTemplate jdbc;
    private final long botId;

    TelegramSandboxStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.botId = BotApiSandbox.BOT_ID;
        if (jdbc.queryForObject("SELECT COUNT(*) FROM sandbox_telegram_bot WHERE bot_id = ?", Integer.class, botId) == 0) {
            jdbc.update("INSERT INTO sandbox_telegram_bot (bot_id, confirmed_offset, commands, updated_at) VALUES (?, ?, ?, ?)",
                    botId, 0L, "{}", SalonStore.utc(Instant.now()));
        }
    }

    void saveChat(Chat chat) {
        Instant now = Instant.now();
        if (jdbc.update("UPDATE sandbox_telegram_chat SET first_name = ?, last_name = ?, username = ?, language_code = ? "
                + "WHERE chat_id = ?", chat.firstName(), chat.lastName(), chat.username(), chat.languageCode(),
                chat.chatId()) == 0) {
            jdbc.update("INSERT INTO sandbox_telegram_chat (chat_id, first_name, last_name, username, language_code, "
                    + "created_at) VALUES (?, ?, ?, ?, ?, ?)", chat.chatId(), chat.firstName(), chat.lastName(),
                    chat.username(), chat.languageCode(), SalonStore.utc(now));
        }
    }

    Optional<Chat> chat(long chatId) {
        return jdbc.query("SELECT * FROM sandbox_telegram_chat WHERE chat_id = ?", (rs, i) -> new Chat(
                rs.getLong("chat_id"), rs.getString("first_name"), rs.getString("last_name"), rs.getString("username"),
                rs.getString("language_code"), rs.getString("reply_keyboard")), chatId).stream().findFirst();
    }

    void setReplyKeyboard(long chatId, String keyboard) {
        jdbc.update("UPDATE sandbox_telegram_chat SET reply_keyboard = ? WHERE chat_id = ?", keyboard, chatId);
    }

    long nextUpdateId() {
        Long max = jdbc.queryForObject("SELECT MAX(update_id) FROM sandbox_telegram_update", Long.class);
        return Math.max(max == null ? FIRST_UPDATE_ID - 1 : max, confirmedOffset() - 1) + 1;
    }

    void addUpdate(long updateId, long chatId, String payload) {
        jdbc.update("INSERT INTO sandbox_telegram_update (update_id, chat_id, payload, created_at) VALUES (?, ?, ?, ?)",
                updateId, chatId, payload, SalonStore.utc(Instant.now()));
    }

    List<StoredUpdate> updatesFrom(long updateId, int limit) {
        return jdbc.query("SELECT update_id, chat_id, payload FROM sandbox_telegram_update WHERE update_id >= ? "
                + "ORDER BY update_id LIMIT ?", (rs, i) -> new StoredUpdate(rs.getLong(1), rs.getLong(2), rs.getString(3)),
                updateId, limit);
    }

    List<StoredUpdate> updatesOfChat(long chatId) {
        return jdbc.query("SELECT update_id, chat_id, payload FROM sandbox_telegram_update WHERE chat_id = ? "
                + "ORDER BY update_id", (rs, i) -> new StoredUpdate(rs.getLong(1), rs.getLong(2), rs.getString(3)), chatId);
    }

    /** The id of the N-th newest update (N = count), for getUpdates with a negative offset. */
    Optional<Long> nthNewestUpdateId(int count) {
        return jdbc.queryForList("SELECT update_id FROM sandbox_telegram_update ORDER BY update_id DESC LIMIT 1 OFFSET ?",
                Long.class, count - 1).stream().findFirst();
    }

    long confirmedOffset() {
        return jdbc.queryForObject("SELECT confirmed_offset FROM sandbox_telegram_bot WHERE bot_id = ?", Long.class, botId);
    }

    void confirmBelow(long offset) {
        jdbc.update("UPDATE sandbox_telegram_bot SET confirmed_offset = ?, updated_at = ? WHERE bot_id = ? "
                + "AND confirmed_offset < ?", offset, SalonStore.utc(Instant.now()), botId, offset);
    }

    long nextMessageId(long chatId) {
        Long max = jdbc.queryForObject("SELECT MAX(message_id) FROM sandbox_telegram_message WHERE chat_id = ?",
                Long.class, chatId);
        return max == null ? 1 : max + 1;
    }

    void addMessage(StoredMessage message) {
        jdbc.update("INSERT INTO sandbox_telegram_message (chat_id, message_id, from_bot, payload, source_text, parse_mode, "
                + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", message.chatId(), message.messageId(), message.fromBot(),
                message.payload(), message.sourceText(), message.parseMode(), SalonStore.utc(Instant.now()));
    }

    Optional<StoredMessage> message(long chatId, long messageId) {
        return jdbc.query("SELECT * FROM sandbox_telegram_message WHERE chat_id = ? AND message_id = ? AND deleted = FALSE",
                TelegramSandboxStore::message, chatId, messageId).stream().findFirst();
    }

    List<StoredMessage> messages(long chatId) {
        return jdbc.query("SELECT * FROM sandbox_telegram_message WHERE chat_id = ? AND deleted = FALSE ORDER BY message_id",
                TelegramSandboxStore::message, chatId);
    }

    void replaceMessage(long chatId, long messageId, String payload, String sourceText, String parseMode) {
        jdbc.update("UPDATE sandbox_telegram_message SET payload = ?, source_text = ?, parse_mode = ? "
                + "WHERE chat_id = ? AND message_id = ?", payload, sourceText, parseMode, chatId, messageId);
    }

    void deleteMessage(long chatId, long messageId) {
        jdbc.update("UPDATE sandbox_telegram_message SET deleted = TRUE WHERE chat_id = ? AND message_id = ?",
                chatId, messageId);
    }

    void addCallback(Callback callback) {
        jdbc.update("INSERT INTO sandbox_telegram_callback (callback_query_id, chat_id, message_id, callback_data, "
                + "created_at) VALUES (?, ?, ?, ?, ?)", callback.id(), callback.chatId(), callback.messageId(),
                callback.data(), SalonStore.utc(callback.createdAt()));
    }

    Optional<Callback> callback(String id) {
        return jdbc.query("SELECT * FROM sandbox_telegram_callback WHERE callback_query_id = ?",
                TelegramSandboxStore::callback, id).stream().findFirst();
    }

    List<Callback> callbacks(long chatId) {
        return jdbc.query("SELECT * FROM sandbox_telegram_callback WHERE chat_id = ? ORDER BY created_at, callback_query_id",
                TelegramSandboxStore::callback, chatId);
    }

    void answerCallback(String id, String text, boolean showAlert) {
        jdbc.update("UPDATE sandbox_telegram_callback SET answered = TRUE, answer_text = ?, show_alert = ? "
                + "WHERE callback_query_id = ?", text, showAlert, id);
    }

    Optional<Webhook> webhook() {
        return jdbc.query("SELECT webhook_url, webhook_secret FROM sandbox_telegram_bot WHERE bot_id = ? "
                + "AND webhook_url IS NOT NULL", (rs, i) -> new Webhook(rs.getString(1), rs.getString(2)), botId)
                .stream().findFirst();
    }

    void setWebhook(String url, String secret) {
        jdbc.update("UPDATE sandbox_telegram_bot SET webhook_url = ?, webhook_secret = ?, updated_at = ? WHERE bot_id = ?",
                url, secret, SalonStore.utc(Instant.now()), botId);
    }

    String commands() {
        return jdbc.queryForObject("SELECT commands FROM sandbox_telegram_bot WHERE bot_id = ?", String.class, botId);
    }

    void setCommands(String commands) {
        jdbc.update("UPDATE sandbox_telegram_bot SET commands = ?, updated_at = ? WHERE bot_id = ?",
                commands, SalonStore.utc(Instant.now()), botId);
    }

    private static StoredMessage message(ResultSet rs, int row) throws SQLException {
        return new StoredMessage(rs.getLong("chat_id"), rs.getLong("message_id"), rs.getBoolean("from_bot"),
                rs.getString("payload"), rs.getString("source_text"), rs.getString("parse_mode"), rs.getBoolean("deleted"));
    }

    private static Callback callback(ResultSet rs, int row) throws SQLException {
        return new Callback(rs.getString("callback_query_id"), rs.getLong("chat_id"), rs.getLong("message_id"),
                rs.getString("callback_data"), rs.getBoolean("answered"), rs.getString("answer_text"),
                rs.getBoolean("show_alert"), SalonStore.instant(rs, "created_at"));
    }
}
