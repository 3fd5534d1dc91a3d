package org.gongwen.platform.web.problem;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Whether an error means the service's database is away (down, restarting, unreachable) rather than that the
 * request or the code is wrong: such a request may be retried as it is, so it is a 503, not a 500. Read by class
 * name, because platform-web serves the gateway too, which has no JDBC or Spring transaction classes; the consumers'
 * counterpart is platform-messaging's ConsumerFailures.
 */
final class DatabaseOutage {

    /** Spring's translations of a lost or refused connection, and of a commit or rollback that could not be sent. */
    private static final Set<String> OUTAGE_TYPES = Set.of(
            "org.springframework.dao.DataAccessResourceFailureException",
            "org.springframework.dao.TransientDataAccessResourceException",
            "org.springframework.transaction.CannotCreateTransactionException",
            "org.springframework.transaction.TransactionSystemException");

    private DatabaseOutage() {
    }

    static boolean isCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientException || isOutageType(t.getClass())) {
                return true;
            }
            // SQLSTATE class 08: connection exception; 57P: the server shutting down or crashed
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOutageType(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (OUTAGE_TYPES.contains(c.getName())) {
                return true;
            }
        }
        return false;
    }
}
