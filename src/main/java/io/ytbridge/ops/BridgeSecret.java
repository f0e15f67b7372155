package io.ytbridge.ops;

/**
 * The credentials the bundle can re-read without a restart, by the environment variable an operator sets and the
 * setting that carries it. {@code rotationTracked} secrets must be rotated at least every 90 days; the Yclients login
 * is no secret, but it travels with the password: a change of either invalidates the cached user token.
 */
public enum BridgeSecret {

    TELEGRAM_BOT_TOKEN("bridge.telegram.bot-token", true),
    TELEGRAM_WEBHOOK_SECRET("bridge.telegram.webhook-secret", true),
    TELEGRAM_CALLBACK_SECRET("bridge.telegram.callback-secret", false),
    YCLIENTS_PARTNER_TOKEN("bridge.yclients.partner-token", true),
    YCLIENTS_LOGIN("bridge.yclients.login", false),
    YCLIENTS_PASSWORD("bridge.yclients.password", true),
    YCLIENTS_WEBHOOK_SECRET("bridge.yclients.webhook-secret", true),
    ADMIN_TOKEN("bridge.admin-token", true);

    private final String property;
    private final boolean rotationTracked;

    BridgeSecret(String property, boolean rotationTracked) {
        this.property = property;
        this.rotationTracked = rotationTracked;
    }

    /** The application setting whose value the environment variable of the same name provides. */
    public String property() {
        return property;
    }

    public boolean rotationTracked() {
        return rotationTracked;
    }

    /** The secret named like its environment variable, or an exception naming the unknown name. */
    public static BridgeSecret named(String name) {
        for (BridgeSecret secret : values()) {
            if (secret.name().equals(name)) {
                return secret;
            }
        }
        throw new IllegalArgumentException("Unknown secret " + name);
    }
}
