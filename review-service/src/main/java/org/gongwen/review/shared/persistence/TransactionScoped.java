package org.gongwen.review.shared.persistence;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value bound to the current transaction and dropped when it ends, so nothing read in a transaction outlives it
 * (a rolled-back one leaves nothing behind).
 */
public final class TransactionScoped {

    private TransactionScoped() {
    }

    /** The value bound under {@code key}, made by {@code first} at the first use; null outside a transaction. */
    @SuppressWarnings("unchecked")
    public static <T> @Nullable T get(Object key, Supplier<T> first) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        T value = (T) TransactionSynchronizationManager.getResource(key);
        if (value == null) {
            value = first.get();
            TransactionSynchronizationManager.bindResource(key, value);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
        }
        return value;
    }

    /** Drops what is bound under {@code key}: the next {@link #get} in this transaction makes it again. */
    public static void forget(Object key) {
        TransactionSynchronizationManager.unbindResourceIfPossible(key);
    }
}
