package io.ytbridge.telegram;

import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/**
 * Reads a raw Bot API update. camel-telegram's model drops {@code contact} and the callback's chat, so the dialog
 * works from the JSON itself. Anything malformed reads as an update with nulls, which the dialog ignores.
 */
@Component("telegramUpdateReader")
public class TelegramUpdateReader {

    private final ObjectMapper json;

    public TelegramUpdateReader(ObjectMapper json) {
        this.json = json;
    }

    public TelegramUpdate read(Object body) {
        JsonNode update;
        try {
            update = body instanceof JsonNode node ? node
                    : body instanceof byte[] bytes ? json.readTree(bytes) : json.readTree(String.valueOf(body));
        } catch (Exception e) {
            return TelegramUpdate.EMPTY;
        }
        if (update == null || !update.isObject()) {
            return TelegramUpdate.EMPTY;
        }
        JsonNode callback = update.path("callback_query");
        JsonNode message = callback.isObject() ? callback.path("message") : update.path("message");
        JsonNode from = callback.isObject() ? callback.path("from") : message.path("from");
        JsonNode contact = callback.isObject() ? null : message.path("contact");
        return new TelegramUpdate(
                number(update.path("update_id")),
                number(message.path("chat").path("id")),
                number(from.path("id")),
                text(from.path("first_name")),
                text(from.path("last_name")),
                text(from.path("username")),
                text(from.path("language_code")),
                callback.isObject() ? null : text(message.path("text")),
                contact == null ? null : text(contact.path("phone_number")),
                contact == null ? null : number(contact.path("user_id")),
                callback.isObject() ? text(callback.path("id")) : null,
                callback.isObject() ? text(callback.path("data")) : null,
                number(message.path("message_id")));
    }

    /** "/start@MyBot payload" → "/start"; other text → null. */
    public String command(String text) {
        if (text == null || !text.startsWith("/")) {
            return null;
        }
        String word = text.trim().split("\\s+", 2)[0];
        int at = word.indexOf('@');
        return (at > 0 ? word.substring(0, at) : word).toLowerCase(Locale.ROOT);
    }

    private static Long number(JsonNode node) {
        return node.isIntegralNumber() ? Long.valueOf(node.asLong()) : null;
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }
}
