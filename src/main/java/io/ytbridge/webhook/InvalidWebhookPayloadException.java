package io.ytbridge.webhook;

/** The body is not a Yclients webhook: not JSON, or without {@code resource} and {@code status}. Answered with 400. */
public class InvalidWebhookPayloadException extends Exception {

    public InvalidWebhookPayloadException(String message) {
        super(message);
    }
}
