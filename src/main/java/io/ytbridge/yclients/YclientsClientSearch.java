package io.ytbridge.yclients;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The body of {@code POST /company/{id}/clients/search} that finds a client by phone: a {@code quick_search}
 * filter with the phone as a string (as the docs and the spec's own example send it). Bean {@code yclientsClientSearch}.
 */
@Component("yclientsClientSearch")
public class YclientsClientSearch {

    static final int PAGE_SIZE = 50;

    public Map<String, Object> byPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            throw new IllegalArgumentException("yclients-client-search needs header phone");
        }
        return Map.of("page", 1, "page_size", PAGE_SIZE,
                "fields", List.of("id", "name", "phone", "email"),
                "filters", List.of(Map.of("type", "quick_search", "state", Map.of("value", phone.trim()))));
    }
}
