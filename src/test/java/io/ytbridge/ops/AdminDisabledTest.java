package io.ytbridge.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Same context as BridgeApplicationH2Test (no ADMIN_TOKEN): the admin API does not exist. */
@CamelSpringBootTest
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/test-data/h2-app-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
})
class AdminDisabledTest {

    @LocalServerPort
    int port;

    @Test
    void withoutAdminTokenEveryAdminPathAnswers404WhateverTheToken() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : new String[] {"/admin/audit", "/admin/bookings/export?from=2026-01-01&to=2026-01-02&format=csv",
                "/admin/secrets"}) {
            for (String authorization : new String[] {null, "Bearer ", "Bearer anything"}) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
                if (authorization != null) {
                    request.header("Authorization", authorization);
                }
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(path).isEqualTo(404);
                assertThat(response.body()).isEmpty();
            }
        }
    }
}
