package io.ytbridge.booking;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/** Reads and writes the client shapes of Yclients' B2B API (clients/search answer, client create body). */
@Component("yclientsClients")
public class YclientsClients {

    /** The first client id of a clients/search answer ({@code data} is a list), or null when none matched. */
    public Long firstClientId(JsonNode searchData) {
        JsonNode list = searchData == null ? null : (searchData.isArray() ? searchData : searchData.path("data"));
        if (list == null || !list.isArray() || list.isEmpty()) {
            return null;
        }
        return clientId(list.get(0));
    }

    public Long clientId(JsonNode client) {
        JsonNode id = client == null ? null : client.path("id");
        return id == null || id.isMissingNode() || id.isNull() || id.asLong() == 0 ? null : id.asLong();
    }

    public Map<String, Object> newClient(@Header("clientName") String name, @Header("phone") String phone) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("phone", phone);
        body.put("comment", "telegram_bot");
        return body;
    }
}
