package io.ytbridge.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class AdminAccessTest extends OpsApplicationTest {

    @Test
    void missingOrWrongTokenGets401WithAnEmptyBody() throws Exception {
        for (String bearer : new String[] {null, "", "wrong", ADMIN_TOKEN + "x", ADMIN_TOKEN.substring(1)}) {
            HttpResponse<String> response = get("/admin/audit", bearer);
            assertThat(response.statusCode()).as("bearer %s", bearer).isEqualTo(401);
            assertThat(response.body()).isEmpty();
        }
        HttpResponse<String> basic = http.send(HttpRequest.newBuilder(uri("/admin/audit"))
                .header("Authorization", "Basic " + ADMIN_TOKEN).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(basic.statusCode()).isEqualTo(401);
    }

    @Test
    void theGateCoversCamelRoutesAndPathsSpelledDifferently() throws Exception {
        assertThat(get("/admin/camel-ping", null).statusCode()).isEqualTo(401);
        assertThat(get("/admin/camel-ping", ADMIN_TOKEN).body()).isEqualTo("pong");
        for (String disguised : new String[] {"//admin/camel-ping", "/%61dmin/camel-ping", "/admin;x=1/camel-ping",
                "/admin/./camel-ping", "/static/../admin/camel-ping"}) {
            assertThat(get(disguised, null).statusCode()).as(disguised).isIn(400, 401);
        }
    }

    @Test
    void unknownAdminPathsAreHiddenBehindTheGateToo() throws Exception {
        assertThat(get("/admin/no-such-thing", null).statusCode()).isEqualTo(401);
        assertThat(get("/admin/no-such-thing", ADMIN_TOKEN).statusCode()).isEqualTo(404);
        assertThat(get("/admin", null).statusCode()).isEqualTo(401);
    }

    @Test
    void everyAdminRequestLeavesAnAuditRowWithoutTheToken() throws Exception {
        String correlationId = "admin-" + UUID.randomUUID();
        http.send(HttpRequest.newBuilder(uri("/admin/camel-ping")).header("X-Correlation-Id", correlationId)
                .header("Authorization", "Bearer not-the-token").build(), HttpResponse.BodyHandlers.ofString());
        http.send(HttpRequest.newBuilder(uri("/admin/camel-ping")).header("X-Correlation-Id", correlationId)
                .header("Authorization", "Bearer " + ADMIN_TOKEN).build(), HttpResponse.BodyHandlers.ofString());

        // The gate writes its audit row once the response is complete, so the client may see the body first.
        await().untilAsserted(() -> assertThat(jdbc.queryForList(
                "SELECT outcome FROM audit_log WHERE correlation_id = ? ORDER BY id", String.class, correlationId))
                .containsExactly("unauthorized", "ok"));
        assertThat(jdbc.queryForList("SELECT external_system || ' ' || path FROM audit_log WHERE correlation_id = ?",
                String.class, correlationId)).allSatisfy(row -> assertThat(row)
                        .isEqualTo("admin /admin/camel-ping").doesNotContain(ADMIN_TOKEN));
    }
}
