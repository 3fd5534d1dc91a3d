package org.gongwen.archive.persistence;

import java.util.function.Supplier;

import org.gongwen.archive.application.Transactions;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link Transactions} with Spring's default propagation: joins the event consumer's transaction. */
class SpringTransactions implements Transactions {

    private final TransactionTemplate template;

    SpringTransactions(TransactionTemplate template) {
        this.template = template;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return template.execute(status -> work.get());
    }
}
