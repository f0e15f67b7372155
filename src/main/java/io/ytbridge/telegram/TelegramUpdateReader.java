package io.ytbridge.telegram;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Body;
import org.apache.camel.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Puts the fields of a raw update on the exchange as headers, so routes read {@code ${header.chatId}} instead of
 * JSON paths. The body stays the raw JSON. Headers for fields the update lacks are not set.
 */
@Component("telegramUpdateReader")
public class TelegramUpdateReader {

    /** The whole {@link TelegramUpdate}. */
    public static final String UPDATE = "telegramUpdate";
    public static final String UPDATE_ID = "updateId";
    /** The update id again, under the name the audit and the Yclients funnel read. */
    public static final String CORRELATION_ID = "correlationId";
    public static final String CHAT_ID = "chatId";
    public static final String FROM_ID = "fromId";
    public static final String LANGUAGE_CODE = "languageCode";
    public static final String FROM_FIRST_NAME = "fromFirstName";
    public static final String FROM_LAST_NAME = "fromLastName";
    public static final String FROM_USERNAME = "fromUsername";
    public static final String TEXT = "messageText";
    public static final String CONTACT_PHONE = "contactPhone";
    public static final String CONTACT_USER_ID = "contactUserId";
    public static final String CALLBACK_QUERY_ID = "callbackQueryId";
    public static final String CALLBACK_DATA = "callbackData";
    public static final String CALLBACK_MESSAGE_ID = "callbackMessageId";

    private static final Logger LOG = LoggerFactory.getLogger(TelegramUpdateReader.class);

    private final ObjectMapper objectMapper;

    public TelegramUpdateReader(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /**
     * Puts the update's headers, or answers false for a body that is no Bot API update (not JSON, no numeric
     * update_id). It does not throw: a caller's doTry would be the only thing between a stranger's garbage and an
     * ERROR with a stack trace in the log.
     */
    public boolean putHeaders(@Body String rawUpdate, @Headers Map<String, Object> headers) {
        TelegramUpdate update;
        try {
            update = TelegramUpdate.of(objectMapper.readTree(rawUpdate));
        } catch (JsonProcessingException | IllegalArgumentException unreadable) {
            LOG.warn("Passed over a body that is no Telegram update ({})", unreadable.getClass().getSimpleName());
            return false;
        }
        headers.put(UPDATE, update);
        headers.put(UPDATE_ID, update.updateId());
        headers.put(CORRELATION_ID, Long.toString(update.updateId()));
        putIfPresent(headers, CHAT_ID, update.chatId());
        putIfPresent(headers, FROM_ID, update.fromId());
        putIfPresent(headers, LANGUAGE_CODE, update.languageCode());
        putIfPresent(headers, FROM_FIRST_NAME, update.sender().firstName());
        putIfPresent(headers, FROM_LAST_NAME, update.sender().lastName());
        putIfPresent(headers, FROM_USERNAME, update.sender().username());
        putIfPresent(headers, TEXT, update.text());
        if (update.contact() != null) {
            putIfPresent(headers, CONTACT_PHONE, update.contact().phoneNumber());
            putIfPresent(headers, CONTACT_USER_ID, update.contact().userId());
        }
        if (update.callbackQuery() != null) {
            putIfPresent(headers, CALLBACK_QUERY_ID, update.callbackQuery().id());
            putIfPresent(headers, CALLBACK_DATA, update.callbackQuery().data());
            putIfPresent(headers, CALLBACK_MESSAGE_ID, update.callbackQuery().messageId());
        }
        return true;
    }

    private static void putIfPresent(Map<String, Object> headers, String name, Object value) {
        if (value != null) {
            headers.put(name, value);
        }
    }
}
