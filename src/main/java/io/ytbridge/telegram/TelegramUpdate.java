package io.ytbridge.telegram;

/** The parts of a Bot API update the bot acts on; fields are null when the update does not carry them. */
public record TelegramUpdate(Long updateId, Long chatId, Long userId, String firstName, String lastName,
        String username, String languageCode, String text, String contactPhone, Long contactUserId,
        String callbackId, String callbackData, Long messageId) {

    static final TelegramUpdate EMPTY = new TelegramUpdate(null, null, null, null, null, null, null, null, null, null,
            null, null, null);

    public boolean hasContact() {
        return contactPhone != null;
    }
}
