package io.ytbridge.yclients;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

/**
 * A POST to {@code /hooks_settings/{company_id}} replaces all of a company's webhook settings, so saving means
 * read, merge, write: the salon's other URLs and switches stay, ours are added. Bean {@code yclientsHookSettings}.
 */
@Component("yclientsHookSettings")
public class YclientsHookSettings {

    /** Yclients keeps at most this many webhook URLs per company. */
    static final int MAX_URLS = 10;

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final ObjectMapper json;
    private final YclientsValues values;

    public YclientsHookSettings(ObjectMapper json, YclientsValues values) {
        this.json = json;
        this.values = values;
    }

    /** {@code current} (as read) with {@code wanted} applied: URLs are added to the existing ones, switches set. */
    public Map<String, Object> merge(JsonNode current, Object wanted) {
        Map<String, Object> merged = new LinkedHashMap<>(json.convertValue(values.asObject(current), MAP));
        Map<String, Object> changes = json.convertValue(wanted == null ? Map.of() : wanted, MAP);
        Set<String> urls = new LinkedHashSet<>();
        values.asList(values.asObject(current).path("urls")).forEach(url -> urls.add(url.asText()));
        if (changes.get("urls") instanceof List<?> added) {
            added.forEach(url -> urls.add(String.valueOf(url)));
        }
        if (urls.size() > MAX_URLS) {
            throw new YclientsException(YclientsOutcome.VALIDATION, null, null,
                    "Yclients keeps at most " + MAX_URLS + " webhook URLs per company; remove one in Yclients first");
        }
        merged.putAll(changes);
        merged.put("urls", List.copyOf(urls));
        return merged;
    }
}
