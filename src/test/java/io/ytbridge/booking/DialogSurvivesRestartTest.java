package io.ytbridge.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.ytbridge.BridgeApplication;
import io.ytbridge.support.ChatUser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The application stops in the middle of a booking and starts again on the same database: the dialog goes on. */
class DialogSurvivesRestartTest {

    private final String database = "jdbc:h2:file:./target/test-data/restart-" + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    @Test
    void aButtonPressedAfterARestartStillBooks() {
        String confirmButton;
        long summaryMessage;
        try (ConfigurableApplicationContext first = start()) {
            ChatUser lena = new ChatUser(port(first), 7101, "ru");
            lena.registers("79161237101");
            lena.choosesFirstFreeTime();
            JsonNode summary = lena.awaitText("Проверьте запись");
            confirmButton = ChatUser.button(summary, "K:").path("callback_data").asText();
            summaryMessage = summary.path("message_id").asLong();
        }

        try (ConfigurableApplicationContext second = start()) {
            ChatUser lena = new ChatUser(port(second), 7101, "ru");
            lena.pressOn(summaryMessage, confirmButton);
            JsonNode confirmation = lena.awaitText("Вы записаны!");
            assertThat(confirmation.path("message_id").asLong()).isEqualTo(summaryMessage);
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT status FROM booking WHERE telegram_user_id = 7101", String.class))
                    .isEqualTo("booked");
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(BridgeApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + database, "--bridge.telegram.poll-timeout-seconds=1",
                "--bridge.telegram.rate-limit.per-chat-period-ms=100", "--camel.main.shutdown-timeout=3");
    }

    private static int port(ConfigurableApplicationContext application) {
        return application.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }
}
