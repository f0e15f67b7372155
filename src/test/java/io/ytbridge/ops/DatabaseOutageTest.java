package io.ytbridge.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.apache.camel.CamelExecutionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseOutageTest {

    private final DatabaseOutage outage = new DatabaseOutage();

    @Test
    void aDatabaseThatIsAwayIsAnOutageHoweverItIsWrapped() {
        SQLTransientConnectionException poolTimedOut = new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 1000ms");
        assertThat(outage.causedBy(poolTimedOut)).isTrue();
        assertThat(outage.causedBy(new CannotCreateTransactionException("Could not open JDBC Connection", poolTimedOut)))
                .isTrue();
        assertThat(outage.causedBy(new CannotGetJdbcConnectionException("no connection",
                new SQLException("Connection to localhost:5432 refused", "08001")))).isTrue();
        assertThat(outage.causedBy(new CamelExecutionException("failed", null,
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(outage.causedBy(new SQLException("This connection has been closed.", "08003"))).isTrue();
    }

    @Test
    void aStatementThatFailedOnItsOwnIsNoOutage() {
        assertThat(outage.causedBy(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(outage.causedBy(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(outage.causedBy(new SQLException("no state"))).isFalse();
        assertThat(outage.causedBy(new IllegalStateException("no phone shared"))).isFalse();
        assertThat(outage.causedBy(null)).isFalse();
    }
}
