package io.ytbridge.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Every text the bot can say exists in Russian and in English. */
class MessageBundlesTest {

    @Test
    void russianAndEnglishHaveTheSameKeys() throws Exception {
        Properties russian = load("/messages.properties");
        Properties english = load("/messages_en.properties");
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(russian.stringPropertyNames());
    }

    @Test
    void englishTextsHaveNoBareApostrophes() throws Exception {
        // MessageFormat treats ' as a quote: "salon's {0}" would lose its placeholder.
        load("/messages_en.properties").forEach((key, text) -> assertThat((String) text).as((String) key).doesNotContain("'"));
    }

    private static Properties load(String resource) throws Exception {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(MessageBundlesTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
