package org.gongwen.archive.shared.application;

import java.util.function.Supplier;

/** Runs work in one database transaction, joining the caller's if there is one (the event consumer's). */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);
}
