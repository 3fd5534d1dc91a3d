package org.gongwen.platform.messaging;

import java.sql.SQLTransientException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

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
            if (t instanceof TransientDataAccessException) {
                return true;
            }
        }
        return false;
    }
}
