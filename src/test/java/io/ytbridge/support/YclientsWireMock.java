package io.ytbridge.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * One fake Yclients API per test JVM, on 127.0.0.1, so every Spring context pointed at it is the same context
 * (Spring caches contexts by their settings). Tests reset its stubs; the server stops with the JVM.
 */
public final class YclientsWireMock {

    private static WireMockServer server;

    private YclientsWireMock() {
    }

    public static synchronized WireMockServer shared() {
        if (server == null) {
            server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    public static String baseUrl() {
        return shared().baseUrl() + "/api/v1";
    }

    /** Forgets earlier stubs and requests; answers POST /auth as Yclients does, for a funnel that logs in. */
    public static WireMockServer reset() {
        WireMockServer wireMock = shared();
        wireMock.resetAll();
        wireMock.stubFor(post(urlPathEqualTo("/api/v1/auth")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"success\":true,\"data\":{\"user_token\":\"test-user-token\"},\"meta\":[]}")));
        return wireMock;
    }
}
