package io.ytbridge.yclients;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.Comparator;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/** One WireMock "Yclients" on 127.0.0.1 for the whole test JVM, so that test classes can share a Spring context. */
final class YclientsFakeServer {

    static final WireMockServer YCLIENTS = start();

    private YclientsFakeServer() {
    }

    static String baseUrl() {
        return YCLIENTS.baseUrl() + "/api/v1";
    }

    /** Requests the fake received whose URL starts with {@code /api/v1 + pathPrefix}, oldest first. */
    static List<ServeEvent> received(String pathPrefix) {
        return YCLIENTS.getAllServeEvents().stream()
                .filter(event -> event.getRequest().getUrl().startsWith("/api/v1" + pathPrefix))
                .sorted(Comparator.comparing(event -> event.getRequest().getLoggedDate()))
                .toList();
    }

    private static WireMockServer start() {
        WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                .containerThreads(64).jettyAcceptors(2));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }
}
