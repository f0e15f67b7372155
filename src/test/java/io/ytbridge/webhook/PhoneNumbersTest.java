package io.ytbridge.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void theWaysYclientsWritesANumberAllBecomeE164() {
        for (String written : new String[] {"+79161234567", "79161234567", "89161234567", "+7 (916) 123-45-67"}) {
            assertThat(PhoneNumbers.e164(written)).as(written).isEqualTo("+79161234567");
        }
        assertThat(PhoneNumbers.e164("+44 20 7946 0958")).isEqualTo("+442079460958");
        assertThat(PhoneNumbers.e164("not a phone")).isNull();
        assertThat(PhoneNumbers.e164("")).isNull();
    }
}
