package io.ytbridge.ops;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.springframework.stereotype.Component;

/**
 * Tells a database that is away (stopped, restarting, unreachable, out of connections) from a statement that failed
 * on its own merits: only the first is worth waiting out. Spring's and Camel's wrappers are looked through down to
 * the driver's or the pool's SQLException. Routes ask it inside a doCatch's steps
 * ({@code ${bean:databaseOutage.causedBy(${exception})}}): in a doCatch's {@code onWhen} a bean sees no exception.
 */
@Component("databaseOutage")
public class DatabaseOutage {

    public boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
            // SQLSTATE class 08: connection exception; 57P: the server is shutting down, crashed or still starting.
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
