package io.ytbridge.webhook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/**
 * Read-merge-write of Yclients' hook settings: a save replaces all of a company's settings, so this bundle's URL
 * is added to the URLs already there (Yclients keeps at most ten), and the events it acts on are switched on.
 * Every other setting is written back as it was read.
 */
@Component("hookSettingsMerge")
public class HookSettingsMerge {

    static final int MAX_URLS = 10;
    /** record and client changes are told to users; service, staff (master) and category changes evict the catalog. */
    private static final List<String> EVENTS_WE_NEED = List.of("active", "record", "client", "service",
            "service_category", "master");

    private final ObjectMapper mapper;
    private final WebhookSettings webhookSettings;

    public HookSettingsMerge(ObjectMapper mapper, WebhookSettings webhookSettings) {
        this.mapper = mapper;
        this.webhookSettings = webhookSettings;
    }

    /** The outcome: the settings to save, the resulting URLs, and whether anything had to change. */
    public record Result(Long companyId, Map<String, Object> settings, List<String> urls, boolean changed) {

        public Map<String, Object> summary() {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("companyId", companyId);
            summary.put("urls", urls);
            summary.put("changed", changed);
            return summary;
        }
    }

    /** Thrown when the company already has ten URLs and ours is not among them: nothing is written. */
    public static class NoRoomForUrlException extends Exception {
        public NoRoomForUrlException() {
            super("Yclients keeps at most " + MAX_URLS + " webhook URLs and this company has no room for one more");
        }
    }

    /** Merges this bundle's public URL into the company's current settings, as read from Yclients. */
    public Result merge(JsonNode current, @Header("companyId") Long companyId) throws NoRoomForUrlException {
        String publicUrl = webhookSettings.publicUrl();
        Map<String, Object> settings = current != null && current.isObject()
                ? mapper.convertValue(current, new TypeReference<LinkedHashMap<String, Object>>() { })
                : new LinkedHashMap<>();
        List<String> urls = new ArrayList<>();
        JsonNode existing = current == null ? null : current.get("urls");
        if (existing != null && existing.isArray()) {
            existing.forEach(url -> {
                if (url.isTextual() && !url.asText().isBlank()) {
                    urls.add(url.asText());
                }
            });
        }
        boolean changed = false;
        if (!urls.contains(publicUrl)) {
            if (urls.size() >= MAX_URLS) {
                throw new NoRoomForUrlException();
            }
            urls.add(publicUrl);
            changed = true;
        }
        settings.put("urls", urls);
        for (String event : EVENTS_WE_NEED) {
            Object flag = settings.get(event);
            boolean on = Boolean.TRUE.equals(flag) || "1".equals(String.valueOf(flag));
            if (!on) {
                settings.put(event, 1);
                changed = true;
            }
        }
        return new Result(companyId, settings, List.copyOf(urls), changed);
    }
}
