package io.ytbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class TelegramMarkupTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void htmlIsCheckedAndShownWithoutTags() {
        assertThat(TelegramMarkup.visibleText("<b>Запись</b> на <i>12:00</i> &amp; &lt;ok&gt;", "HTML"))
                .isEqualTo("Запись на 12:00 & <ok>");
        assertThat(TelegramMarkup.visibleText("<b>plain", null)).isEqualTo("<b>plain");
        assertThatThrownBy(() -> TelegramMarkup.visibleText("<b>open", "HTML"))
                .hasMessage("Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"b\"");
        assertThatThrownBy(() -> TelegramMarkup.visibleText("<div>x</div>", "HTML"))
                .hasMessageStartingWith("Bad Request: can't parse entities: Unsupported start tag \"div\"");
        assertThatThrownBy(() -> TelegramMarkup.visibleText("Анна <3", "HTML"))
                .hasMessageStartingWith("Bad Request: can't parse entities");
        assertThatThrownBy(() -> TelegramMarkup.visibleText("x", "Textile")).hasMessage("Bad Request: unsupported parse_mode");
    }

    @Test
    void inlineButtonsNeedAnActionAndShortCallbackData() throws Exception {
        assertThat(TelegramMarkup.checkReplyMarkup(mapper.readTree(
                "{\"inline_keyboard\":[[{\"text\":\"ok\",\"callback_data\":\"a\"}]]}"))).isTrue();
        assertThat(TelegramMarkup.checkReplyMarkup(mapper.readTree("{\"remove_keyboard\":true}"))).isFalse();
        assertThatThrownBy(() -> TelegramMarkup.checkReplyMarkup(mapper.readTree(
                "{\"inline_keyboard\":[[{\"text\":\"no action\"}]]}")))
                .hasMessageContaining("Text buttons are unallowed in the inline keyboard");
        assertThatThrownBy(() -> TelegramMarkup.checkReplyMarkup(mapper.readTree("{\"something\":1}")))
                .hasMessage("Bad Request: can't parse reply keyboard markup JSON object");
    }
}
