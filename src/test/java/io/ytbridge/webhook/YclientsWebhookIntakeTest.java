package io.ytbridge.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

import io.ytbridge.support.LocalHttp;
import org.junit.jupiter.api.Test;

/** The door: who may deliver, what is too big or not a webhook, and that refusals leave one audit row and nothing else. */
class YclientsWebhookIntakeTest extends WebhookApplicationTestBase {

    private static final String PATH = "/yclients/webhook";

    private static String unknownEvent(long id) {
        return "{\"company_id\":1,\"resource\":\"goods_operations_sale\",\"resource_id\":" + id
                + ",\"status\":\"create\",\"data\":{\"id\":" + id + ",\"amount\":1}}";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void bearerHeaderIsAccepted() throws Exception {
        long id = WebhookFixtures.nextId();
        HttpResponse<String> response = deliver(PATH, bytes(unknownEvent(id)), "Authorization", "Bearer " + SECRET);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"stored\"}");
        assertThat(response.headers().firstValue("Authorization")).isEmpty();
        assertThat(events("goods_operations_sale", id)).hasSize(1);
    }

    @Test
    void secretInTheQueryIsAccepted() throws Exception {
        long id = WebhookFixtures.nextId();
        HttpResponse<String> response = deliver(PATH + "?secret=" + URLEncoder.encode(SECRET, StandardCharsets.UTF_8),
                bytes(unknownEvent(id)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(events("goods_operations_sale", id)).hasSize(1);
    }

    @Test
    void secretAsALastPathSegmentIsAccepted() throws Exception {
        long id = WebhookFixtures.nextId();
        HttpResponse<String> response = deliver(PATH + "/" + SECRET, bytes(unknownEvent(id)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(events("goods_operations_sale", id)).hasSize(1);
        // The secret was in the URL: the audit row names the configured path only.
        await().untilAsserted(() -> assertThat(jdbc.queryForList(
                "SELECT path FROM audit_log WHERE operation = 'webhook' AND correlation_id = ?", String.class,
                "goods_operations_sale:" + id)).containsExactly(PATH));
    }

    @Test
    void hmacOfTheRawCyrillicBodyIsAcceptedInHexAndBase64() throws Exception {
        long id = WebhookFixtures.nextId();
        String text = "{\"company_id\":1,\"resource\":\"client\",\"resource_id\":" + id
                + ",\"status\":\"update\",\"data\":{\"id\":" + id + ",\"name\":\"Алёна Ёлкина\",\"comment\":\"ё—й\"}}";
        byte[] body = bytes(text);
        byte[] mac = WebhookAuthenticator.hmacSha256(bytes(SECRET), body);

        HttpResponse<String> hex = deliver(PATH, body, "X-Signature", HexFormat.of().formatHex(mac));
        HttpResponse<String> base64 = deliver(PATH, body, "X-Signature", "sha256=" + Base64.getEncoder().encodeToString(mac));

        assertThat(hex.statusCode()).isEqualTo(200);
        assertThat(hex.body()).contains("stored");
        assertThat(base64.statusCode()).isEqualTo(200);
        assertThat(base64.body()).contains("duplicate");
        assertThat(events("client", id)).singleElement()
                .satisfies(event -> assertThat(event.get("payload")).isEqualTo(text));
    }

    @Test
    void hmacOverOtherBytesThanTheOnesSentIsRefused() throws Exception {
        long id = WebhookFixtures.nextId();
        String text = "{\"company_id\":1,\"resource\":\"client\",\"resource_id\":" + id
                + ",\"status\":\"update\",\"data\":{\"name\":\"Алёна\"}}";
        byte[] macOfWindows1251 = WebhookAuthenticator.hmacSha256(bytes(SECRET), text.getBytes("windows-1251"));

        HttpResponse<String> response = deliver(PATH, bytes(text), "X-Signature", HexFormat.of().formatHex(macOfWindows1251));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(events("client", id)).isEmpty();
    }

    @Test
    void wrongOrMissingSecretIsRefusedWithAnEmptyBodyAndOneAuditRow() throws Exception {
        long id = WebhookFixtures.nextId();
        int refusedBefore = refusedAudits(401);

        HttpResponse<String> wrongBearer = deliver(PATH, bytes(unknownEvent(id)), "Authorization", "Bearer " + SECRET + "x");
        HttpResponse<String> wrongQuery = deliver(PATH + "?secret=nope", bytes(unknownEvent(id)));
        HttpResponse<String> wrongSegment = deliver(PATH + "/nope", bytes(unknownEvent(id)));
        HttpResponse<String> missing = deliver(PATH, bytes(unknownEvent(id)));

        for (HttpResponse<String> response : new HttpResponse[] {wrongBearer, wrongQuery, wrongSegment, missing}) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.body()).isEmpty();
        }
        assertThat(events("goods_operations_sale", id)).isEmpty();
        await().untilAsserted(() -> assertThat(refusedAudits(401)).isEqualTo(refusedBefore + 4));
    }

    @Test
    void anAddressOutsideTheAllowlistIsRefusedEvenWithTheSecret() throws Exception {
        long id = WebhookFixtures.nextId();
        int refusedBefore = refusedAudits(403);

        LocalHttp.Response response = LocalHttp.post("127.0.0.3", port, PATH,
                Map.of("Authorization", "Bearer " + SECRET), bytes(unknownEvent(id)));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body()).isEmpty();
        assertThat(events("goods_operations_sale", id)).isEmpty();
        await().untilAsserted(() -> assertThat(refusedAudits(403)).isEqualTo(refusedBefore + 1));
    }

    @Test
    void forwardedForIsBelievedOnlyFromATrustedProxy() throws Exception {
        long forged = WebhookFixtures.nextId();
        long viaProxy = WebhookFixtures.nextId();
        long spoofedBehindProxy = WebhookFixtures.nextId();

        LocalHttp.Response fromStranger = LocalHttp.post("127.0.0.3", port, PATH,
                Map.of("Authorization", "Bearer " + SECRET, "X-Forwarded-For", "10.1.2.3"), bytes(unknownEvent(forged)));
        LocalHttp.Response fromProxy = LocalHttp.post("127.0.0.2", port, PATH,
                Map.of("Authorization", "Bearer " + SECRET, "X-Forwarded-For", "10.1.2.3"), bytes(unknownEvent(viaProxy)));
        // The client wrote "10.1.2.3" itself; the proxy appended the address it really came from.
        LocalHttp.Response spoofed = LocalHttp.post("127.0.0.2", port, PATH,
                Map.of("Authorization", "Bearer " + SECRET, "X-Forwarded-For", "10.1.2.3, 192.168.7.7"),
                bytes(unknownEvent(spoofedBehindProxy)));

        assertThat(fromStranger.status()).isEqualTo(403);
        assertThat(fromProxy.status()).isEqualTo(200);
        assertThat(spoofed.status()).isEqualTo(403);
        assertThat(events("goods_operations_sale", forged)).isEmpty();
        assertThat(events("goods_operations_sale", viaProxy)).hasSize(1);
        assertThat(events("goods_operations_sale", spoofedBehindProxy)).isEmpty();
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413WhetherItsLengthIsDeclaredOrNot() throws Exception {
        long id = WebhookFixtures.nextId();
        String padding = "x".repeat(270_000);
        byte[] body = bytes("{\"company_id\":1,\"resource\":\"goods_operations_sale\",\"resource_id\":" + id
                + ",\"status\":\"create\",\"data\":{\"note\":\"" + padding + "\"}}");

        HttpResponse<String> declared = deliver(PATH, body, "Authorization", "Bearer " + SECRET);
        HttpResponse<String> chunked = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + PATH))
                        .header("Authorization", "Bearer " + SECRET)
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(events("goods_operations_sale", id)).isEmpty();
    }

    @Test
    void aSmallChunkedBodyStillPasses() throws Exception {
        long id = WebhookFixtures.nextId();
        byte[] body = bytes(unknownEvent(id));

        HttpResponse<String> chunked = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + PATH))
                        .header("Authorization", "Bearer " + SECRET)
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(chunked.statusCode()).isEqualTo(200);
        assertThat(events("goods_operations_sale", id)).hasSize(1);
    }

    @Test
    void garbageAndJsonWithoutResourceOrStatusAre400() throws Exception {
        for (String body : new String[] {"not json at all", "{\"resource\":\"record\"}", "{\"status\":\"update\"}",
                "[1,2,3]", "", "{\"resource\":\"record\",\"status\":\"update\"} trailing"}) {
            HttpResponse<String> response = deliverWithBearer(body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(response.body()).as(body).isEmpty();
        }
    }

    @Test
    void onlyPostIsServed() throws Exception {
        HttpResponse<String> get = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + PATH))
                        .header("Authorization", "Bearer " + SECRET).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(get.statusCode()).isIn(404, 405);
    }

    private int refusedAudits(int status) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE operation = 'webhook' AND outcome = 'refused' "
                + "AND http_status = ?", Integer.class, status);
    }
}
