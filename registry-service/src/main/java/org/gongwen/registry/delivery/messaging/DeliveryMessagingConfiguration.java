package org.gongwen.registry.delivery.messaging;

import org.gongwen.platform.messaging.EventHandler;
import org.gongwen.registry.delivery.application.DistributingDocuments;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DeliveryMessagingConfiguration {

    @Bean
    EventHandler issuedDocumentHandler(DistributingDocuments distributing) {
        return new IssuedDocumentHandler(distributing);
    }
}
