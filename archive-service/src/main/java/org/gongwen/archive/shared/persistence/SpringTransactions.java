package org.gongwen.archive.shared.persistence;

import java.util.function.Supplier;

import org.gongwen.archive.shared.application.Transactions;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link Transactions} with Spring's default propagation: joins the event consumer's transaction. */
public class SpringTransactions implements Transactions {

    private final TransactionTemplate template;

    public SpringTransactions(TransactionTemplate template) {
        this.template = template;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return template.execute(status -> work.get());
    }
}
