package io.ytbridge.support;

import java.io.IOException;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL (zonky's binaries from Maven Central) for tests. As root, zonky runs the server inside
 * {@code unshare -U}, since PostgreSQL refuses to run as root; nothing else is needed on the machine.
 */
public final class EmbeddedPostgresServer {

    private EmbeddedPostgresServer() {
    }

    public static EmbeddedPostgres start() throws IOException {
        return start(0);
    }

    /** Starts a server; {@code port} 0 picks a free one. */
    public static EmbeddedPostgres start(int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setLocaleConfig("locale", "C.UTF-8");
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    /**
     * A server on a fixed port over a data directory that outlives it: close it and start it again with the same
     * arguments, and clients see the same database come back, as after a real database restart.
     */
    public static EmbeddedPostgres start(int port, Path dataDirectory) throws IOException {
        return EmbeddedPostgres.builder().setLocaleConfig("locale", "C.UTF-8")
                .setPort(port)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .start();
    }
}
