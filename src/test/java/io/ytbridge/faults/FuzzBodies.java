package io.ytbridge.faults;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Generated request bodies for fuzzing, all from one seeded {@link Random} so a failing run repeats exactly: random
 * JSON, real-shaped Yclients webhooks and Telegram updates with one field of the wrong type, huge strings, deep
 * nesting, invalid UTF-8, and callback data that was never signed by the bot.
 */
final class FuzzBodies {

    private static final String[] ODD_VALUES = {"null", "true", "-1", "0", "1e308", "-9223372036854775809",
            "99999999999999999999999", "3.14", "\"\"", "\"abc\"", "[]", "{}", "[1,2]", "{\"id\":{}}",
            "\"2026-13-45T25:61:00+0300\"", "\"\\u0000\"", "\"\\ud800\"", "\"' OR 1=1 --\""};
    private static final String[] WEBHOOK_FIELDS = {"company_id", "resource", "resource_id", "status", "data"};
    private static final String[] RECORD_FIELDS = {"id", "company_id", "staff_id", "services", "client", "datetime",
            "attendance", "deleted", "last_change_date", "staff"};
    private static final List<String> RESOURCES = List.of("record", "client", "service", "staff", "goods_operations_sale",
            "finances_operation", "Record", "", "record\u0000");

    private final Random random;

    FuzzBodies(long seed) {
        this.random = new Random(seed);
    }

    /** A body for the Yclients webhook endpoint. */
    byte[] webhook() {
        return switch (random.nextInt(8)) {
            case 0 -> utf8(randomJson(0));
            case 1 -> invalidUtf8();
            case 2 -> utf8(deepNesting(random.nextInt(4) != 0, 5_000));
            case 3 -> utf8(hugeString());
            default -> utf8(mutatedWebhook());
        };
    }

    /** A Telegram update, always a JSON object as Telegram sends them, with broken or forged content. */
    String telegramUpdate(long updateId, long chatId) {
        return switch (random.nextInt(6)) {
            case 0 -> "{\"update_id\":" + updateId + ",\"message\":" + randomJson(0) + "}";
            case 1 -> "{\"update_id\":" + updateId + ",\"callback_query\":{\"id\":\"q" + updateId + "\",\"data\":"
                    + jsonString(forgedCallbackData()) + ",\"from\":" + user(chatId) + ",\"message\":{\"message_id\":"
                    + random.nextInt(1000) + ",\"date\":1767225600,\"chat\":{\"id\":" + chatId + ",\"type\":\"private\"}}}}";
            case 2 -> "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":1,\"date\":1767225600,\"chat\":"
                    + "{\"id\":" + chatId + ",\"type\":\"private\"},\"from\":" + user(chatId) + ",\"contact\":{"
                    + "\"phone_number\":" + oddOr(jsonString(randomText(random.nextInt(40)))) + ",\"user_id\":"
                    + oddOr(Long.toString(chatId)) + "}}}";
            case 3 -> "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + oddOr("1") + ",\"date\":"
                    + oddOr("1767225600") + ",\"chat\":" + oddOr("{\"id\":" + chatId + ",\"type\":\"private\"}")
                    + ",\"from\":" + oddOr(user(chatId)) + ",\"text\":" + oddOr(jsonString(randomText(random.nextInt(5000))))
                    + "}}";
            case 4 -> "{\"update_id\":" + updateId + ",\"edited_message\":" + randomJson(0) + ",\"x\":" + deepNesting(true, 900) + "}";
            default -> "{\"update_id\":" + updateId + "," + jsonString(randomText(8)) + ":" + randomJson(0) + "}";
        };
    }

    private String mutatedWebhook() {
        String field = WEBHOOK_FIELDS[random.nextInt(WEBHOOK_FIELDS.length)];
        String recordField = RECORD_FIELDS[random.nextInt(RECORD_FIELDS.length)];
        String resource = RESOURCES.get(random.nextInt(RESOURCES.size()));
        String record = "{\"id\":" + pick(recordField, "id", "\"" + (1 + random.nextInt(1_000_000)) + "\"")
                + ",\"company_id\":" + pick(recordField, "company_id", "1")
                + ",\"staff_id\":" + pick(recordField, "staff_id", "\"6544\"")
                + ",\"services\":" + pick(recordField, "services", "[{\"id\":\"331\",\"title\":\"x\",\"cost\":\"1.00\"}]")
                + ",\"staff\":" + pick(recordField, "staff", "{\"id\":6544,\"name\":\"M\"}")
                + ",\"client\":" + pick(recordField, "client", "{\"id\":\"1\",\"name\":\"A\",\"phone\":\"+79160000000\"}")
                + ",\"datetime\":" + pick(recordField, "datetime", "\"2026-12-01T10:00:00+0300\"")
                + ",\"last_change_date\":" + pick(recordField, "last_change_date", "\"2026-11-01T10:00:00+0300\"")
                + ",\"attendance\":" + pick(recordField, "attendance", "\"0\"")
                + ",\"deleted\":" + pick(recordField, "deleted", "false") + "}";
        return "{\"company_id\":" + pick(field, "company_id", "\"1\"")
                + ",\"resource\":" + pick(field, "resource", jsonString(resource))
                + ",\"resource_id\":" + pick(field, "resource_id", "\"" + (1 + random.nextInt(1_000_000)) + "\"")
                + ",\"status\":" + pick(field, "status", "\"" + List.of("create", "update", "delete", "").get(random.nextInt(4)) + "\"")
                + ",\"data\":" + pick(field, "data", record) + "}";
    }

