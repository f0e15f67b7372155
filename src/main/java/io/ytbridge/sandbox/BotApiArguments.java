package io.ytbridge.sandbox;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Bot API method's parameters, however they came: JSON body, form fields, multipart or the query string, as the
 * real API accepts them all. In forms, objects such as {@code reply_markup} arrive as JSON-serialized strings.
 */
final class BotApiArguments {

    private final ObjectNode values;
    private final ObjectMapper mapper;

    private BotApiArguments(ObjectNode values, ObjectMapper mapper) {
        this.values = values;
        this.mapper = mapper;
    }

    static BotApiArguments of(Map<String, String[]> parameters, JsonNode jsonBody, ObjectMapper mapper) {
        ObjectNode values = mapper.createObjectNode();
        parameters.forEach((name, given) -> {
            if (given.length > 0) {
                values.put(name, given[0]);
            }
        });
        if (jsonBody != null && jsonBody.isObject()) {
            values.setAll((ObjectNode) jsonBody);
        }
        return new BotApiArguments(values, mapper);
    }

    boolean has(String name) {
        JsonNode value = values.get(name);
        return value != null && !value.isNull();
    }

    String text(String name) {
        return has(name) ? values.get(name).asText() : null;
    }

    long number(String name, long fallback) {
        if (!has(name) || values.get(name).asText().isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(values.get(name).asText().trim());
        } catch (NumberFormatException e) {
            throw BotApiException.badRequest("invalid " + name + " specified");
        }
    }

    boolean flag(String name) {
        return has(name) && (values.get(name).asBoolean() || "true".equalsIgnoreCase(values.get(name).asText()));
    }

    /** An object parameter given as JSON, or as a string holding JSON (forms and query strings). */
    JsonNode object(String name, String unreadable) {
        if (!has(name)) {
            return null;
        }
        JsonNode value = values.get(name);
        if (value.isTextual()) {
            try {
                value = mapper.readTree(value.asText());
            } catch (JsonProcessingException e) {
                throw BotApiException.badRequest(unreadable);
            }
        }
        if (value == null || !(value.isObject() || value.isArray())) {
            throw BotApiException.badRequest(unreadable);
        }
        return value;
    }
}
