package io.usercleanup.store.ao;

import java.sql.SQLException;

/** Recognises a statement the database refused for a constraint, whichever driver reports it. */
final class ConstraintViolations {

    private ConstraintViolations() {
    }

    /**
     * Whether the error, or one of its causes, is an integrity constraint violation: SQLSTATE class
     * {@code 23} on H2, PostgreSQL, MySQL, MariaDB, Oracle and SQL Server alike.
     */
    static boolean isConstraintViolation(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
