package io.ytbridge.ops;

/** A malformed admin request; the message names the parameter and what it expects, and becomes the 400 body. */
public class AdminBadRequest extends RuntimeException {

    public AdminBadRequest(String message) {
        super(message);
    }
}
