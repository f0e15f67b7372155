package io.ytbridge.yclients;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.ytbridge.yclients.YclientsFakeServer.YCLIENTS;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The funnel against a fake Yclients (WireMock over real HTTP on 127.0.0.1), with B2B credentials and small limits
 * (20 a second, 60 in 3 seconds) so that rate-limit tests run in seconds. Subclasses share one Spring context.
 */
@CamelSpringBootTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:yclients-funnel;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "bridge.yclients.partner-token=" + YclientsFunnelTestSupport.PARTNER_TOKEN,
        "bridge.yclients.company-id=1",
        "bridge.yclients.login=" + YclientsFunnelTestSupport.LOGIN,
        "bridge.yclients.password=" + YclientsFunnelTestSupport.PASSWORD,
        "bridge.yclients.rate-limit.per-second=20",
        "bridge.yclients.rate-limit.second-window-ms=1000",
        "bridge.yclients.rate-limit.per-minute=60",
        "bridge.yclients.rate-limit.minute-window-ms=3000",
        "bridge.yclients.rate-limit.max-wait-ms=60000",
        "bridge.yclients.http.connect-timeout-ms=1000",
        "bridge.yclients.http.read-timeout-ms=1000",
        "bridge.yclients.retry.max-attempts=3",
        "bridge.yclients.retry.initial-backoff-ms=20",
        "bridge.yclients.retry.max-backoff-ms=200"
})
abstract class YclientsFunnelTestSupport {

    static final String PARTNER_TOKEN = "partner-token-7f3a9c";
    static final String LOGIN = "+79990001122";
    static final String PASSWORD = "password-51de0b";
    static final String USER_TOKEN = "user-token-c0ffee";

    @Autowired
    CamelContext camel;

    @Autowired
    ProducerTemplate producer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    YclientsCredentials credentials;

    @DynamicPropertySource
    static void pointAtFakeYclients(DynamicPropertyRegistry registry) {
        registry.add("bridge.yclients.base-url", YclientsFakeServer::baseUrl);
    }

    @BeforeEach
    void resetFakeYclients() {
        YCLIENTS.resetAll();
        YCLIENTS.stubFor(post(urlEqualTo("/api/v1/auth")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\": 5, \"user_token\": \"" + USER_TOKEN + "\", \"name\": \"Admin\"}")));
    }

    JsonNode call(String route, Map<String, Object> headers) {
        return call(route, null, headers);
    }

    JsonNode call(String route, Object body, Map<String, Object> headers) {
        return producer.requestBodyAndHeaders(route, body, headers, JsonNode.class);
    }

    /** The YclientsException a call failed with. */
    YclientsException failure(String route, Object body, Map<String, Object> headers) {
        try {
            call(route, body, headers);
        } catch (CamelExecutionException failed) {
            if (failed.getCause() instanceof YclientsException yclients) {
                return yclients;
            }
            throw failed;
        }
        throw new AssertionError(route + " was expected to fail");
    }

    static String envelope(String data) {
        return "{\"success\": true, \"data\": " + data + ", \"meta\": []}";
    }
}
