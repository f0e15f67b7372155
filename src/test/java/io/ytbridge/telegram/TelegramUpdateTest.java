package io.ytbridge.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class TelegramUpdateTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aTextMessageGivesChatSenderLanguageAndText() throws Exception {
        TelegramUpdate update = TelegramUpdate.of(json.readTree(FakeBotApi.messageUpdate(10, 501, "/start")));

        assertThat(update).usingRecursiveComparison().ignoringFields("sender")
                .isEqualTo(new TelegramUpdate(10, 501L, 501L, "ru", "/start", null, null, null));
        assertThat(update.sender().firstName()).isNotBlank();
    }

    @Test
    void aSharedContactKeepsItsPhoneAndUserId() throws Exception {
        TelegramUpdate update = TelegramUpdate.of(json.readTree(FakeBotApi.contactUpdate(11, 502, "79161234567")));

        assertThat(update.contact()).isEqualTo(new TelegramUpdate.Contact("79161234567", 502L));
        assertThat(update.fromId()).isEqualTo(502L);
        assertThat(update.languageCode()).isEqualTo("en");
        assertThat(update.text()).isNull();
    }

    @Test
    void aCallbackQueryTakesItsChatFromTheMessageThatCarriedTheButton() throws Exception {
        TelegramUpdate update = TelegramUpdate.of(json.readTree("""
                {"update_id": 12, "callback_query": {"id": "4382bfdwdsb323b2d9", "data": "svc:42",
                  "from": {"id": 503, "is_bot": false, "first_name": "Vera", "language_code": "en"},
                  "message": {"message_id": 77, "date": 1767225600, "chat": {"id": -100503, "type": "private"},
                    "from": {"id": 999, "is_bot": true, "first_name": "Bot"}, "text": "Pick a service"}}}
                """));

        assertThat(update.chatId()).isEqualTo(-100503L);
        assertThat(update.fromId()).as("the user who pressed, not the bot that wrote").isEqualTo(503L);
        assertThat(update.callbackQuery()).isEqualTo(new TelegramUpdate.CallbackQuery("4382bfdwdsb323b2d9", "svc:42", 77L));
        assertThat(update.text()).as("the button's message text is not the user's").isNull();
    }

    @Test
    void anEditedMessageIsReadLikeAMessage() throws Exception {
        TelegramUpdate update = TelegramUpdate.of(json.readTree("""
                {"update_id": 13, "edited_message": {"message_id": 5, "date": 1767225600, "edit_date": 1767225700,
                  "from": {"id": 504, "is_bot": false, "first_name": "Gleb"},
                  "chat": {"id": 504, "type": "private"}, "text": "/help"}}
                """));

        assertThat(update).isEqualTo(new TelegramUpdate(13, 504L, 504L, null, "/help", null, null,
                new TelegramUpdate.Sender("Gleb", null, null)));
    }

    @Test
    void anUpdateWithoutAnIdIsRefused() {
        assertThatThrownBy(() -> TelegramUpdate.of(json.readTree("{\"message\": {}}")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
