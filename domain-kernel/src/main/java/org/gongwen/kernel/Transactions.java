package org.gongwen.kernel;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The port through which every service's use cases run work in one database transaction, joining the caller's if
 * there is one (an event consumer's, which records the event id in the same transaction). It lives in the kernel,
 * not the platform, because application code may not know the platform; platform-messaging's
 * {@code SpringTransactions} implements it for every service.
 */
public interface Transactions {

    <T extends @Nullable Object> T inTransaction(Supplier<T> work);
}
