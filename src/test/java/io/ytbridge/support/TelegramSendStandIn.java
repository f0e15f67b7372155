package io.ytbridge.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.builder.RouteBuilder;

/**
 * TEST-ONLY STAND-IN for {@code direct:telegram-send} (the Telegram transport, issue 5), until that branch is
 * merged: records what would have been sent and answers like the Bot API's {@code result}. Not a component, so
 * only tests that {@code @Import} it get it. On merge, drop it and let these tests reach the real transport.
 */
public class TelegramSendStandIn extends RouteBuilder {

    /** One message as the transport received it. */
    public record SentMessage(Object chatId, String method, Map<?, ?> payload) {

        public String text() {
            return String.valueOf(payload.get("text"));
        }
    }

    private final List<SentMessage> sent = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresToSimulate = new AtomicInteger();
    private final AtomicInteger messageIds = new AtomicInteger(1000);
    private final ObjectMapper mapper = new ObjectMapper();
    private volatile CountDownLatch gate = new CountDownLatch(0);

    @Override
    public void configure() {
        from("direct:telegram-send").routeId("test-stand-in-telegram-send")
                .process(exchange -> {
                    if (!gate.await(30, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("stand-in: held sends were never released");
                    }
                    if (failuresToSimulate.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                        throw new IllegalStateException("stand-in: Telegram unavailable");
                    }
                    Map<?, ?> payload = exchange.getMessage().getBody(Map.class);
                    sent.add(new SentMessage(exchange.getMessage().getHeader("chatId"),
                            exchange.getMessage().getHeader("telegramMethod", "sendMessage", String.class), payload));
                    ObjectNode result = mapper.createObjectNode();
                    result.put("message_id", messageIds.incrementAndGet());
                    result.putObject("chat").put("id", String.valueOf(payload.get("chat_id")));
                    result.put("text", String.valueOf(payload.get("text")));
                    exchange.getMessage().setBody(result);
                });
    }

    public List<SentMessage> sentTo(long chatId) {
        return sent.stream().filter(message -> String.valueOf(chatId).equals(String.valueOf(message.chatId())))
                .toList();
    }

    /** Sends wait until {@link #releaseSends()}, as when Telegram is slow: whoever waits on them waits too. */
    public void holdSends() {
        gate = new CountDownLatch(1);
    }

    public void releaseSends() {
        gate.countDown();
    }

    /** The next {@code count} sends fail, as when Telegram is unreachable. */
    public void failNext(int count) {
        failuresToSimulate.set(count);
    }
}
