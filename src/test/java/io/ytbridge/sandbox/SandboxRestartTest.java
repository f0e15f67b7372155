package io.ytbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.ytbridge.BridgeApplication;
import io.ytbridge.config.BridgeEndpoints;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The sandboxes keep their state in the database: a booking and a chat survive a restart on the H2 file database. */
class SandboxRestartTest {

    private static final long ANNA = 501;
    private static final long WOMENS_HAIRCUT = 1001;

    @Test
    void aBookingAndAChatSurviveARestart() {
        String database = "jdbc:h2:file:./target/test-data/sandbox-restart-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        String bookedTime;
        String date;
        long recordId;
        long updateId;
        try (ConfigurableApplicationContext first = start(database)) {
            SandboxHttp http = new SandboxHttp(port(first));
            date = http.yclients("GET", "/book_dates/1?service_ids[]=" + WOMENS_HAIRCUT + "&staff_id=" + ANNA, null,
                    SandboxHttp.PARTNER_ONLY).json().path("data").path("booking_dates").get(0).asText();
            JsonNode slot = times(http, date).get(0);
            bookedTime = slot.path("time").asText();
            recordId = http.yclients("POST", "/book_record/1", Map.of("phone", "+79165550707", "fullname", "Рестарт",
                    "appointments", List.of(Map.of("id", 1, "services", List.of(WOMENS_HAIRCUT), "staff_id", ANNA,
                            "datetime", slot.path("datetime").asText()))), SandboxHttp.PARTNER_ONLY)
                    .json().path("data").get(0).path("record_id").asLong();
            updateId = http.postJson("/sandbox/telegram/_user/777/send", Map.of("first_name", "Рестарт", "text", "/start"))
                    .json().path("update_id").asLong();
        }
        try (ConfigurableApplicationContext second = start(database)) {
            SandboxHttp http = new SandboxHttp(port(second));
            assertThat(http.yclients("GET", "/record/1/" + recordId, null, SandboxHttp.PARTNER_AND_USER).status())
                    .isEqualTo(200);
            List<String> times = times(http, date).findValuesAsText("time");
            assertThat(times).doesNotContain(bookedTime);
            JsonNode pending = http.get("/sandbox/telegram/bot" + BridgeEndpoints.SANDBOX_BOT_TOKEN
                    + "/getUpdates").json().path("result");
            assertThat(pending.findValuesAsText("update_id")).contains(Long.toString(updateId));
            long next = http.postJson("/sandbox/telegram/_user/777/send", Map.of("first_name", "Рестарт", "text", "ещё"))
                    .json().path("update_id").asLong();
            assertThat(next).as("update ids keep growing across restarts").isGreaterThan(updateId);
        }
    }

    private static JsonNode times(SandboxHttp http, String date) {
        return http.yclients("GET", "/book_times/1/" + ANNA + "/" + date + "?service_ids[]=" + WOMENS_HAIRCUT, null,
                SandboxHttp.PARTNER_ONLY).json().path("data");
    }

    private static ConfigurableApplicationContext start(String database) {
        return new SpringApplicationBuilder(BridgeApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + database, "--spring.jmx.enabled=false");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
