package io.ytbridge.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.EndpointInject;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SecretRotationTest extends OpsApplicationTest {

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    SecretStore secrets;

    @Autowired
    RotatedEvents events;

    @EndpointInject("mock:direct:telegram-send")
    MockEndpoint telegram;

    @AfterEach
    void adminTokenFreshAgain() throws Exception {
        assertThat(adminPost("/admin/secrets/ADMIN_TOKEN/rotated", "{}").statusCode()).isEqualTo(200);
    }

    @Test
    void healthGoesFromUpToWarningToOutOfServiceAsTheAdminTokenAges() throws Exception {
        assertThat(health("/actuator/health")).isEqualTo(Map.entry(200, "UP"));
        JsonNode fresh = json.readTree(get("/actuator/health/readiness", null).body());
        assertThat(fresh.at("/components/secretRotation/details/secrets/ADMIN_TOKEN/state").asText()).isEqualTo("fresh");

        rotatedDaysAgo(80);
        assertThat(health("/actuator/health")).isEqualTo(Map.entry(200, "WARNING"));
        HttpResponse<String> warning = get("/actuator/health/readiness", null);
        assertThat(warning.statusCode()).isEqualTo(200);
        JsonNode dueSoon = json.readTree(warning.body()).at("/components/secretRotation");
        assertThat(dueSoon.get("status").asText()).isEqualTo("WARNING");
        assertThat(dueSoon.at("/details/dueSoon").toString()).isEqualTo("[\"ADMIN_TOKEN\"]");
        assertThat(dueSoon.at("/details/secrets/ADMIN_TOKEN/rotateBy").asText())
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).plusDays(10).toString());
        assertThat(warning.body()).doesNotContain(ADMIN_TOKEN);

        rotatedDaysAgo(95);
        HttpResponse<String> overdue = get("/actuator/health/readiness", null);
        assertThat(overdue.statusCode()).isEqualTo(503);
        JsonNode readiness = json.readTree(overdue.body());
        assertThat(readiness.get("status").asText()).isEqualTo("OUT_OF_SERVICE");
        assertThat(readiness.at("/components/secretRotation/details/overdue").toString()).isEqualTo("[\"ADMIN_TOKEN\"]");
        assertThat(overdue.body()).doesNotContain(ADMIN_TOKEN);
        assertThat(health("/actuator/health/liveness")).isEqualTo(Map.entry(200, "UP"));
    }

    @Test
    void theAdminChatIsRemindedOnceADayWhileASecretIsDueSoon() throws Exception {
        telegram.reset();
        jdbc.update("DELETE FROM bridge_state WHERE name = 'secret_rotation_reminded_on'");
        rotatedDaysAgo(85);

        await().until(() -> !telegram.getReceivedExchanges().isEmpty());
        Exchange reminder = telegram.getReceivedExchanges().get(0);
        assertThat(reminder.getMessage().getHeader("chatId", String.class)).isEqualTo(ADMIN_CHAT_ID);
        Map<?, ?> payload = reminder.getMessage().getBody(Map.class);
        assertThat(payload.get("chat_id")).isEqualTo(ADMIN_CHAT_ID);
        assertThat((String) payload.get("text")).startsWith("🔐 Пора сменить секреты бота (не реже раза в 90 дней):")
                .contains("• ADMIN_TOKEN — сменить до " + LocalDate.now(ZoneOffset.UTC).plusDays(5))
                .doesNotContain(ADMIN_TOKEN);
        // The check runs every 300 ms in this context; the reminder stays at one for the day.
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> telegram.getReceivedExchanges().size() == 1);
    }

    @Test
    void aYclientsTokenRotatedInTheSecretsDirectoryTakesEffectWithoutARestart() throws Exception {
        Path tokenFile = Path.of(SECRETS_DIRECTORY, "YCLIENTS_PARTNER_TOKEN");
        int eventsBefore = events.received.size();

        Files.writeString(tokenFile, "partner-token-first-4e1d\n");
        await().until(() -> secrets.current("YCLIENTS_PARTNER_TOKEN").equals("partner-token-first-4e1d"));
        await().until(() -> events.received.size() == eventsBefore + 1);
        assertThat(events.received.get(eventsBefore).names()).containsExactly("YCLIENTS_PARTNER_TOKEN");
        assertThat(events.received.get(eventsBefore).affects("YCLIENTS_PASSWORD", "YCLIENTS_PARTNER_TOKEN")).isTrue();
        Map<String, Object> first = metadata("YCLIENTS_PARTNER_TOKEN");
        jdbc.update("UPDATE secret_metadata SET rotated_at = ? WHERE name = 'YCLIENTS_PARTNER_TOKEN'",
                Timestamp.from(Instant.now().minus(40, ChronoUnit.DAYS)));

        Files.writeString(tokenFile, "partner-token-second-9c7a");
        await().until(() -> secrets.current("YCLIENTS_PARTNER_TOKEN").equals("partner-token-second-9c7a"));
        await().until(() -> events.received.size() == eventsBefore + 2);
        Map<String, Object> second = metadata("YCLIENTS_PARTNER_TOKEN");
        assertThat(second.get("fingerprint")).isNotEqualTo(first.get("fingerprint"));
        assertThat(((OffsetDateTime) second.get("rotated_at")).toInstant())
                .isAfter(Instant.now().minus(1, ChronoUnit.MINUTES));
        assertThat(second.values()).allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain("partner"));

        Files.delete(tokenFile);
        await().until(() -> secrets.current("YCLIENTS_PARTNER_TOKEN").isEmpty());
    }

    @Test
    void aSecretSetThroughTheAdminApiIsUsedAtOnceAndNeverShown() throws Exception {
        HttpResponse<String> set = adminPut("/admin/secrets/YCLIENTS_WEBHOOK_SECRET", "{\"value\":\"webhook-secret-from-admin-1f\"}");
        assertThat(set.statusCode()).isEqualTo(200);
        assertThat(json.readTree(set.body()).get("changed").toString()).isEqualTo("[\"YCLIENTS_WEBHOOK_SECRET\"]");
        assertThat(secrets.current("YCLIENTS_WEBHOOK_SECRET")).isEqualTo("webhook-secret-from-admin-1f");

        HttpResponse<String> list = adminGet("/admin/secrets");
        assertThat(list.body()).doesNotContain("webhook-secret-from-admin-1f").doesNotContain(ADMIN_TOKEN);
        JsonNode webhookSecret = json.readTree(list.body()).get("secrets").findParents("name").stream()
                .filter(node -> node.get("name").asText().equals("YCLIENTS_WEBHOOK_SECRET")).findFirst().orElseThrow();
        assertThat(webhookSecret.get("configured").asBoolean()).isTrue();
        assertThat(webhookSecret.get("state").asText()).isEqualTo("fresh");

        adminPut("/admin/secrets/YCLIENTS_WEBHOOK_SECRET", "{\"value\":\"\"}");
        assertThat(secrets.current("YCLIENTS_WEBHOOK_SECRET")).isEmpty();
    }

    @Test
    void rotationDatesAreCheckedAndSecretsMustBeKnown() throws Exception {
        assertThat(adminPost("/admin/secrets/ADMIN_TOKEN/rotated", "{\"rotatedAt\":\"2999-01-01\"}").statusCode())
                .isEqualTo(400);
        assertThat(adminPost("/admin/secrets/ADMIN_TOKEN/rotated", "{\"rotatedAt\":\"last week\"}").statusCode())
                .isEqualTo(400);
        assertThat(adminPost("/admin/secrets/NO_SUCH_SECRET/rotated", "{}").body()).contains("unknown secret");
        assertThat(adminPost("/admin/secrets/TELEGRAM_BOT_TOKEN/rotated", "{}").body())
                .contains("TELEGRAM_BOT_TOKEN is not configured");
        assertThat(post("/admin/secrets/ADMIN_TOKEN/rotated", "wrong").statusCode()).isEqualTo(401);
    }

    private void rotatedDaysAgo(int days) throws Exception {
        String date = LocalDate.now(ZoneOffset.UTC).minusDays(days).toString();
        assertThat(adminPost("/admin/secrets/ADMIN_TOKEN/rotated", "{\"rotatedAt\":\"" + date + "\"}").statusCode())
                .isEqualTo(200);
    }

    private Map.Entry<Integer, String> health(String path) throws Exception {
        HttpResponse<String> response = get(path, null);
        return Map.entry(response.statusCode(), json.readTree(response.body()).get("status").asText());
    }

    private Map<String, Object> metadata(String name) {
        return jdbc.queryForMap("SELECT fingerprint, rotated_at, first_seen_at FROM secret_metadata WHERE name = ?",
                name);
    }

    private HttpResponse<String> post(String path, String bearer) throws Exception {
        return http.send(java.net.http.HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + bearer)
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
