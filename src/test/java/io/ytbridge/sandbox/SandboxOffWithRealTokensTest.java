package io.ytbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.ytbridge.config.BridgeEndpoints;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With real tokens set both sandboxes are off: their paths, the chat page and the control APIs answer 404. */
@CamelSpringBootTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:sandbox-off;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "bridge.yclients.partner-token=real-partner-token-for-this-test",
        "bridge.yclients.company-id=4242",
        "bridge.telegram.bot-token=123456789:fake-token-for-tests-only",
        // Nothing may reach the internet from a test: the "real" APIs point at a closed local port.
        "bridge.yclients.base-url=http://127.0.0.1:9/api/v1",
        "bridge.telegram.api-base-url=http://127.0.0.1:9"
})
class SandboxOffWithRealTokensTest {

    @LocalServerPort
    int port;

    @Test
    void everySandboxPathAnswers404() {
        SandboxHttp http = new SandboxHttp(port);
        assertThat(http.yclients("GET", "/book_services/1", null, SandboxHttp.PARTNER_ONLY).status()).isEqualTo(404);
        assertThat(http.yclients("GET", "/company/1", null, SandboxHttp.PARTNER_ONLY).status()).isEqualTo(404);
        assertThat(http.get(BridgeEndpoints.TELEGRAM_SANDBOX_PATH + "/bot" + BridgeEndpoints.SANDBOX_BOT_TOKEN + "/getMe")
                .status()).isEqualTo(404);
        for (String path : new String[] {"/sandbox/", "/sandbox/index.html", "/sandbox/sandbox.js", "/sandbox/_info",
                "/sandbox/telegram/_user/1/timeline", "/sandbox/telegram/_control", "/sandbox/yclients/_control",
                "/sandbox/yclients/_admin/records"}) {
            assertThat(http.get(path).status()).as(path).isEqualTo(404);
        }
    }
}
