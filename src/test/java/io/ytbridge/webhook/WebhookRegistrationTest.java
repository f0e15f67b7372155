package io.ytbridge.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.ytbridge.support.YclientsWireMock;
import org.junit.jupiter.api.Test;

/** POST /admin/yclients/webhook-registration: admin only, read-merge-write, the URLs already there are kept. */
class WebhookRegistrationTest extends WebhookApplicationTestBase {

    private static final String SETTINGS_PATH = "/api/v1/hooks_settings/1";

    @Test
    void theBundlesUrlIsAddedAndTheUrlsAndSettingsAlreadyThereAreKept() throws Exception {
        WireMockServer yclients = YclientsWireMock.reset();
        yclients.stubFor(get(urlPathEqualTo(SETTINGS_PATH)).willReturn(json("""
                {"success":true,"data":{"urls":["https://crm.example.test/hooks","https://other.example.test/y"],
                 "active":0,"salon":1,"service_category":0,"service":1,"good":1,"master":1,"client":1,"record":1,
                 "goods_operations_sale":1,"finances_operation":0},"meta":[]}""")));
        yclients.stubFor(post(urlPathEqualTo(SETTINGS_PATH)).willReturn(json("{\"success\":true,\"data\":{},\"meta\":[]}")));

        HttpResponse<String> response = register("Bearer " + ADMIN_TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"changed\":true").contains(PUBLIC_URL).contains("https://crm.example.test/hooks");
        yclients.verify(1, postRequestedFor(urlPathEqualTo(SETTINGS_PATH)).withRequestBody(equalToJson("""
                {"urls":["https://crm.example.test/hooks","https://other.example.test/y","%s"],
                 "active":1,"salon":1,"service_category":1,"service":1,"good":1,"master":1,"client":1,"record":1,
                 "goods_operations_sale":1,"finances_operation":0}""".formatted(PUBLIC_URL))));
    }

    @Test
    void nothingIsWrittenWhenTheUrlIsThereAlready() throws Exception {
        WireMockServer yclients = YclientsWireMock.reset();
        yclients.stubFor(get(urlPathEqualTo(SETTINGS_PATH)).willReturn(json("""
                {"success":true,"data":{"urls":["%s"],"active":1,"service_category":1,"service":1,"master":1,
                 "client":1,"record":1},"meta":[]}""".formatted(PUBLIC_URL))));

        HttpResponse<String> response = register("Bearer " + ADMIN_TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"changed\":false");
        yclients.verify(0, postRequestedFor(urlPathEqualTo(SETTINGS_PATH)));
    }

    @Test
    void tenUrlsAlreadyLeaveNoRoomAndNothingIsWritten() throws Exception {
        WireMockServer yclients = YclientsWireMock.reset();
        StringBuilder urls = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            urls.append(i == 0 ? "" : ",").append("\"https://crm").append(i).append(".example.test/\"");
        }
        yclients.stubFor(get(urlPathEqualTo(SETTINGS_PATH)).willReturn(json(
                "{\"success\":true,\"data\":{\"urls\":[" + urls + "],\"active\":1},\"meta\":[]}")));

        HttpResponse<String> response = register("Bearer " + ADMIN_TOKEN);

        assertThat(response.statusCode()).isEqualTo(409);
        yclients.verify(0, postRequestedFor(urlPathEqualTo(SETTINGS_PATH)));
    }

    @Test
    void withoutTheAdminTokenNothingHappens() throws Exception {
        WireMockServer yclients = YclientsWireMock.reset();

        assertThat(register(null).statusCode()).isEqualTo(401);
        assertThat(register("Bearer " + ADMIN_TOKEN + "x").statusCode()).isEqualTo(401);
        assertThat(register("Basic " + ADMIN_TOKEN).statusCode()).isEqualTo(401);
        assertThat(yclients.getAllServeEvents()).isEmpty();
    }

    private HttpResponse<String> register(String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/admin/yclients/webhook-registration"))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }
}
