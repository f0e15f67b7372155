package io.ytbridge.webhook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Component;

/**
 * Turns a delivery's raw bytes, or a record reconciliation read from Yclients, into a {@link WebhookEvent} with its
 * dedupe key, and a stored row back into a {@link StoredWebhookEvent}.
 *
 * <p>The dedupe key is a SHA-256 of company, resource, resource id, status and the data's meaningful facts.
 * Yclients sends about four identical updates per change: they share a key and are stored once. A record's key
 * includes Yclients' {@code last_change_date}, so a later change back to an earlier state is a new event.
 */
@Component("webhookEventParser")
public class WebhookEventParser {

    private static final int MAX_RESOURCE_LENGTH = 64;
    private static final int MAX_STATUS_LENGTH = 16;

    private final ObjectMapper mapper;
    private final ObjectReader strictReader;
    private final ObjectMapper canonicalWriter;

    public WebhookEventParser(ObjectMapper mapper) {
        this.mapper = mapper;
        this.strictReader = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.canonicalWriter = mapper.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    /** A delivery as received; the payload keeps the body exactly, decoded as UTF-8. */
    public WebhookEvent parseDelivery(byte[] body) throws InvalidWebhookPayloadException {
        JsonNode root;
        try {
            root = body == null || body.length == 0 ? null : strictReader.readTree(body);
        } catch (IOException e) {
            throw new InvalidWebhookPayloadException("body is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidWebhookPayloadException("body is not a JSON object");
        }
        String resource = LenientJson.text(root.get("resource"));
        String status = LenientJson.text(root.get("status"));
        if (resource == null || status == null) {
            throw new InvalidWebhookPayloadException("resource or status missing");
        }
        if (resource.length() > MAX_RESOURCE_LENGTH || status.length() > MAX_STATUS_LENGTH) {
            throw new InvalidWebhookPayloadException("resource or status too long");
        }
        Long companyId = LenientJson.longValue(root.get("company_id"));
        Long resourceId = LenientJson.longValue(root.get("resource_id"));
        return new WebhookEvent(dedupeKey(companyId, resource, resourceId, status, root.get("data")), companyId,
                resource, resourceId, status, new String(body, StandardCharsets.UTF_8), WebhookEvent.ORIGIN_WEBHOOK);
    }

    /** The event a webhook would have brought for this record's current state; reconciliation stores it. */
    public WebhookEvent fromRecord(long companyId, JsonNode record) throws JsonProcessingException {
        Long recordId = LenientJson.longValue(record.get("id"));
        ObjectNode envelope = mapper.createObjectNode();
        envelope.put("company_id", companyId);
        envelope.put("resource", "record");
        envelope.put("resource_id", recordId);
        envelope.put("status", "update");
        envelope.set("data", record);
        return new WebhookEvent(dedupeKey(companyId, "record", recordId, "update", record), companyId, "record",
                recordId, "update", mapper.writeValueAsString(envelope), WebhookEvent.ORIGIN_RECONCILE);
    }

    /** A row read by {@code SELECT id, company_id, resource, resource_id, status, payload, origin, received_at}. */
    public StoredWebhookEvent stored(Map<String, Object> row) throws JsonProcessingException {
        return new StoredWebhookEvent(((Number) row.get("id")).longValue(),
                row.get("company_id") == null ? null : ((Number) row.get("company_id")).longValue(),
                (String) row.get("resource"),
                row.get("resource_id") == null ? null : ((Number) row.get("resource_id")).longValue(),
                (String) row.get("status"),
                mapper.readTree((String) row.get("payload")),
                (String) row.get("origin"),
                LenientJson.databaseTime(row.get("received_at")));
    }

    private String dedupeKey(Long companyId, String resource, Long resourceId, String status, JsonNode data) {
        // A record's datetimes are compared as instants, so the zone read here for ones without an offset is moot.
        Object facts = "record".equals(resource)
                ? RecordSnapshot.of(companyId, resourceId, status, LenientJson.object(data), ZoneOffset.UTC)
                        .meaningfulFacts()
                : data == null ? null : mapper.convertValue(data, new TypeReference<Object>() { });
        try {
            String canonical = companyId + "|" + resource + "|" + resourceId + "|" + status + "|"
                    + canonicalWriter.writeValueAsString(facts);
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot compute a webhook dedupe key", e);
        }
    }
}