    private String pick(String broken, String field, String good) {
        return broken.equals(field) ? odd() : good;
    }

    private String oddOr(String good) {
        return random.nextInt(3) == 0 ? odd() : good;
    }

    private String odd() {
        return random.nextInt(4) == 0 ? randomJson(0) : ODD_VALUES[random.nextInt(ODD_VALUES.length)];
    }

    private String forgedCallbackData() {
        String[] prefixes = {"K:", "T:", "D:", "P:", "S:", "C:", "c~", "L~", "R:", "RY:", "W:", "A~", "", "~", ":"};
        StringBuilder data = new StringBuilder(prefixes[random.nextInt(prefixes.length)]);
        int parts = random.nextInt(6);
        for (int i = 0; i < parts; i++) {
            data.append(random.nextBoolean() ? Long.toString(random.nextLong()) : randomText(random.nextInt(12)))
                    .append(random.nextBoolean() ? ':' : '~');
        }
        return random.nextInt(20) == 0 ? data + randomText(5000) : data.toString();
    }

    private String user(long id) {
        return "{\"id\":" + id + ",\"is_bot\":false,\"first_name\":" + jsonString(randomText(random.nextInt(20)))
                + ",\"language_code\":" + jsonString(random.nextBoolean() ? "ru" : randomText(3)) + "}";
    }

    private String randomJson(int depth) {
        int kind = depth > 4 ? random.nextInt(4) : random.nextInt(6);
        return switch (kind) {
            case 0 -> "null";
            case 1 -> Boolean.toString(random.nextBoolean());
            case 2 -> random.nextBoolean() ? Long.toString(random.nextLong()) : Double.toString(random.nextGaussian() * 1e20);
            case 3 -> jsonString(randomText(random.nextInt(30)));
            case 4 -> {
                StringBuilder array = new StringBuilder("[");
                for (int i = random.nextInt(5); i > 0; i--) {
                    array.append(randomJson(depth + 1)).append(i > 1 ? "," : "");
                }
                yield array.append(']').toString();
            }
            default -> {
                StringBuilder object = new StringBuilder("{");
                for (int i = random.nextInt(5); i > 0; i--) {
                    String name = random.nextBoolean() ? WEBHOOK_FIELDS[random.nextInt(WEBHOOK_FIELDS.length)]
                            : randomText(6);
                    object.append(jsonString(name)).append(':').append(randomJson(depth + 1)).append(i > 1 ? "," : "");
                }
                yield object.append('}').toString();
            }
        };
    }

    /**
     * Arrays or objects nested up to {@code maxDepth} deep; unbalanced unless {@code wellFormed}. Telegram updates get
     * well-formed ones within Jackson's nesting limit, since the Bot API answer they come in is parsed as a whole.
     */
    private String deepNesting(boolean wellFormed, int maxDepth) {
        int depth = 1 + random.nextInt(maxDepth);
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        return open.repeat(depth) + "1" + close.repeat(wellFormed ? depth : depth / 2);
    }

    private String hugeString() {
        int length = random.nextInt(4) == 0 ? 300_000 : 20_000 + random.nextInt(200_000);
        return "{\"company_id\":\"1\",\"resource\":\"record\",\"resource_id\":\"1\",\"status\":\"update\",\"data\":{"
                + "\"comment\":" + jsonString("x".repeat(length)) + "}}";
    }

    private byte[] invalidUtf8() {
        byte[] valid = utf8("{\"company_id\":\"1\",\"resource\":\"record\",\"resource_id\":\"7\",\"status\":\"update\",\"data\":{\"comment\":\"ok\"}}");
        byte[] bytes = valid.clone();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80));
        }
        return bytes;
    }

    private String randomText(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            text.appendCodePoint(kind < 6 ? 'a' + random.nextInt(26) : kind < 8 ? 0x0410 + random.nextInt(64)
                    : kind < 9 ? random.nextInt(0x20) : 0x1F600 + random.nextInt(80));
        }
        return text.toString();
    }

    private static String jsonString(String text) {
        StringBuilder json = new StringBuilder("\"");
        text.codePoints().forEach(point -> {
            if (point == '"' || point == '\\') {
                json.append('\\').appendCodePoint(point);
            } else if (point < 0x20) {
                json.append(String.format("\\u%04x", point));
            } else {
                json.appendCodePoint(point);
            }
        });
        return json.append('"').toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
