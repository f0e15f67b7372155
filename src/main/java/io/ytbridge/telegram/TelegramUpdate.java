package io.ytbridge.telegram;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the dialog needs from one raw Bot API update. Read from the JSON itself because camel-telegram's model drops
 * {@code contact} and gives callback queries no chat id. Fields an update does not carry are null.
 */
public record TelegramUpdate(long updateId, Long chatId, Long fromId, String languageCode, String text,
        Contact contact, CallbackQuery callbackQuery, Sender sender) {

    /** Who sent the update, as their Telegram profile names them (for the Yclients client's name). */
    public record Sender(String firstName, String lastName, String username) {
    }

    /** A shared contact; {@code userId} equals the sender's id only when users shared their own number. */
    public record Contact(String phoneNumber, Long userId) {
    }

    /** A pressed inline button: the query id to answer, its callback data and the message that carried it. */
    public record CallbackQuery(String id, String data, Long messageId) {
    }

    public static TelegramUpdate of(JsonNode update) {
        JsonNode updateId = update.path("update_id");
        if (!updateId.canConvertToLong()) {
            throw new IllegalArgumentException("Telegram update without a numeric update_id");
        }
        JsonNode message = firstPresent(update, "message", "edited_message");
        JsonNode callback = update.path("callback_query");
        JsonNode from = callback.isObject() ? callback.path("from") : message.path("from");
        JsonNode chat = callback.isObject() ? callback.path("message").path("chat") : message.path("chat");

        JsonNode contactNode = message.path("contact");
        Contact contact = contactNode.isObject()
                ? new Contact(text(contactNode.path("phone_number")), number(contactNode.path("user_id")))
                : null;
        CallbackQuery callbackQuery = callback.isObject()
                ? new CallbackQuery(text(callback.path("id")), text(callback.path("data")),
                        number(callback.path("message").path("message_id")))
                : null;
        return new TelegramUpdate(updateId.asLong(), number(chat.path("id")), number(from.path("id")),
                text(from.path("language_code")), text(message.path("text")), contact, callbackQuery,
                new Sender(text(from.path("first_name")), text(from.path("last_name")), text(from.path("username"))));
    }

    private static JsonNode firstPresent(JsonNode update, String... fields) {
        for (String field : fields) {
            if (update.path(field).isObject()) {
                return update.path(field);
            }
        }
        return update.path(fields[0]);
    }

    private static Long number(JsonNode node) {
        return node.canConvertToLong() ? node.asLong() : null;
    }

    private static String text(JsonNode node) {
        return node.isValueNode() && !node.isNull() ? node.asText() : null;
    }
}
