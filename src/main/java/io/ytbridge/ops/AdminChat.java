package io.ytbridge.ops;

import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The salon's staff chat (ADMIN_CHAT_ID): whether there is one, and messages for it in its language
 * (ADMIN_CHAT_LANGUAGE), from the {@code notifications} bundle, as {@code direct:telegram-send} payloads.
 */
@Component
public class AdminChat {

    private final MessageSource messages;
    private final String chatId;
    private final Locale language;

    public AdminChat(MessageSource messages, @Value("${bridge.admin-chat-id:}") String chatId,
            @Value("${bridge.salon.admin-language:ru}") String language) {
        this.messages = messages;
        this.chatId = chatId.trim();
        this.language = Locale.forLanguageTag(language);
    }

    public boolean configured() {
        return !chatId.isEmpty();
    }

    public Locale language() {
        return language;
    }

    public String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, language);
    }

    /** The sendMessage payload of {@code text} for the admin chat. */
    public Map<String, Object> message(String text) {
        return Map.of("chat_id", chatId, "text", text);
    }
}
