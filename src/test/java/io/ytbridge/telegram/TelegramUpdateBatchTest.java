package io.ytbridge.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class TelegramUpdateBatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final TelegramUpdateBatch batch = new TelegramUpdateBatch();

    @Test
    void groupsByChatKeepingEachChatsOrder() throws Exception {
        JsonNode updates = JSON.readTree("""
                [{"update_id": 10, "message": {"chat": {"id": 1}, "from": {"id": 1}, "text": "a1"}},
                 {"update_id": 11, "message": {"chat": {"id": 2}, "from": {"id": 2}, "text": "b1"}},
                 {"update_id": 12, "callback_query": {"id": "q", "from": {"id": 1}, "data": "x",
                   "message": {"message_id": 5, "chat": {"id": 1}}}},
                 {"update_id": 13, "message": {"chat": {"id": 2}, "from": {"id": 2}, "text": "b2"}},
                 {"no_update_id": true}]""");

        List<List<String>> chats = batch.byChat(updates);

        assertThat(chats).hasSize(3);
        assertThat(chats.get(0)).extracting(text -> JSON.readTree(text).path("update_id").asLong())
                .containsExactly(10L, 12L);
        assertThat(chats.get(1)).extracting(text -> JSON.readTree(text).path("update_id").asLong())
                .containsExactly(11L, 13L);
        assertThat(chats.get(2)).singleElement().asString().contains("no_update_id");
    }

    @Test
    void nextOffsetConfirmsTheWholeBatchOrStaysWhenEmpty() throws Exception {
        assertThat(batch.nextOffset(JSON.readTree("[{\"update_id\": 12}, {\"update_id\": 10}]"), 10)).isEqualTo(13);
        assertThat(batch.nextOffset(JSON.readTree("[]"), 10)).isEqualTo(10);
    }
}
