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

    @Test
    void theWaysYclientsWritesANumberAllBecomeE164() {
        for (String written : new String[] {"+79161234567", "79161234567", "89161234567", "+7 (916) 123-45-67"}) {
            assertThat(PhoneNormalizer.e164(written, "RU")).as(written).isEqualTo("+79161234567");
        }
        assertThat(PhoneNormalizer.e164("+44 20 7946 0958", "RU")).isEqualTo("+442079460958");
        assertThat(PhoneNormalizer.e164("not a phone", "RU")).isNull();
        assertThat(PhoneNormalizer.e164("", "RU")).isNull();
    }
}
