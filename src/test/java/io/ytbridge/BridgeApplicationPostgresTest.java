package io.ytbridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Set;

import javax.sql.DataSource;

import io.ytbridge.support.EmbeddedPostgresServer;
import io.ytbridge.support.SchemaSnapshot;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.annotation.DirtiesContext;

/** The same application on a real PostgreSQL, reached the way Railway hands it over: DATABASE_URL. */
// Its database is stopped after the class: a cached context would keep trying to reach it, and log so.
@DirtiesContext
@CamelSpringBootTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BridgeApplicationPostgresTest {

    private static final EmbeddedPostgres postgres;

    static {
        // DATABASE_URL is read while the environment is prepared, before test property sources exist.
        try {
            postgres = EmbeddedPostgresServer.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        System.setProperty("DATABASE_URL", "postgresql://postgres:@localhost:" + postgres.getPort() + "/postgres");
    }

    @AfterAll
    static void stop() throws IOException {
        System.clearProperty("DATABASE_URL");
        postgres.close();
    }

    @Autowired
    CamelContext camel;

    @Autowired
    DataSource dataSource;

    @Autowired
    TestRestTemplate rest;

    @Test
    void startsOnPostgresFromDatabaseUrl() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
        assertThat(camel.getRoutes()).extracting(Route::getRouteId).contains("audit-write");
        assertThat(rest.getForObject("/actuator/health/readiness", String.class)).contains("\"status\":\"UP\"");
    }

    @Test
    void flywaySchemaIsTheSameInEffectOnH2AndPostgres() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:schema-compare;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();

        Set<String> onH2 = SchemaSnapshot.of(h2);
        Set<String> onPostgres = SchemaSnapshot.of(dataSource);

        assertThat(onH2).contains("table booking", "unique webhook_event.dedupe_key", "primary key telegram_update.update_id");
        assertThat(onPostgres).containsExactlyElementsOf(onH2);
    }
}
