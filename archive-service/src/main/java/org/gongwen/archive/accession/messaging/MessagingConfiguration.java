package org.gongwen.archive.accession.messaging;

import org.gongwen.archive.accession.application.ArchivingIssuedDocument;
import org.gongwen.archive.accession.application.ArchivingRegistryRecord;
import org.gongwen.archive.accession.application.ContentHasher;
import org.gongwen.archive.accession.application.EventPublisher;
import org.gongwen.platform.messaging.ContentHash;
import org.gongwen.platform.messaging.EventHandler;
import org.gongwen.platform.messaging.Outbox;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

    @Bean
    EventPublisher eventPublisher(Outbox outbox) {
        return outbox::append;
    }

    @Bean
    ContentHasher contentHasher() {
        return ContentHash::of;
    }

    @Bean
    EventHandler issuedDocumentHandler(ArchivingIssuedDocument archiving) {
        return new IssuedDocumentHandler(archiving);
    }

    @Bean
    EventHandler registryConcludedHandler(ArchivingRegistryRecord archiving) {
        return new RegistryConcludedHandler(archiving);
    }
}
