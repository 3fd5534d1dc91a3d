package org.gongwen.platform.messaging;

import java.sql.SQLException;
import java.sql.SQLTransientException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Tells failures of the surroundings (retry as long as it takes) from failures of the message (bounded). */
final class ConsumerFailures {

    private ConsumerFailures() {
    }

    static boolean isInfrastructure(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof RetryLaterException || t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException || t instanceof SQLTransientException
                    || t instanceof java.net.ConnectException) {
                return true;
            }
            if (t instanceof TransientDataAccessException || t instanceof TransactionSystemException) {
                return true; // the commit or rollback itself failed: the database went away, not the message's fault
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true; // connection exception, or the server shutting down / crashed (chaos run: PG SIGKILL)
            }
        }
        return false;
    }
}
