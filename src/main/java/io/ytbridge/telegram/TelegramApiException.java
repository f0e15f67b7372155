package io.ytbridge.telegram;

/**
 * A Bot API call that did not succeed: Telegram's error reply, or no reply at all. Getter-style accessors so routes
 * can test it in Simple, e.g. {@code ${exception.retryable}} or {@code ${exception.messageNotModified}}.
 * The message never holds the request URL, which carries the bot token.
 */
public class TelegramApiException extends RuntimeException {

    /** {@link #getHttpStatus()} when no HTTP reply arrived. */
    public static final int NO_REPLY = 0;

    private final String method;
    private final int httpStatus;
    private final String description;
    private final Integer retryAfterSeconds;
    private final boolean retryable;

    private TelegramApiException(String method, int httpStatus, String description, Integer retryAfterSeconds,
            boolean retryable) {
        super(method + ": " + (httpStatus == NO_REPLY ? "" : httpStatus + " ") + description);
        this.method = method;
        this.httpStatus = httpStatus;
        this.description = description;
        this.retryAfterSeconds = retryAfterSeconds;
        this.retryable = retryable;
    }

    /** Telegram answered with an error: 429 and 5xx are worth another try, other statuses are final. */
    public static TelegramApiException reply(String method, int httpStatus, String description,
            Integer retryAfterSeconds) {
        return new TelegramApiException(method, httpStatus, description, retryAfterSeconds,
                httpStatus == 429 || httpStatus >= 500);
    }

    /** No reply: connection refused or reset, timeout (worth another try), or a request that could not be made. */
    public static TelegramApiException noReply(String method, Throwable cause) {
        boolean transport = false;
        for (Throwable t = cause; t != null; t = t.getCause()) {
            transport |= t instanceof java.io.IOException;
        }
        // Only the class name: messages of lower layers may quote the request URL, and with it the token.
        return new TelegramApiException(method, NO_REPLY,
                "no reply from the Bot API (" + cause.getClass().getSimpleName() + ")", null, transport);
    }

    public String getMethod() {
        return method;
    }

    public int getHttpStatus() {
        return httpStatus;
    }

    public String getDescription() {
        return description;
    }

    /** Seconds Telegram asked to wait (a 429's {@code parameters.retry_after}), or null. */
    public Integer getRetryAfterSeconds() {
        return retryAfterSeconds;
    }

    public boolean isRetryable() {
        return retryable;
    }

    /** The edit changed nothing (same text and keyboard): harmless, usually a double tap. */
    public boolean isMessageNotModified() {
        return httpStatus == 400 && description != null && description.contains("message is not modified");
    }
}
