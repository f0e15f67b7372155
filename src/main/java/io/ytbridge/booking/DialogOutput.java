package io.ytbridge.booking;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/** Addresses a screen to a chat: as a new message, or as an edit of the dialog's one message. */
@Component("dialogOutput")
public class DialogOutput {

    public Map<String, Object> send(Map<String, Object> screen, long chatId) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("chat_id", chatId);
        payload.putAll(screen);
        return payload;
    }

    public Map<String, Object> edit(Map<String, Object> screen, long chatId, long messageId) {
        Map<String, Object> payload = send(screen, chatId);
        payload.put("message_id", messageId);
        return payload;
    }

    /** Answers the pressed button (stops its spinner), with header callbackAnswer as a notice when set. */
    public Map<String, Object> answer(@Header("callbackQueryId") String callbackQueryId,
            @Header("callbackAnswer") String text) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("callback_query_id", callbackQueryId);
        if (text != null && !text.isBlank()) {
            payload.put("text", text);
        }
        return payload;
    }

    /** The id of a message the Bot API just sent. */
    public Long messageId(JsonNode result) {
        JsonNode id = result == null ? null : result.path("message_id");
        return id == null || id.isMissingNode() ? null : id.asLong();
    }

    /** Whether a screen carries an inline keyboard, i.e. can become the message the dialog edits in place. */
    public boolean editable(Map<String, Object> screen) {
        return screen.get("reply_markup") instanceof Map<?, ?> markup && markup.containsKey("inline_keyboard");
    }
}
