package io.ytbridge.telegram;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application in Telegram webhook mode against a fake Bot API. Test classes extending it share one context
 * (and one fake), so they tell their traffic apart by chat and update ids rather than by resetting the fake.
 * Webhook mode keeps the fake's journal free of polling. The routes are the real Telegram and audit routes, with
 * a recorder in place of the dialog.
 */
@CamelSpringBootTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:telegram-webhook-mode;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "bridge.telegram.bot-token=" + FakeBotApi.TOKEN,
        "bridge.telegram.webhook-url=https://bot.example.test/telegram/webhook",
        "bridge.telegram.webhook-secret=" + WebhookModeApplication.WEBHOOK_SECRET,
        "bridge.telegram.retry.initial-delay-ms=100",
        "camel.main.routes-include-pattern=file:routes/telegram-*.yaml,file:routes/audit.yaml,"
                + "classpath:telegram-test/dialog-recorder.yaml"
})
abstract class WebhookModeApplication {

    static final String WEBHOOK_SECRET = "webhook-secret_0123456789";

    static final WireMockServer botApi = FakeBotApi.start();

    @DynamicPropertySource
    static void botApiAddress(DynamicPropertyRegistry registry) {
        registry.add("bridge.telegram.api-base-url", botApi::baseUrl);
    }
}
