package io.ytbridge.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.ytbridge.BridgeApplication;
import io.ytbridge.support.LogErrors;
import io.ytbridge.support.RestartablePostgres;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Long polling, the default mode, while PostgreSQL stops and starts under it: one update is in the dialog when the
 * database goes away, the next one of the same chat cannot be recorded. The batch is not confirmed, so Telegram sends
 * it again once the database is back: each update reaches the dialog exactly once, none is lost, and the outage
 * leaves WARN lines, not errors with stack traces.
 */
@ExtendWith(OutputCaptureExtension.class)
class TelegramPollingPostgresTest {

    private static WireMockServer botApi;
    private static RestartablePostgres postgres;

    @BeforeAll
    static void start() {
        botApi = FakeBotApi.start();
        postgres = RestartablePostgres.forTheApplication("polling-postgres");
    }

    @AfterAll
    static void stop() throws Exception {
        botApi.stop();
        postgres.discard();
    }

    @Test
    void aBatchCaughtByTheOutageIsAskedForAgainAndEachUpdateReachesTheDialogOnce(CapturedOutput output)
            throws Exception {
        FakeBotApi.stubGetUpdates(botApi, 0);
        CountDownLatch databaseStopped = new CountDownLatch(1);
        try (ConfigurableApplicationContext app = startApplication()) {
            AdviceWith.adviceWith(app.getBean(CamelContext.class), "dialog-recorder", route -> route.weaveAddFirst()
                    .process(exchange -> {
                        if (Long.valueOf(800).equals(exchange.getMessage().getHeader("updateId"))) {
                            databaseStopped.await(30, TimeUnit.SECONDS);
                        }
                    }));
            MockEndpoint dialog = app.getBean(CamelContext.class).getEndpoint("mock:dialog", MockEndpoint.class);
            FakeBotApi.stubGetUpdates(botApi, 0, FakeBotApi.messageUpdate(800, 901, "/start"),
                    FakeBotApi.messageUpdate(801, 902, "/start"),
                    FakeBotApi.contactUpdate(802, 901, "+79161234567"));

            // 800 is recorded and held in the dialog; 801, another chat, goes through meanwhile.
            await().atMost(Duration.ofSeconds(20)).until(() -> dialog.getReceivedExchanges().size() == 1);
            postgres.stop();
            int outageLog = output.length();
            databaseStopped.countDown();
            // 800 cannot be marked processed, 802 cannot be recorded: the batch fails and its offset stays.
            await().atMost(Duration.ofSeconds(30)).until(() -> output.toString().substring(outageLog)
                    .contains("Telegram long polling failed"));
            postgres.start();

            await().atMost(Duration.ofSeconds(60)).until(() -> offset(app) == 803);
            assertThat(dialog.getReceivedExchanges()).extracting(exchange -> exchange.getMessage().getHeader("updateId"))
                    .containsExactlyInAnyOrder(800L, 801L, 802L);
            assertThat(app.getBean(JdbcTemplate.class).queryForList(
                    "SELECT update_id FROM telegram_update ORDER BY update_id", Long.class))
                    .containsExactly(800L, 801L, 802L);
            assertThat(FakeBotApi.requestedOffsets(botApi).stream().filter("0"::equals).count())
                    .as("the unconfirmed batch was asked for again").isGreaterThan(1);
            assertThat(LogErrors.ignoringLibraryWarningTraces(output.toString().substring(outageLog)))
                    .as("an outage the poller rides out is a warning").isEmpty();
        }
    }

    private static long offset(ConfigurableApplicationContext app) {
        try {
            return app.getBean(JdbcTemplate.class).queryForObject(
                    "SELECT state_value FROM bridge_state WHERE name = 'telegram.offset'", Long.class);
        } catch (RuntimeException databaseAway) {
            return -1;
        }
    }

    private static ConfigurableApplicationContext startApplication() {
        return new SpringApplicationBuilder(BridgeApplication.class).run(
                "--server.port=0",
                "--bridge.telegram.bot-token=" + FakeBotApi.TOKEN,
                "--bridge.telegram.api-base-url=" + botApi.baseUrl(),
                "--bridge.telegram.poll-timeout-seconds=1",
                "--bridge.telegram.poll-error-backoff-ms=200",
                "--spring.datasource.hikari.connection-timeout=1000",
                "--spring.datasource.hikari.validation-timeout=500",
                "--camel.main.routes-include-pattern=file:routes/telegram-*.yaml,file:routes/audit.yaml,"
                        + "classpath:telegram-test/dialog-recorder.yaml");
    }
}
