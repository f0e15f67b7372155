package io.ytbridge.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import io.ytbridge.config.BridgeEndpoints;
import io.ytbridge.support.ChatUser;
import io.ytbridge.support.KnownSecrets;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A whole booking, a cancellation and a salon webhook run through the real routes, then neither the captured logs
 * nor the audit table may hold a credential or the client's full phone. The sandbox's credentials travel the same
 * code paths as real tokens (Authorization headers, Bot API URLs, webhook proofs), so they stand in for them here,
 * next to the admin token, the database password and the button-signing secret, which are set for real.
 */
@ExtendWith(OutputCaptureExtension.class)
@CamelSpringBootTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:nothing-leaks;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        KnownSecrets.SETTING_ADMIN_TOKEN, KnownSecrets.SETTING_DATABASE_PASSWORD,
        "bridge.telegram.callback-secret=" + NothingSecretLeaksFromAFullFlowTest.CALLBACK_SECRET,
        "bridge.telegram.poll-timeout-seconds=2",
        "bridge.telegram.rate-limit.per-chat-period-ms=100",
        "bridge.webhook.processing.sweep-interval=1s"
})
class NothingSecretLeaksFromAFullFlowTest {

    static final String CALLBACK_SECRET = "known-callback-secret-2b8d";
    private static final String PHONE_DIGITS = "79161237301";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void bookingCancellingAndAWebhookLeaveNoSecretAndNoPhone(CapturedOutput output) throws Exception {
        ChatUser maria = new ChatUser(port, 7301, "ru");
        maria.registers(PHONE_DIGITS);
        maria.choosesFirstFreeTime();
        maria.press("K:");
        maria.awaitText("Вы записаны!");
        long recordId = jdbc.queryForObject("SELECT record_id FROM booking WHERE telegram_user_id = 7301", Long.class);

        HttpResponse<String> confirm = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/sandbox/yclients/_admin/records/" + recordId + "/confirm")).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(confirm.statusCode()).isEqualTo(200);
        maria.awaitText("Салон подтвердил");

        maria.press("L~");
        maria.press("R:");
        maria.press("RY:");
        maria.awaitAnyMessage("отменена");
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/admin/audit?correlationId=booking-" + jdbc.queryForObject(
                        "SELECT id FROM booking WHERE telegram_user_id = 7301", Long.class)))
                .header("Authorization", "Bearer " + KnownSecrets.ADMIN_TOKEN).build(),
                HttpResponse.BodyHandlers.ofString()).body()).contains("book_record");

        List<String> secrets = List.of(KnownSecrets.ADMIN_TOKEN, KnownSecrets.DATABASE_PASSWORD, CALLBACK_SECRET,
                BridgeEndpoints.SANDBOX_BOT_TOKEN, BridgeEndpoints.SANDBOX_YCLIENTS_PARTNER_TOKEN,
                BridgeEndpoints.SANDBOX_YCLIENTS_USER_TOKEN, BridgeEndpoints.SANDBOX_YCLIENTS_PASSWORD,
                PHONE_DIGITS, "+" + PHONE_DIGITS);
        String audit = jdbc.queryForList("SELECT * FROM audit_log").toString();
        for (String secret : secrets) {
            assertThat(output.getAll()).as("logs").doesNotContain(secret);
            assertThat(audit).as("audit_log").doesNotContain(secret);
        }
        assertThat(audit).contains("/bot***/editMessageText");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log", Integer.class)).as("the flows were audited")
                .isGreaterThan(10);
    }
}
