package org.gongwen.review.shared.persistence;

import java.util.function.Supplier;

import org.gongwen.review.shared.application.Transactions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

@Component
class SpringTransactions implements Transactions {

    private final TransactionTemplate tx;

    SpringTransactions(TransactionTemplate tx) {
        this.tx = tx;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return tx.execute(status -> work.get());
    }
}
