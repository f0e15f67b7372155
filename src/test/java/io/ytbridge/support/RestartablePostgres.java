package io.ytbridge.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The application's PostgreSQL for a test that stops and starts it under the running application: a fixed port and a
 * data directory that outlive each stop, so clients see the same database come back, as after a real restart.
 * {@link #forTheApplication} points {@code DATABASE_URL} at it; call it from a static initializer, since
 * {@code DATABASE_URL} is read while the environment is prepared, before test property sources exist.
 */
public final class RestartablePostgres {

    private final int port;
    private final Path data;
    private EmbeddedPostgres server;

    private RestartablePostgres(int port, Path data) {
        this.port = port;
        this.data = data;
    }

    public static RestartablePostgres forTheApplication(String name) {
        try {
            RestartablePostgres postgres = new RestartablePostgres(freePort(), Files.createTempDirectory(name));
            postgres.start();
            System.setProperty("DATABASE_URL", "postgresql://postgres:@localhost:" + postgres.port + "/postgres");
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void stop() throws IOException {
        server.close();
    }

    public void start() throws IOException {
        server = EmbeddedPostgresServer.start(port, data);
    }

    /** Stops it for good, forgets {@code DATABASE_URL} and deletes its data. */
    public void discard() throws IOException {
        System.clearProperty("DATABASE_URL");
        server.close();
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }
}
