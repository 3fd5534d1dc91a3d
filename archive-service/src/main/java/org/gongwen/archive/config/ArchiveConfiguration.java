package org.gongwen.archive.config;

import java.nio.file.Path;
import java.time.Clock;

import org.gongwen.archive.application.AccessLog;
import org.gongwen.archive.application.AmendingRecord;
import org.gongwen.archive.application.Amendments;
import org.gongwen.archive.application.ArchiveRecords;
import org.gongwen.archive.application.ArchivingIssuedDocument;
import org.gongwen.archive.application.CheckpointSigner;
import org.gongwen.archive.application.ConsultingArchive;
import org.gongwen.archive.application.ConsultingLog;
import org.gongwen.archive.application.ContentHasher;
import org.gongwen.archive.application.EventPublisher;
import org.gongwen.archive.application.IntegratingLog;
import org.gongwen.archive.application.LogQueue;
import org.gongwen.archive.application.LogStore;
import org.gongwen.archive.application.Transactions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases, wired by hand: application and domain know nothing of Spring. */
@Configuration(proxyBeanMethods = false)
class ArchiveConfiguration {

    @Bean
    ArchivingIssuedDocument archivingIssuedDocument(ArchiveRecords records, LogQueue log, EventPublisher events,
                                                    ContentHasher hasher, Transactions transactions,
                                                    ArchiveProperties properties, Clock clock) {
        return new ArchivingIssuedDocument(records, log, events, hasher, transactions, properties.schedule(),
                properties.fonds(), clock);
    }

    @Bean
    ConsultingArchive consultingArchive(ArchiveRecords records, AccessLog accessLog, Clock clock) {
        return new ConsultingArchive(records, accessLog, clock);
    }

    @Bean
    AmendingRecord amendingRecord(ArchiveRecords records, Amendments amendments, LogQueue log,
                                  Transactions transactions, Clock clock) {
        return new AmendingRecord(records, amendments, log, transactions, clock);
    }

    @Bean
    CheckpointSigner checkpointSigner(LogProperties properties) {
        return Ed25519CheckpointSigner.fromFile(Path.of(properties.signingKey()));
    }

    @Bean
    IntegratingLog integratingLog(LogStore store, CheckpointSigner signer, Transactions transactions,
                                  LogProperties log, ArchiveProperties archive, Clock clock) {
        String origin = log.origin() == null || log.origin().isBlank() ? "gongwen-archive/" + archive.fonds()
                : log.origin();
        return new IntegratingLog(store, signer, transactions, origin, clock);
    }

    @Bean
    ConsultingLog consultingLog(ArchiveRecords records, LogStore store, IntegratingLog integrating,
                                CheckpointSigner signer) {
        return new ConsultingLog(records, store, integrating, signer);
    }

    @Bean
    LogSequencer logSequencer(IntegratingLog integrating, LogProperties properties) {
        return new LogSequencer(integrating, properties);
    }
}
