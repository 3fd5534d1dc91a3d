package org.gongwen.archive.log.application;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.TreeSet;
import java.util.UUID;

import org.gongwen.archive.log.domain.AccessEntry;
import org.gongwen.archive.shared.application.Reader;

/** 查档日志: every read of a record (or attempt on one the reader may not see), in the access log. */
public final class LoggingReads {

    private final AccessLog accessLog;
    private final Clock clock;

    public LoggingReads(AccessLog accessLog, Clock clock) {
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** Logs a read (or an attempt on a record the reader may not see) before the answer is given. */
    public void logRead(Reader reader, String action, String documentId, boolean shown) {
        accessLog.record(new AccessEntry(UUID.randomUUID(), reader.username(), reader.name(),
                String.join(",", new TreeSet<>(reader.roles())), action, documentId, shown,
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
    }
}
