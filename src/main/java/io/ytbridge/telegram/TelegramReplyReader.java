package io.ytbridge.telegram;

import java.util.Date;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.apache.camel.Headers;
import org.springframework.stereotype.Component;

/**
 * Reads what came back from one Bot API request: the {@code result} on success, a {@link TelegramApiException}
 * otherwise. On either path it fills the audit headers about the outcome (the route sets those describing the
 * request), so every attempt is audited alike. For a 429 it also sets {@code CamelRedeliveryDelay}, which makes the
 * retry in telegram-send wait exactly the {@code retry_after} Telegram asked for.
 */
@Component("telegramReplyReader")
public class TelegramReplyReader {

    /** Exchange property with the {@link Date} the request started, for the audit's latency. */
    public static final String CALL_STARTED_AT = "telegramCallStartedAt";

    private final ObjectMapper objectMapper;

    public TelegramReplyReader(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public JsonNode read(@Header(TelegramHeaders.METHOD) String method, @Header(Exchange.HTTP_RESPONSE_CODE) int status,
            @Body String body, @ExchangeProperty(CALL_STARTED_AT) Date startedAt, @Headers Map<String, Object> headers) {
        JsonNode reply = parse(body);
        if (status == 200 && reply.path("ok").asBoolean(false)) {
            putAudit(headers, status, startedAt, "ok", null);
            return reply.path("result");
        }
        int errorCode = reply.path("error_code").canConvertToInt() ? reply.path("error_code").asInt() : status;
        String description = reply.path("description").isTextual() ? reply.path("description").asText()
                : "HTTP " + status;
        JsonNode retryAfter = reply.path("parameters").path("retry_after");
        Integer retryAfterSeconds = retryAfter.canConvertToInt() ? retryAfter.asInt() : null;

        putAudit(headers, status, startedAt,
                status == 429 ? "rate_limited" : status >= 500 ? "unavailable" : "rejected", Integer.toString(errorCode));
        if (status == 429 && retryAfterSeconds != null) {
            headers.put(Exchange.REDELIVERY_DELAY, retryAfterSeconds * 1000L);
        }
        throw TelegramApiException.reply(method, status, description, retryAfterSeconds);
    }

    public void noReply(@Header(TelegramHeaders.METHOD) String method,
            @ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Exception cause,
            @ExchangeProperty(CALL_STARTED_AT) Date startedAt, @Headers Map<String, Object> headers) {
        putAudit(headers, null, startedAt, "no_reply", null);
        throw TelegramApiException.noReply(method, cause);
    }

    /** audit-write binds every audit header, so each is set, null where there is nothing to say. */
    private static void putAudit(Map<String, Object> headers, Integer httpStatus, Date startedAt, String outcome,
            String errorCode) {
        Object correlationId = headers.get("correlationId");
        headers.put("auditCorrelationId", correlationId == null ? null : correlationId.toString());
        headers.put("auditHttpStatus", httpStatus);
        headers.put("auditLatencyMs", startedAt == null ? null : System.currentTimeMillis() - startedAt.getTime());
        headers.put("auditOutcome", outcome);
        headers.put("auditErrorCode", errorCode);
    }

    private JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? MissingNode.getInstance() : objectMapper.readTree(body);
        } catch (java.io.IOException notJson) {
            // A proxy's HTML error page, for instance: the HTTP status alone decides then.
            return MissingNode.getInstance();
        }
    }
}
