package io.ytbridge.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The Bot API's checks on what a bot sends, with its error texts: keyboards (callback_data 1-64 bytes, at most
 * 100 inline buttons) and HTML formatting (only Telegram's tags, properly closed). Also turns HTML into the plain
 * text the API echoes back in the Message object.
 */
final class TelegramMarkup {

    static final int MAX_TEXT_LENGTH = 4096;
    static final int MAX_CALLBACK_DATA_BYTES = 64;
    static final int MAX_INLINE_BUTTONS = 100;
    static final int MAX_REPLY_BUTTONS = 300;

    private static final Set<String> HTML_TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del",
            "span", "tg-spoiler", "a", "code", "pre", "blockquote", "tg-emoji");
    private static final Set<String> INLINE_ACTIONS = Set.of("callback_data", "url", "web_app", "login_url",
            "switch_inline_query", "switch_inline_query_current_chat", "switch_inline_query_chosen_chat",
            "copy_text", "callback_game", "pay");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>");

    private TelegramMarkup() {
    }

    /** Checks any reply_markup; answers whether it is an inline keyboard (the only kind a Message echoes). */
    static boolean checkReplyMarkup(JsonNode markup) {
        if (markup.has("inline_keyboard")) {
            checkInlineKeyboard(markup);
            return true;
        }
        if (markup.has("keyboard")) {
            JsonNode rows = markup.get("keyboard");
            if (!rows.isArray()) {
                throw BotApiException.badRequest("can't parse reply keyboard markup JSON object");
            }
            int buttons = 0;
            for (JsonNode row : rows) {
                if (!row.isArray()) {
                    throw BotApiException.badRequest("can't parse reply keyboard markup JSON object");
                }
                for (JsonNode button : row) {
                    String text = button.isTextual() ? button.asText() : button.path("text").asText("");
                    if (text.isEmpty()) {
                        throw BotApiException.badRequest("can't parse keyboard button: Keyboard button text must be non-empty");
                    }
                    buttons++;
                }
            }
            if (buttons > MAX_REPLY_BUTTONS) {
                throw BotApiException.badRequest("reply markup is too long");
            }
            return false;
        }
        if (markup.has("remove_keyboard") || markup.has("force_reply")) {
            return false;
        }
        throw BotApiException.badRequest("can't parse reply keyboard markup JSON object");
    }

    static void checkInlineKeyboard(JsonNode markup) {
        JsonNode rows = markup.get("inline_keyboard");
        if (rows == null || !rows.isArray()) {
            throw BotApiException.badRequest("can't parse inline keyboard markup JSON object");
        }
        int buttons = 0;
        for (JsonNode row : rows) {
            if (!row.isArray()) {
                throw BotApiException.badRequest("can't parse inline keyboard markup JSON object");
            }
            for (JsonNode button : row) {
                buttons++;
                if (button.path("text").asText("").isEmpty()) {
                    throw BotApiException.badRequest("can't parse inline keyboard button: Text must be non-empty");
                }
                if (INLINE_ACTIONS.stream().noneMatch(button::has)) {
                    throw BotApiException.badRequest(
                            "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
                }
                if (button.has("callback_data")) {
                    int bytes = button.get("callback_data").asText().getBytes(StandardCharsets.UTF_8).length;
                    if (bytes < 1 || bytes > MAX_CALLBACK_DATA_BYTES) {
                        throw BotApiException.badRequest("BUTTON_DATA_INVALID");
                    }
                }
            }
        }
        if (buttons > MAX_INLINE_BUTTONS) {
            throw BotApiException.badRequest("reply markup is too long");
        }
    }

    /** The text as the recipient sees it: for parse_mode HTML, checked and without tags; otherwise unchanged. */
    static String visibleText(String text, String parseMode) {
        if (parseMode == null || parseMode.isBlank()) {
            return text;
        }
        String mode = parseMode.toLowerCase(Locale.ROOT);
        if (mode.equals("markdown") || mode.equals("markdownv2")) {
            return text;
        }
        if (!mode.equals("html")) {
            throw BotApiException.badRequest("unsupported parse_mode");
        }
        Deque<String> open = new ArrayDeque<>();
        Matcher tag = TAG.matcher(text);
        StringBuilder plain = new StringBuilder();
        int last = 0;
        while (tag.find()) {
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            int byteOffset = text.substring(0, tag.start()).getBytes(StandardCharsets.UTF_8).length;
            if (!HTML_TAGS.contains(name)) {
                throw BotApiException.badRequest("can't parse entities: Unsupported start tag \"" + name
                        + "\" at byte offset " + byteOffset);
            }
            if (tag.group(1).isEmpty()) {
                open.push(name);
            } else if (open.isEmpty() || !open.peek().equals(name)) {
                throw BotApiException.badRequest("can't parse entities: Unexpected end tag at byte offset " + byteOffset);
            } else {
                open.pop();
            }
            plain.append(text, last, tag.start());
            last = tag.end();
        }
        if (!open.isEmpty()) {
            throw BotApiException.badRequest("can't parse entities: Can't find end tag corresponding to start tag \""
                    + open.peek() + "\"");
        }
        plain.append(text.substring(last));
        String visible = plain.toString();
        int strayBracket = visible.indexOf('<');
        if (strayBracket >= 0) {
            // An unescaped "<" (say, in a client's name) breaks HTML parsing, as in the real API.
            throw BotApiException.badRequest("can't parse entities: Unsupported start tag at byte offset "
                    + visible.substring(0, strayBracket).getBytes(StandardCharsets.UTF_8).length);
        }
        return visible.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
