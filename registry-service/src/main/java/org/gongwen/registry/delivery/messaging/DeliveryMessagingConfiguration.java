package org.gongwen.registry.delivery.messaging;

import java.util.List;

import org.gongwen.platform.messaging.EventHandler;
import org.gongwen.registry.delivery.application.DistributingDocuments;
import org.gongwen.registry.shared.application.IssuedDocumentFollower;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DeliveryMessagingConfiguration {

    @Bean
    EventHandler issuedDocumentHandler(DistributingDocuments distributing, List<IssuedDocumentFollower> followers) {
        return new IssuedDocumentHandler(distributing, followers);
    }
}
