package io.ytbridge.booking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNormalizerTest {

    private final PhoneNormalizer phones = new PhoneNormalizer("RU");

    @Test
    void telegramFormsBecomeE164() {
        assertThat(phones.toE164("79161234567")).contains("+79161234567");
        assertThat(phones.toE164("+7 (916) 123-45-67")).contains("+79161234567");
        assertThat(phones.toE164("89161234567")).contains("+79161234567");
        assertThat(phones.toE164("447911123456")).contains("+447911123456");
    }

    @Test
    void garbageIsRefused() {
        assertThat(phones.toE164("12")).isEmpty();
        assertThat(phones.toE164("not a phone")).isEmpty();
        assertThat(phones.toE164(null)).isEmpty();
        assertThat(phones.toE164("7".repeat(40))).isEmpty();
    }
}
