package io.ytbridge.webhook;

/**
 * A record the bot did not book yet belongs to one of its users: it is adopted only once it is old enough, in
 * case the bot is still saving it as its own. Processing is retried later.
 */
public class RecordNotSettledException extends Exception {

    public RecordNotSettledException(Long recordId) {
        super("record " + recordId + " is too new to be adopted; will look again");
    }
}
