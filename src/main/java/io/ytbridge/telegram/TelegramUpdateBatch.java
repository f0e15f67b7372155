package io.ytbridge.telegram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.stereotype.Component;

/**
 * One getUpdates batch, split by chat: each chat's updates in the order Telegram sent them, so chats are served side
 * by side (one slow answer no longer holds up every other user) while one chat's updates never overtake each other.
 */
@Component("telegramUpdateBatch")
public class TelegramUpdateBatch {

    /** The batch's updates as compact JSON texts, grouped by chat (by sender, or alone, when an update has no chat). */
    public List<List<String>> byChat(JsonNode updates) {
        Map<String, List<String>> chats = new LinkedHashMap<>();
        for (JsonNode update : updates) {
            chats.computeIfAbsent(chatKey(update), key -> new ArrayList<>()).add(update.toString());
        }
        return new ArrayList<>(chats.values());
    }

    /** The offset that confirms the whole batch: one past its highest update id (the current offset when empty). */
    public long nextOffset(JsonNode updates, long currentOffset) {
        long next = currentOffset;
        for (JsonNode update : updates) {
            next = Math.max(next, update.path("update_id").asLong(currentOffset - 1) + 1);
        }
        return next;
    }

    private static String chatKey(JsonNode update) {
        try {
            TelegramUpdate parsed = TelegramUpdate.of(update);
            if (parsed.chatId() != null) {
                return "chat:" + parsed.chatId();
            }
            return parsed.fromId() != null ? "user:" + parsed.fromId() : "update:" + parsed.updateId();
        } catch (IllegalArgumentException unreadable) {
            // telegram-update refuses it on its own; alone it holds up no chat
            return "unreadable:" + System.identityHashCode(update);
        }
    }
}
