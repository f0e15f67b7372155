package io.ytbridge.support;

import java.util.ArrayList;
import java.util.List;

/** What in captured application output reads as an error: ERROR lines and stack traces. */
public final class LogErrors {

    private LogErrors() {
    }

    /** Every ERROR line and every line of a stack trace. */
    public static List<String> in(String log) {
        return scan(log, false);
    }

    /**
     * ERROR lines, and stack traces but those under a library's WARN line: during a database outage the pool says
     * which connection was dropped and the JDBC component that a rollback on it failed, each with its trace.
     */
    public static List<String> ignoringLibraryWarningTraces(String log) {
        return scan(log, true);
    }

    private static List<String> scan(String log, boolean libraryWarningsMayCarryTraces) {
        List<String> errors = new ArrayList<>();
        boolean underLibraryWarning = false;
        for (String line : log.lines().toList()) {
            if (!line.isEmpty() && Character.isDigit(line.charAt(0))) {
                underLibraryWarning = line.contains(" WARN ") && !line.contains(" io.ytbridge");
                if (line.contains(" ERROR ")) {
                    errors.add(line);
                }
            } else if ((line.startsWith("\tat ") || line.startsWith("Caused by:"))
                    && !(libraryWarningsMayCarryTraces && underLibraryWarning)) {
                errors.add(line);
            }
        }
        return errors;
    }
}
