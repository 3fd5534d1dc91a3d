package org.gongwen.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** The one adapter of the kernel's Transactions port: the work runs in one transaction that commits or rolls back. */
class SpringTransactionsTest {

    private final List<String> log = new ArrayList<>();

    private final PlatformTransactionManager manager = new PlatformTransactionManager() {
        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) {
            log.add("begin " + definition.getPropagationBehavior());
            return new SimpleTransactionStatus();
        }

        @Override
        public void commit(TransactionStatus status) {
            log.add("commit");
        }

        @Override
        public void rollback(TransactionStatus status) {
            log.add("rollback");
        }
    };

    private final SpringTransactions transactions = new SpringTransactions(new TransactionTemplate(manager));

    @Test
    void theWorkRunsInOneTransactionThatJoinsAnOpenOneAndCommits() {
        String value = transactions.inTransaction(() -> {
            log.add("work");
            return "done";
        });

        assertThat(value).isEqualTo("done");
        assertThat(log).containsExactly("begin " + TransactionDefinition.PROPAGATION_REQUIRED, "work", "commit");
    }

    @Test
    void failedWorkIsRolledBack() {
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            throw new IllegalStateException("no");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(log).containsExactly("begin " + TransactionDefinition.PROPAGATION_REQUIRED, "rollback");
    }
}
