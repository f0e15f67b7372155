package io.ytbridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.Route;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@CamelSpringBootTest
@org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/test-data/h2-app-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
})
class BridgeApplicationH2Test {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    CamelContext camel;

    @Autowired
    ProducerTemplate producer;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyYamlRouteInTheRoutesFolderIsLoaded() throws Exception {
        long yamlFiles;
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("routes"))) {
            yamlFiles = files.filter(path -> path.toString().endsWith(".yaml")).count();
        }
        assertThat(yamlFiles).isPositive();
        assertThat(camel.getRoutes()).extracting(Route::getRouteId).contains("audit-write");
        assertThat(camel.getRoutes()).allSatisfy(route ->
                assertThat(camel.getRouteController().getRouteStatus(route.getRouteId()).isStarted()).isTrue());
        assertThat(camel.getRoutes()).filteredOn(route -> route.getSourceResource() != null
                        && route.getSourceResource().getLocation().endsWith(".yaml"))
                .allSatisfy(route -> assertThat(route.getDescription()).as(route.getRouteId() + " description")
                        .isNotBlank());
    }

    @Test
    void healthLivenessAndReadinessAreUp() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("\"status\":\"UP\"");
        }
    }

    @Test
    void actuatorExposesOnlyHealthInfoAndPrometheus() throws Exception {
        assertThat(get("/actuator/prometheus").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/info").statusCode()).isEqualTo(200);
        for (String hidden : new String[] {"/actuator/env", "/actuator/configprops", "/actuator/heapdump",
                "/actuator/beans", "/actuator/mappings"}) {
            assertThat(get(hidden).statusCode()).as(hidden).isEqualTo(404);
        }
    }

    @Test
    void auditSinkBindsParametersInsteadOfSplicingThem() {
        Map<String, Object> headers = new HashMap<>();
        headers.put("auditSystem", "yclients");
        headers.put("auditOperation", "book_times");
        headers.put("auditMethod", "GET");
        headers.put("auditPath", "/book_times/1/2/2026-12-01?x='); DROP TABLE audit_log; --");
        headers.put("auditHttpStatus", 200);
        headers.put("auditLatencyMs", 12L);
        headers.put("auditOutcome", "ok");
        headers.put("auditErrorCode", null);
        String correlationId = "update-" + java.util.UUID.randomUUID();
        headers.put("auditCorrelationId", correlationId);
        producer.sendBodyAndHeaders("direct:audit", null, headers);

        Map<String, Object> row = jdbc.queryForMap(
                "SELECT operation, path, http_status, outcome FROM audit_log WHERE correlation_id = ?", correlationId);
        assertThat(row.get("operation")).isEqualTo("book_times");
        assertThat(row.get("path")).isEqualTo("/book_times/1/2/2026-12-01?x='); DROP TABLE audit_log; --");
        assertThat(row.get("http_status")).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
