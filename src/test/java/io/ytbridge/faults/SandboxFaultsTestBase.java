package io.ytbridge.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.ytbridge.support.ChatUser;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One application for the fault tests that need no database outage: no accounts, so the bundle polls the Telegram
 * sandbox and books in the Yclients sandbox through the real funnel, and both sandboxes are told to misbehave through
 * their control endpoints. Yclients reads time out after {@link #READ_TIMEOUT_MS}, so a slow salon is quick to show.
 */
@CamelSpringBootTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:faults;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "bridge.telegram.poll-timeout-seconds=2",
        "bridge.telegram.rate-limit.per-chat-period-ms=100",
        "bridge.telegram.retry.initial-delay-ms=100",
        "bridge.telegram.rate-limit.per-second=500",
        "bridge.yclients.retry.initial-backoff-ms=50",
        "bridge.yclients.retry.max-backoff-ms=100",
        "bridge.yclients.http.read-timeout-ms=" + SandboxFaultsTestBase.READ_TIMEOUT_MS
})
abstract class SandboxFaultsTestBase {

    static final int READ_TIMEOUT_MS = 1000;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProducerTemplate producer;

    final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void sandboxesBehave() throws Exception {
        yclientsControl(Map.of("reset", true));
        telegramControl(Map.of("reset", true));
    }

    void yclientsControl(Map<String, Object> plan) throws Exception {
        control("/sandbox/yclients/_control", plan);
    }

    void telegramControl(Map<String, Object> plan) throws Exception {
        control("/sandbox/telegram/_control", plan);
    }

    private void control(String path, Map<String, Object> plan) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ChatUser.JSON.writeValueAsString(plan))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** The demo salon's records (cancelled ones included) whose client has this phone. */
    List<JsonNode> salonRecordsOf(String phone) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/sandbox/yclients/_admin/records?days=60")).build(), HttpResponse.BodyHandlers.ofString());
        List<JsonNode> records = new ArrayList<>();
        String digits = phone.substring(phone.length() - 7);
        ChatUser.JSON.readTree(response.body()).path("records").forEach(record -> {
            if (record.path("client").path("phone").asText().replaceAll("\\D", "").endsWith(digits)) {
                records.add(record);
            }
        });
        return records;
    }

    List<Map<String, Object>> bookingsOf(long userId) {
        return jdbc.queryForList("SELECT id, status, record_id FROM booking WHERE telegram_user_id = ? ORDER BY id", userId);
    }
}
