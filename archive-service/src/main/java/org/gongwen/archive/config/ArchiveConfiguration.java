package org.gongwen.archive.config;

import java.time.Clock;

import org.gongwen.archive.application.ArchiveRecords;
import org.gongwen.archive.application.ArchivingIssuedDocument;
import org.gongwen.archive.application.ConsultingArchive;
import org.gongwen.archive.application.ContentHasher;
import org.gongwen.archive.application.EventPublisher;
import org.gongwen.archive.application.Transactions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases, wired by hand: application and domain know nothing of Spring. */
@Configuration(proxyBeanMethods = false)
class ArchiveConfiguration {

    @Bean
    ArchivingIssuedDocument archivingIssuedDocument(ArchiveRecords records, EventPublisher events,
                                                    ContentHasher hasher, Transactions transactions,
                                                    ArchiveProperties properties, Clock clock) {
        return new ArchivingIssuedDocument(records, events, hasher, transactions, properties.schedule(),
                properties.fonds(), clock);
    }

    @Bean
    ConsultingArchive consultingArchive(ArchiveRecords records) {
        return new ConsultingArchive(records);
    }
}
