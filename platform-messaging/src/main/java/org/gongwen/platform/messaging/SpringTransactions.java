package org.gongwen.platform.messaging;

import java.util.function.Supplier;

import org.gongwen.kernel.Transactions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The kernel's {@link Transactions} port on Spring's {@link TransactionTemplate} with its default propagation: work
 * joins the transaction already open (the event consumer's, which records the event id with it), else opens one.
 */
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
