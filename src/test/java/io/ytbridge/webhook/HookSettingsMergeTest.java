package io.ytbridge.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class HookSettingsMergeTest {

    private static final String OURS = "https://bot.example.test/yclients/webhook";

    private final ObjectMapper mapper = new ObjectMapper();
    private final HookSettingsMerge merge = new HookSettingsMerge(mapper, new WebhookSettings(new MockEnvironment()
            .withProperty("bridge.yclients.sandbox", "true").withProperty("bridge.webhook.auth-methods", "bearer")
            .withProperty("bridge.webhook.public-url", OURS)));

    @Test
    void oursIsAddedAfterTheUrlsThereAndOtherSettingsStayAsTheyWere() throws Exception {
        HookSettingsMerge.Result result = merge.merge(mapper.readTree(
                "{\"urls\":[\"https://a.test/\",\"\"],\"active\":\"1\",\"record\":true,\"good\":0,\"client\":0}"), 1L);

        assertThat(result.changed()).isTrue();
        assertThat(result.urls()).containsExactly("https://a.test/", OURS);
        assertThat(result.settings()).containsEntry("good", 0).containsEntry("active", "1").containsEntry("record", true)
                .containsEntry("client", 1).containsEntry("service", 1).containsEntry("master", 1)
                .containsEntry("service_category", 1);
        assertThat(result.summary()).containsEntry("companyId", 1L);
    }

    @Test
    void emptyOrOddSettingsAreStartedFresh() throws Exception {
        HookSettingsMerge.Result result = merge.merge(mapper.readTree("[]"), 1L);

        assertThat(result.urls()).containsExactly(OURS);
        assertThat(result.settings()).containsEntry("active", 1).containsEntry("record", 1);
    }

    @Test
    void theTenthUrlIsTheLast() throws Exception {
        StringBuilder urls = new StringBuilder();
        for (int i = 0; i < HookSettingsMerge.MAX_URLS; i++) {
            urls.append(i == 0 ? "" : ",").append("\"https://").append(i).append(".test/\"");
        }

        assertThatThrownBy(() -> merge.merge(mapper.readTree("{\"urls\":[" + urls + "]}"), 1L))
                .isInstanceOf(HookSettingsMerge.NoRoomForUrlException.class);
    }
}
