package io.ytbridge.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SensitiveTextTest {

    @Test
    void phonesAreMaskedHoweverTheyAreWritten() {
        assertThat(SensitiveText.redact("contact +79161234567 shared")).isEqualTo("contact +7******4567 shared");
        assertThat(SensitiveText.redact("phone=79161234567&x=1")).isEqualTo("phone=7******4567&x=1");
        assertThat(SensitiveText.redact("8 (916) 123-45-67")).isEqualTo("8******4567");
        assertThat(SensitiveText.redact("+7 (916) 123-45-67.")).isEqualTo("+7******4567.");
        assertThat(SensitiveText.redact("{\"phone\":\"+380501234567\"}")).isEqualTo("{\"phone\":\"+3*******4567\"}");
        assertThat(SensitiveText.redact("search?phone=%2B79161234567")).doesNotContain("9161234567");
        assertThat(SensitiveText.redact("a +79161234567 and 89031112233")).isEqualTo("a +7******4567 and 8******2233");
    }

    @Test
    void numbersThatAreNoPhonesStay() {
        for (String text : new String[] {"update 912345678", "chat -1001234567890", "at 1764130000000 ms",
                "record 123456789012", "2026-11-26T10:15:00+03:00", "price 1500.00", "id 7123456789"}) {
            assertThat(SensitiveText.redact(text)).as(text).isEqualTo(text);
        }
    }

    @Test
    void registeredSecretValuesDisappearInEverySpelling() {
        SensitiveText.registerSecret("s3cr3t-Token/with+plus\"q");
        assertThat(SensitiveText.redact("Bearer s3cr3t-Token/with+plus\"q"))
                .isEqualTo("Bearer " + SensitiveText.REDACTED);
        assertThat(SensitiveText.redact("url?t=s3cr3t-Token%2Fwith%2Bplus%22q"))
                .isEqualTo("url?t=" + SensitiveText.REDACTED);
        assertThat(SensitiveText.redact("{\"t\":\"s3cr3t-Token/with+plus\\\"q\"}"))
                .isEqualTo("{\"t\":\"" + SensitiveText.REDACTED + "\"}");
    }

    @Test
    void shortOrEmptyValuesAreNotTreatedAsSecrets() {
        SensitiveText.registerSecret("abc");
        SensitiveText.registerSecret(null);
        SensitiveText.registerSecret("   ");
        assertThat(SensitiveText.redact("abc")).isEqualTo("abc");
        assertThat(SensitiveText.redact(null)).isNull();
    }
}
