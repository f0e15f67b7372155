package io.ytbridge.telegram;

/** Headers of the {@code direct:telegram-send} contract. */
public final class TelegramHeaders {

    /** Bot API method to call; sendMessage when absent. */
    public static final String METHOD = "telegramMethod";

    private TelegramHeaders() {
    }
}
