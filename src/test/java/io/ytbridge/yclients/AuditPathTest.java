package io.ytbridge.yclients;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditPathTest {

    @Test
    void idsStayButPhonesHashesAndSecretsGo() {
        assertThat(AuditPath.of("/book_times/1/2/2026-05-30", "service_ids%5B%5D=3"))
                .isEqualTo("/book_times/1/2/2026-05-30?service_ids[]=3");
        assertThat(AuditPath.of("/loyalty/cards/+79161234567/3/1", null)).isEqualTo("/loyalty/cards/+7******4567/3/1");
        assertThat(AuditPath.of("/user/records/2820023/567df655304da9b98487769426d4e76e", ""))
                .isEqualTo("/user/records/2820023/***");
        assertThat(AuditPath.of("/records/1", "user_token=abc&login=me&page=2")).isEqualTo("/records/1?user_token=***&login=***&page=2");
        assertThat(AuditPath.maskPhones("call 89161234567 now")).isEqualTo("call +8******4567 now");
    }
}
