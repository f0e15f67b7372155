package io.ytbridge.yclients;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YclientsEnvelopeTest {

    @Test
    void successEnvelopeGivesItsData() {
        YclientsEnvelope envelope = YclientsEnvelope.parse("{\"success\": true, \"data\": [{\"id\": 1}], \"meta\": []}");

        assertThat(envelope.success()).isTrue();
        assertThat(envelope.data().path(0).path("id").asInt()).isEqualTo(1);
        assertThat(envelope.errorCode()).isNull();
    }

    @Test
    void answersWithoutEnvelopeAreTheirOwnData() {
        assertThat(YclientsEnvelope.parse("{\"id\": 5, \"user_token\": \"t\"}").data().path("user_token").asText())
                .isEqualTo("t");
        assertThat(YclientsEnvelope.parse("[{\"time\": \"12:00\"}]").data().isArray()).isTrue();
        assertThat(YclientsEnvelope.parse("").success()).isTrue();
    }

    @Test
    void yclientsCodeIsFoundInMetaErrorsDataOrTheOlderErrorsForm() {
        assertThat(YclientsEnvelope.parse("{\"success\": false, \"meta\": {\"errors\": [{\"code\": 422}, "
                + "{\"code\": 436, \"message\": \"No staff\"}]}}").errorCode()).isEqualTo(436);
        assertThat(YclientsEnvelope.parse("{\"success\": false, \"meta\": {\"code\": \"431\", \"message\": \"Bad phone\"}}")
                .errorCode()).isEqualTo(431);
        assertThat(YclientsEnvelope.parse("{\"success\": false, \"data\": {\"code\": 438}}").errorCode()).isEqualTo(438);
        YclientsEnvelope older = YclientsEnvelope.parse("{\"errors\": {\"code\": 433, \"message\": \"Taken\"}, \"meta\": {}}");
        assertThat(older.success()).isFalse();
        assertThat(older.errorCode()).isEqualTo(433);
        assertThat(older.message()).isEqualTo("Taken");
    }

    @Test
    void httpLikeCodesAndHtmlPagesAreNoYclientsCode() {
        assertThat(YclientsEnvelope.parse("{\"errors\": {\"code\": 401, \"message\": \"Unauthorized\"}}").errorCode())
                .isNull();
        YclientsEnvelope html = YclientsEnvelope.parse("<html>502 Bad Gateway</html>");
        assertThat(html.success()).isFalse();
        assertThat(html.errorCode()).isNull();
    }

    @Test
    void outcomesFollowStatusAndCode() {
        assertThat(YclientsResponse.outcomeFor(422, 433)).isEqualTo(YclientsOutcome.VALIDATION);
        assertThat(YclientsResponse.outcomeFor(422, 434)).isEqualTo(YclientsOutcome.FORBIDDEN);
        assertThat(YclientsResponse.outcomeFor(200, null)).isEqualTo(YclientsOutcome.VALIDATION);
        assertThat(YclientsResponse.outcomeFor(401, null)).isEqualTo(YclientsOutcome.UNAUTHORIZED);
        assertThat(YclientsResponse.outcomeFor(404, null)).isEqualTo(YclientsOutcome.NOT_FOUND);
        assertThat(YclientsResponse.outcomeFor(429, null)).isEqualTo(YclientsOutcome.RATE_LIMITED);
        assertThat(YclientsResponse.outcomeFor(503, null)).isEqualTo(YclientsOutcome.UNAVAILABLE);
    }
}
