package org.gongwen.registry.config;

import java.time.Clock;
import java.util.List;

import org.gongwen.kernel.Transactions;
import org.gongwen.platform.messaging.Outbox;
import org.gongwen.registry.circulation.application.CirculatingDocuments;
import org.gongwen.registry.circulation.application.Circulations;
import org.gongwen.registry.circulation.application.People;
import org.gongwen.registry.delivery.application.Deliveries;
import org.gongwen.registry.delivery.application.DistributingDocuments;
import org.gongwen.registry.delivery.application.Organisation;
import org.gongwen.registry.delivery.messaging.DeliveryMessages;
import org.gongwen.registry.intake.application.AnsweringIncoming;
import org.gongwen.registry.intake.application.HandlingIncoming;
import org.gongwen.registry.intake.application.IncomingDocuments;
import org.gongwen.registry.intake.application.IncomingQueries;
import org.gongwen.registry.intake.application.ReplyDrafts;
import org.gongwen.registry.intake.messaging.IntakeMessages;
import org.gongwen.registry.organisation.application.OrganisationReplica;
import org.gongwen.registry.organisation.application.ReplicatedOrganisation;
import org.gongwen.registry.shared.application.RegistryEvents;
import org.gongwen.registry.supervision.application.AssignedMatters;
import org.gongwen.registry.supervision.application.SupervisingMatters;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases, wired by hand: application code carries no framework annotations. */
@Configuration(proxyBeanMethods = false)
class RegistryConfiguration {

    /**
     * Our units and people as review-service publishes them (Organisation and People both); the configured ones
     * answer until its first state has arrived, and the configured unit names stay as further aliases.
     */
    @Bean
    ReplicatedOrganisation organisation(OrganisationReplica replica, RegistryProperties properties,
                                        @Value("${gongwen.registry.organ:江城市民政局}") String organ) {
        return new ReplicatedOrganisation(replica, new ConfiguredOrganisation(properties),
                new ConfiguredPeople(properties), organ, properties.units());
    }

    @Bean
    RegistryEvents registryEvents(Outbox outbox) {
        return new OutboxRegistryEvents(outbox, List.of(DeliveryMessages::of, IntakeMessages::of));
    }

    @Bean
    DistributingDocuments distributingDocuments(Deliveries deliveries, Organisation organisation,
                                                RegistryEvents events, Transactions tx, Clock clock,
                                                RegistryProperties properties) {
        return new DistributingDocuments(deliveries, organisation, events, tx, clock, properties.officeUnit());
    }

    @Bean
    HandlingIncoming handlingIncoming(IncomingDocuments documents, RegistryEvents events, Transactions tx,
                                      Clock clock, RegistryProperties properties) {
        return new HandlingIncoming(documents, events, tx, clock, properties.officeUnit());
    }

    @Bean
    AnsweringIncoming answeringIncoming(IncomingDocuments documents, IncomingQueries queries, ReplyDrafts replies,
                                        RegistryEvents events, Transactions tx, Clock clock) {
        return new AnsweringIncoming(documents, queries, replies, events, tx, clock);
    }

    @Bean
    CirculatingDocuments circulatingDocuments(Circulations circulations, IncomingQueries incoming, People people,
                                              RegistryEvents events, Transactions tx, Clock clock,
                                              RegistryProperties properties) {
        return new CirculatingDocuments(circulations, incoming, people, events, tx, clock, properties.officeUnit());
    }

    @Bean
    SupervisingMatters supervisingMatters(AssignedMatters matters, RegistryEvents events, Transactions tx,
                                          Clock clock) {
        return new SupervisingMatters(matters, events, tx, clock);
    }
}
