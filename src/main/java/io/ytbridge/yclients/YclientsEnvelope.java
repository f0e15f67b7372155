package io.ytbridge.yclients;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * One Yclients answer, read leniently: the {@code {success, data, meta}} envelope, the older
 * {@code {errors: {code, message}}} form, 422 details in {@code meta.errors}, a bare array or object without any
 * envelope (as {@code POST /auth} sometimes answers), or no JSON at all (a proxy's HTML error page).
 */
public record YclientsEnvelope(boolean success, JsonNode data, Integer errorCode, String message) {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Yclients' own codes start at 430 (431 bad phone ... 438 service removed); lower ones only repeat HTTP. */
    private static final int FIRST_YCLIENTS_CODE = 430;

    public static YclientsEnvelope parse(String body) {
        if (body == null || body.isBlank()) {
            return new YclientsEnvelope(true, NullNode.getInstance(), null, null);
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException notJson) {
            return new YclientsEnvelope(false, NullNode.getInstance(), null, null);
        }
        if (root == null || !root.isObject() || !(root.has("success") || root.has("data") || root.has("meta")
                || root.has("errors"))) {
            return new YclientsEnvelope(true, root == null ? NullNode.getInstance() : root, null, null);
        }
        JsonNode data = root.path("data");
        boolean success = root.path("success").asBoolean(!root.has("errors"));
        JsonNode error = yclientsError(root);
        String message = error != null && error.path("message").isTextual() ? error.path("message").asText()
                : generalMessage(root);
        return new YclientsEnvelope(success, data.isMissingNode() ? NullNode.getInstance() : data,
                error == null ? null : error.path("code").asInt(), message);
    }

    /** The first error entry carrying a Yclients code, wherever the answer put it. */
    private static JsonNode yclientsError(JsonNode root) {
        List<JsonNode> places = List.of(root.path("meta"), root.path("errors"), root.path("data"),
                root.path("meta").path("errors"), root.path("data").path("errors"), root.path("error"));
        List<JsonNode> errors = new ArrayList<>();
        for (JsonNode place : places) {
            collectErrors(place, errors);
        }
        return errors.stream().filter(error -> error.path("code").asInt() >= FIRST_YCLIENTS_CODE).findFirst()
                .orElse(null);
    }

    private static void collectErrors(JsonNode place, List<JsonNode> errors) {
        if (place.isArray()) {
            place.forEach(item -> collectErrors(item, errors));
        } else if (place.isObject() && place.has("code")
                && (place.get("code").canConvertToInt() || place.get("code").asText().matches("\\d{1,6}"))) {
            errors.add(place);
        }
    }

    private static String generalMessage(JsonNode root) {
        for (JsonNode candidate : List.of(root.path("meta").path("message"), root.path("errors").path("message"),
                root.path("meta").path("errors").path(0).path("message"), root.path("errors").path(0).path("message"),
                root.path("message"))) {
            if (candidate.isTextual() && !candidate.asText().isBlank()) {
                return candidate.asText();
            }
        }
        return null;
    }
}
