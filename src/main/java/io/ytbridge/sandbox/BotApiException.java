package io.ytbridge.sandbox;

/** A refusal of the Telegram sandbox, in the Bot API's words: {@code {ok: false, error_code, description}}. */
class BotApiException extends RuntimeException {

    private final int errorCode;
    private final Integer retryAfter;

    BotApiException(int errorCode, String description) {
        this(errorCode, description, null);
    }

    BotApiException(int errorCode, String description, Integer retryAfter) {
        super(description);
        this.errorCode = errorCode;
        this.retryAfter = retryAfter;
    }

    static BotApiException badRequest(String reason) {
        return new BotApiException(400, "Bad Request: " + reason);
    }

    int errorCode() {
        return errorCode;
    }

    Integer retryAfter() {
        return retryAfter;
    }
}
