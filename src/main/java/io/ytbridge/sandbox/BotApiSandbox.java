package io.ytbridge.sandbox;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ytbridge.config.BridgeEndpoints;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * The Telegram sandbox: a Bot API for one bot (token {@link BridgeEndpoints#SANDBOX_BOT_TOKEN}) and private chats
 * with test users. Bot side: getMe, getUpdates (offsets confirm, long polling wakes when a user writes, 409 while a
 * webhook is set or when another poll takes over), setWebhook/deleteWebhook, sendMessage, editMessageText,
 * editMessageReplyMarkup, answerCallbackQuery, deleteMessage, setMyCommands — refusing what the real API refuses.
 * User side: write, share the own contact, press inline buttons, read the chat as Telegram would show it.
 */
@Component
@TelegramSandboxOnly
class BotApiSandbox {

    static final long BOT_ID = Long.parseLong(BridgeEndpoints.SANDBOX_BOT_TOKEN.substring(0,
            BridgeEndpoints.SANDBOX_BOT_TOKEN.indexOf(':')));
    static final String BOT_USERNAME = "demo_salon_sandbox_bot";
    static final String BOT_NAME = "Demo Salon (sandbox)";
    static final int MAX_LONG_POLL_SECONDS = 50;

    /** The methods that send or change something: injected failures (429, 5xx) hit these only, as in practice. */
    private static final Set<String> SENDING_METHODS = Set.of("sendmessage", "editmessagetext",
            "editmessagereplymarkup", "answercallbackquery", "deletemessage", "setmycommands", "sendchataction");
    private static final Pattern COMMAND = Pattern.compile("[a-z0-9_]{1,32}");
    private static final Pattern SECRET_TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,256}");
    private static final String NOT_MODIFIED = "message is not modified: specified new message content and reply "
            + "markup are exactly the same as a current content and reply markup of the message";

    /** Who a test user is; the chat page and tests send it with every action. */
    record Profile(long userId, String firstName, String lastName, String username, String languageCode) {
    }

    private record Poller(int limit, DeferredResult<ResponseEntity<JsonNode>> result) {
    }

    private final TelegramSandboxStore store;
    private final TelegramWebhookPusher pusher;
    private final ObjectMapper mapper;
    private final SandboxFaults faults = new SandboxFaults();
    private final SecureRandom random = new SecureRandom();
    /** Guards update ids, message ids and the waiting pollers: no update slips between a check and a wait. */
    private final Object lock = new Object();
    private final List<Poller> pollers = new ArrayList<>();

    BotApiSandbox(TelegramSandboxStore store, TelegramWebhookPusher pusher, ObjectMapper mapper) {
        this.store = store;
        this.pusher = pusher;
        this.mapper = mapper;
    }

    SandboxFaults faults() {
        return faults;
    }

    // ---- bot side -------------------------------------------------------------------------------------------

    ResponseEntity<JsonNode> call(String method, BotApiArguments args) {
        String name = method.toLowerCase(Locale.ROOT);
        if (SENDING_METHODS.contains(name)) {
            faults.take().ifPresent(failure -> {
                if (failure.status() == 429) {
                    int retryAfter = failure.retryAfterSeconds() > 0 ? failure.retryAfterSeconds() : 1;
                    throw new BotApiException(429, "Too Many Requests: retry after " + retryAfter, retryAfter);
                }
                throw new BotApiException(failure.status(), failure.status() >= 500 ? "Internal Server Error" : "Error");
            });
        }
        synchronized (lock) {
            return switch (name) {
                case "getme" -> BotApiReplies.ok(botUser(true));
                case "setwebhook" -> setWebhook(args);
                case "deletewebhook" -> deleteWebhook(args);
                case "getwebhookinfo" -> BotApiReplies.ok(webhookInfo());
                case "sendmessage" -> BotApiReplies.ok(sendMessage(args));
                case "editmessagetext" -> BotApiReplies.ok(editMessage(args, true));
                case "editmessagereplymarkup" -> BotApiReplies.ok(editMessage(args, false));
                case "answercallbackquery" -> BotApiReplies.ok(answerCallback(args));
                case "deletemessage" -> BotApiReplies.ok(deleteMessage(args));
                case "setmycommands" -> BotApiReplies.ok(setCommands(args));
                case "getmycommands" -> BotApiReplies.ok(commandsFor(args.text("language_code")));
                case "deletemycommands" -> BotApiReplies.ok(deleteCommands(args));
                case "sendchataction" -> BotApiReplies.ok(chatAction(args));
                default -> throw new BotApiException(404, "Not Found");
            };
        }
    }

    DeferredResult<ResponseEntity<JsonNode>> getUpdates(BotApiArguments args) {
        synchronized (lock) {
            if (store.webhook().isPresent()) {
                throw new BotApiException(409, "Conflict: can't use getUpdates method while webhook is active; "
                        + "use deleteWebhook to delete the webhook first");
            }
            long offset = args.number("offset", 0);
            int limit = (int) Math.max(1, Math.min(100, args.number("limit", 100)));
            long timeout = Math.max(0, Math.min(MAX_LONG_POLL_SECONDS, args.number("timeout", 0)));
            if (offset > 0) {
                store.confirmBelow(offset);
            } else if (offset < 0) {
                store.nthNewestUpdateId((int) Math.min(-offset, Integer.MAX_VALUE)).ifPresent(store::confirmBelow);
            }
            terminatePollers(new BotApiException(409, "Conflict: terminated by other getUpdates request; "
                    + "make sure that only one bot instance is running"));
            ArrayNode ready = pendingUpdates(limit);
            if (!ready.isEmpty() || timeout == 0) {
                DeferredResult<ResponseEntity<JsonNode>> now = new DeferredResult<>();
                now.setResult(BotApiReplies.ok(ready));
                return now;
            }
            DeferredResult<ResponseEntity<JsonNode>> later = new DeferredResult<>(timeout * 1000,
                    () -> BotApiReplies.ok(mapper.createArrayNode()));
            Poller poller = new Poller(limit, later);
            pollers.add(poller);
            later.onCompletion(() -> {
                synchronized (lock) {
                    pollers.remove(poller);
                }
            });
            return later;
        }
    }

    private ArrayNode pendingUpdates(int limit) {
        ArrayNode updates = mapper.createArrayNode();
        for (TelegramSandboxStore.StoredUpdate update : store.updatesFrom(store.confirmedOffset(), limit)) {
            updates.add(read(update.payload()));
        }
        return updates;
    }

    private void terminatePollers(BotApiException why) {
        for (Poller poller : List.copyOf(pollers)) {
            poller.result().setResult(BotApiReplies.error(why));
        }
        pollers.clear();
    }

    private ResponseEntity<JsonNode> setWebhook(BotApiArguments args) {
        String url = args.text("url");
        if (url == null || url.isBlank()) {
            return deleteWebhook(args);
        }
        // Unlike Telegram, plain http is allowed: the sandbox delivers on this machine.
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            throw BotApiException.badRequest("bad webhook: An HTTPS URL must be provided for webhook");
        }
        String secret = args.text("secret_token");
        if (secret != null && !SECRET_TOKEN.matcher(secret).matches()) {
            throw BotApiException.badRequest("secret token contains unallowed characters");
        }
        if (args.flag("drop_pending_updates")) {
            store.confirmBelow(store.nextUpdateId());
        }
        store.setWebhook(url, secret);
        terminatePollers(new BotApiException(409, "Conflict: terminated by setWebhook request"));
        pusher.wake();
        return BotApiReplies.ok(mapper.getNodeFactory().booleanNode(true), "Webhook was set");
    }

    private ResponseEntity<JsonNode> deleteWebhook(BotApiArguments args) {
        boolean wasSet = store.webhook().isPresent();
        if (args.flag("drop_pending_updates")) {
            store.confirmBelow(store.nextUpdateId());
        }
        store.setWebhook(null, null);
        return BotApiReplies.ok(mapper.getNodeFactory().booleanNode(true),
                wasSet ? "Webhook was deleted" : "Webhook is already deleted");
    }

    private ObjectNode webhookInfo() {
        ObjectNode info = mapper.createObjectNode();
        Optional<TelegramSandboxStore.Webhook> webhook = store.webhook();
        info.put("url", webhook.map(TelegramSandboxStore.Webhook::url).orElse(""));
        info.put("has_custom_certificate", false);
        info.put("pending_update_count", store.updatesFrom(store.confirmedOffset(), 100).size());
        if (webhook.isPresent() && pusher.lastError() != null) {
            info.put("last_error_date", Instant.now().getEpochSecond());
            info.put("last_error_message", pusher.lastError());
        }
        info.put("max_connections", 40);
        return info;
    }

    private ObjectNode sendMessage(BotApiArguments args) {
        TelegramSandboxStore.Chat chat = requireChat(args);
        String text = args.text("text");
        if (text == null || text.isEmpty()) {
            throw BotApiException.badRequest("message text is empty");
        }
        String visible = TelegramMarkup.visibleText(text, args.text("parse_mode"));
        if (visible.isBlank()) {
            throw BotApiException.badRequest("message text is empty");
        }
        if (visible.length() > TelegramMarkup.MAX_TEXT_LENGTH) {
            throw BotApiException.badRequest("message is too long");
        }
        JsonNode markup = args.object("reply_markup", "can't parse reply keyboard markup JSON object");
        boolean inline = markup != null && TelegramMarkup.checkReplyMarkup(markup);
        long messageId = store.nextMessageId(chat.chatId());
        ObjectNode message = mapper.createObjectNode();
        message.put("message_id", messageId);
        message.set("from", botUser(false));
        message.set("chat", chatJson(chat));
        message.put("date", Instant.now().getEpochSecond());
        message.put("text", visible);
        if (inline) {
            message.set("reply_markup", markup);
        }
        store.addMessage(new TelegramSandboxStore.StoredMessage(chat.chatId(), messageId, true, write(message), text,
                args.text("parse_mode"), false));
        if (markup != null && !inline) {
            if (markup.has("keyboard")) {
                store.setReplyKeyboard(chat.chatId(), write(markup));
            } else if (markup.path("remove_keyboard").asBoolean()) {
                store.setReplyKeyboard(chat.chatId(), null);
            }
        }
        return message;
    }

    private ObjectNode editMessage(BotApiArguments args, boolean withText) {
        if (args.has("inline_message_id")) {
            throw BotApiException.badRequest("message to edit not found");
        }
        TelegramSandboxStore.Chat chat = requireChat(args);
        long messageId = args.number("message_id", 0);
        if (messageId == 0) {
            throw BotApiException.badRequest("message identifier is not specified");
        }
        TelegramSandboxStore.StoredMessage stored = store.message(chat.chatId(), messageId)
                .orElseThrow(() -> BotApiException.badRequest("message to edit not found"));
        if (!stored.fromBot()) {
            throw BotApiException.badRequest("message can't be edited");
        }
        ObjectNode message = (ObjectNode) read(stored.payload());
        String sourceText = stored.sourceText();
        String parseMode = stored.parseMode();
        if (withText) {
            sourceText = args.text("text");
            if (sourceText == null || sourceText.isEmpty()) {
                throw BotApiException.badRequest("message text is empty");
            }
            parseMode = args.text("parse_mode");
            String visible = TelegramMarkup.visibleText(sourceText, parseMode);
            if (visible.isBlank()) {
                throw BotApiException.badRequest("message text is empty");
            }
            if (visible.length() > TelegramMarkup.MAX_TEXT_LENGTH) {
                throw BotApiException.badRequest("message is too long");
            }
            message.put("text", visible);
        }
        JsonNode markup = args.object("reply_markup", "can't parse reply keyboard markup JSON object");
        if (markup != null && !markup.has("inline_keyboard")) {
            throw BotApiException.badRequest("inline keyboard expected");
        }
        if (markup != null) {
            TelegramMarkup.checkInlineKeyboard(markup);
        }
        ObjectNode before = (ObjectNode) read(stored.payload());
        if (markup == null || markup.path("inline_keyboard").isEmpty()) {
            message.remove("reply_markup");
        } else {
            message.set("reply_markup", markup);
        }
        before.remove("edit_date");
        message.remove("edit_date");
        if (before.equals(message)) {
            throw BotApiException.badRequest(NOT_MODIFIED);
        }
        message.put("edit_date", Instant.now().getEpochSecond());
        store.replaceMessage(chat.chatId(), messageId, write(message), sourceText, parseMode);
        return message;
    }

    private JsonNode answerCallback(BotApiArguments args) {
        String id = args.text("callback_query_id");
        TelegramSandboxStore.Callback callback = id == null ? null : store.callback(id).orElse(null);
        if (callback == null || callback.answered()) {
            throw BotApiException.badRequest("query is too old and response timeout expired or query ID is invalid");
        }
        String text = args.text("text");
        if (text != null && text.length() > 200) {
            throw BotApiException.badRequest("MESSAGE_TOO_LONG");
        }
        store.answerCallback(id, text, args.flag("show_alert"));
        return mapper.getNodeFactory().booleanNode(true);
    }

    private JsonNode deleteMessage(BotApiArguments args) {
        TelegramSandboxStore.Chat chat = requireChat(args);
        long messageId = args.number("message_id", 0);
        if (store.message(chat.chatId(), messageId).isEmpty()) {
            throw BotApiException.badRequest("message to delete not found");
        }
        store.deleteMessage(chat.chatId(), messageId);
        return mapper.getNodeFactory().booleanNode(true);
    }

    private JsonNode setCommands(BotApiArguments args) {
        JsonNode commands = args.object("commands", "can't parse commands JSON object");
        if (commands == null || !commands.isArray()) {
            throw BotApiException.badRequest("can't parse commands JSON object");
        }
        if (commands.size() > 100) {
            throw BotApiException.badRequest("too many commands specified");
        }
        for (JsonNode command : commands) {
            if (!COMMAND.matcher(command.path("command").asText("")).matches()) {
                throw BotApiException.badRequest("BOT_COMMAND_INVALID");
            }
            String description = command.path("description").asText("");
            if (description.isBlank() || description.length() > 256) {
                throw BotApiException.badRequest("command description is empty or too long");
            }
        }
        ObjectNode all = (ObjectNode) read(store.commands());
        all.set(languageKey(args.text("language_code")), commands);
        store.setCommands(write(all));
        return mapper.getNodeFactory().booleanNode(true);
    }

    private JsonNode deleteCommands(BotApiArguments args) {
        ObjectNode all = (ObjectNode) read(store.commands());
        all.remove(languageKey(args.text("language_code")));
        store.setCommands(write(all));
        return mapper.getNodeFactory().booleanNode(true);
    }

    private JsonNode chatAction(BotApiArguments args) {
        requireChat(args);
        if (args.text("action") == null) {
            throw BotApiException.badRequest("action is empty");
        }
        return mapper.getNodeFactory().booleanNode(true);
    }

    /** Commands for a language, falling back to the default list as Telegram clients do. */
    ArrayNode commandsFor(String languageCode) {
        JsonNode all = read(store.commands());
        JsonNode commands = all.get(languageKey(languageCode));
        if (commands == null) {
            commands = all.get(languageKey(null));
        }
        return commands == null ? mapper.createArrayNode() : (ArrayNode) commands;
    }

    private TelegramSandboxStore.Chat requireChat(BotApiArguments args) {
        String chatId = args.text("chat_id");
        if (chatId == null || chatId.isBlank()) {
            throw BotApiException.badRequest("chat_id is empty");
        }
        long id;
        try {
            id = Long.parseLong(chatId.trim());
        } catch (NumberFormatException e) {
            throw BotApiException.badRequest("chat not found");
        }
        return store.chat(id).orElseThrow(() -> BotApiException.badRequest("chat not found"));
    }

    // ---- user side ------------------------------------------------------------------------------------------

    /** The user writes text (a /command gets its bot_command entity). Returns the update. */
    JsonNode userSends(Profile profile, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text is empty");
        }
        ObjectNode message;
        synchronized (lock) {
            message = userMessage(profile);
            message.put("text", text);
            if (text.startsWith("/")) {
                int end = text.indexOf(' ');
                ObjectNode entity = message.putArray("entities").addObject();
                entity.put("offset", 0);
                entity.put("length", end < 0 ? text.length() : end);
                entity.put("type", "bot_command");
            }
            return publishUserMessage(profile, message);
        }
    }

    /** The user shares a contact: their own (user_id = their id) unless {@code contactUserId} says otherwise (0: none). */
    JsonNode userSharesContact(Profile profile, String phoneNumber, Long contactUserId) {
        if (phoneNumber == null || phoneNumber.isBlank()) {
            throw new IllegalArgumentException("phone_number is empty");
        }
        synchronized (lock) {
            ObjectNode message = userMessage(profile);
            ObjectNode contact = message.putObject("contact");
            contact.put("phone_number", phoneNumber.trim());
            contact.put("first_name", profile.firstName());
            if (profile.lastName() != null) {
                contact.put("last_name", profile.lastName());
            }
            long userId = contactUserId == null ? profile.userId() : contactUserId;
            if (userId != 0) {
                contact.put("user_id", userId);
            }
            return publishUserMessage(profile, message);
        }
    }

    /** The user taps an inline button: it must be on the bot's message as it is now. */
    JsonNode userPresses(Profile profile, long messageId, String data) {
        synchronized (lock) {
            TelegramSandboxStore.StoredMessage stored = store.message(profile.userId(), messageId)
                    .filter(TelegramSandboxStore.StoredMessage::fromBot)
                    .orElseThrow(() -> new IllegalArgumentException("no bot message " + messageId + " in this chat"));
            JsonNode message = read(stored.payload());
            boolean onKeyboard = false;
            for (JsonNode row : message.path("reply_markup").path("inline_keyboard")) {
                for (JsonNode button : row) {
                    onKeyboard |= data != null && data.equals(button.path("callback_data").asText(null));
                }
            }
            if (!onKeyboard) {
                throw new IllegalArgumentException("message " + messageId + " has no button with this callback_data");
            }
            store.saveChat(chat(profile));
            String callbackId = Long.toString(random.nextLong() & Long.MAX_VALUE);
            store.addCallback(new TelegramSandboxStore.Callback(callbackId, profile.userId(), messageId, data, false,
                    null, false, Instant.now()));
            ObjectNode query = mapper.createObjectNode();
            query.put("id", callbackId);
            query.set("from", userJson(profile));
            query.set("message", message);
            query.put("chat_instance", Long.toString(profile.userId() * 31 + BOT_ID));
            query.put("data", data);
            return publish(profile.userId(), "callback_query", query);
        }
    }

    /** The chat as Telegram would show it now: messages after edits, the reply keyboard, answers to button taps. */
    ObjectNode timeline(long userId) {
        ObjectNode timeline = mapper.createObjectNode();
        timeline.put("chat_id", userId);
        Optional<TelegramSandboxStore.Chat> chat = store.chat(userId);
        ArrayNode messages = timeline.putArray("messages");
        for (TelegramSandboxStore.StoredMessage stored : store.messages(userId)) {
            JsonNode message = read(stored.payload());
            ObjectNode entry = messages.addObject();
            entry.put("message_id", stored.messageId());
            entry.put("from_bot", stored.fromBot());
            entry.set("date", message.get("date"));
            entry.set("text", message.get("text"));
            if (stored.fromBot() && "html".equalsIgnoreCase(stored.parseMode())) {
                entry.put("html", stored.sourceText());
            }
            entry.put("edited", message.has("edit_date"));
            if (message.has("reply_markup")) {
                entry.set("reply_markup", message.get("reply_markup"));
            }
            if (message.has("contact")) {
                entry.set("contact", message.get("contact"));
            }
        }
        ArrayNode answers = timeline.putArray("callback_answers");
        for (TelegramSandboxStore.Callback callback : store.callbacks(userId)) {
            ObjectNode answer = answers.addObject();
            answer.put("callback_query_id", callback.id());
            answer.put("message_id", callback.messageId());
            answer.put("data", callback.data());
            answer.put("answered", callback.answered());
            answer.put("text", callback.answerText());
            answer.put("show_alert", callback.showAlert());
        }
        String keyboard = chat.map(TelegramSandboxStore.Chat::replyKeyboard).orElse(null);
        timeline.set("reply_keyboard", keyboard == null ? mapper.nullNode() : read(keyboard));
        timeline.set("commands", commandsFor(chat.map(TelegramSandboxStore.Chat::languageCode).orElse(null)));
        return timeline;
    }

    /** Every update this user caused, confirmed or not, for tests that check what the bot was handed. */
    ArrayNode updatesOf(long userId) {
        ArrayNode updates = mapper.createArrayNode();
        store.updatesOfChat(userId).forEach(update -> updates.add(read(update.payload())));
        return updates;
    }

    private ObjectNode userMessage(Profile profile) {
        TelegramSandboxStore.Chat chat = chat(profile);
        store.saveChat(chat);
        ObjectNode message = mapper.createObjectNode();
        message.put("message_id", store.nextMessageId(profile.userId()));
        message.set("from", userJson(profile));
        message.set("chat", chatJson(chat));
        message.put("date", Instant.now().getEpochSecond());
        return message;
    }

    private JsonNode publishUserMessage(Profile profile, ObjectNode message) {
        store.addMessage(new TelegramSandboxStore.StoredMessage(profile.userId(), message.get("message_id").asLong(),
                false, write(message), null, null, false));
        store.chat(profile.userId()).map(TelegramSandboxStore.Chat::replyKeyboard).map(this::read)
                .filter(keyboard -> keyboard.path("one_time_keyboard").asBoolean())
                .ifPresent(keyboard -> store.setReplyKeyboard(profile.userId(), null));
        return publish(profile.userId(), "message", message);
    }

    /** Stores the update and hands it to whoever waits: a long poll, or the webhook. Caller holds the lock. */
    private JsonNode publish(long chatId, String kind, JsonNode content) {
        long updateId = store.nextUpdateId();
        ObjectNode update = mapper.createObjectNode();
        update.put("update_id", updateId);
        update.set(kind, content);
        store.addUpdate(updateId, chatId, write(update));
        for (Poller poller : List.copyOf(pollers)) {
            poller.result().setResult(BotApiReplies.ok(pendingUpdates(poller.limit())));
        }
        pollers.clear();
        pusher.wake();
        return update;
    }

    private TelegramSandboxStore.Chat chat(Profile profile) {
        return new TelegramSandboxStore.Chat(profile.userId(), profile.firstName(), profile.lastName(),
                profile.username(), profile.languageCode(), null);
    }

    private ObjectNode botUser(boolean full) {
        ObjectNode bot = mapper.createObjectNode();
        bot.put("id", BOT_ID);
        bot.put("is_bot", true);
        bot.put("first_name", BOT_NAME);
        bot.put("username", BOT_USERNAME);
        if (full) {
            bot.put("can_join_groups", true);
            bot.put("can_read_all_group_messages", false);
            bot.put("supports_inline_queries", false);
            bot.put("can_connect_to_business", false);
            bot.put("has_main_web_app", false);
        }
        return bot;
    }

    private ObjectNode userJson(Profile profile) {
        ObjectNode user = mapper.createObjectNode();
        user.put("id", profile.userId());
        user.put("is_bot", false);
        user.put("first_name", profile.firstName());
        if (profile.lastName() != null) {
            user.put("last_name", profile.lastName());
        }
        if (profile.username() != null) {
            user.put("username", profile.username());
        }
        if (profile.languageCode() != null) {
            user.put("language_code", profile.languageCode());
        }
        return user;
    }

    private ObjectNode chatJson(TelegramSandboxStore.Chat chat) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", chat.chatId());
        node.put("first_name", chat.firstName());
        if (chat.lastName() != null) {
            node.put("last_name", chat.lastName());
        }
        if (chat.username() != null) {
            node.put("username", chat.username());
        }
        node.put("type", "private");
        return node;
    }

    private static String languageKey(String languageCode) {
        return languageCode == null || languageCode.isBlank() ? "default" : languageCode;
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("sandbox state is not JSON", e);
        }
    }

    private String write(JsonNode json) {
        try {
            return mapper.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
