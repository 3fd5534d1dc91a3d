package org.gongwen.registry.organisation.messaging;

import org.gongwen.platform.messaging.EventHandler;
import org.gongwen.registry.organisation.application.OrganisationReplica;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OrganisationMessagingConfiguration {

    @Bean
    EventHandler organisationChangedHandler(OrganisationReplica replica) {
        return new OrganisationChangedHandler(replica);
    }
}
