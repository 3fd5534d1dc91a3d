package org.gongwen.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionSystemException;

/**
 * Which failures are the surroundings' (retried as long as it takes) and which the message's (bounded, then the
 * DLT). Found by the 2 000-document chaos run: a PostgreSQL crash during an apply surfaced as "JDBC rollback
 * failed", was counted as the message's fault and parked a DOCUMENT_ISSUED in the DLT within 300 ms.
 */
class ConsumerFailuresTest {

    @Test
    void aFailedCommitOrRollbackIsTheDatabasesFaultNotTheMessages() {
        assertThat(ConsumerFailures.isInfrastructure(new TransactionSystemException("JDBC rollback failed",
                new SQLException("This connection has been closed.", "08003")))).isTrue();
    }

    @Test
    void aConnectionLossOrServerShutdownAnywhereInTheChainIsInfrastructure() {
        assertThat(ConsumerFailures.isInfrastructure(new IllegalStateException("apply failed",
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(ConsumerFailures.isInfrastructure(new RuntimeException(new SQLException("I/O error", "08006")))).isTrue();
    }

    @Test
    void aBrokenMessageOrAConstraintViolationIsTheMessagesFault() {
        assertThat(ConsumerFailures.isInfrastructure(new IllegalArgumentException("no such level"))).isFalse();
        assertThat(ConsumerFailures.isInfrastructure(new RuntimeException(
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
    }
}
