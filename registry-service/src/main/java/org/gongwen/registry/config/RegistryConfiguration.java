package org.gongwen.registry.config;

import java.time.Clock;
import java.util.List;

import org.gongwen.kernel.Transactions;
import org.gongwen.kernel.WorkingCalendar;
import org.gongwen.platform.messaging.Outbox;
import org.gongwen.registry.circulation.application.CirculatingDocuments;
import org.gongwen.registry.circulation.application.Circulations;
import org.gongwen.registry.circulation.application.People;
import org.gongwen.registry.delivery.application.Deliveries;
import org.gongwen.registry.delivery.application.DistributingDocuments;
import org.gongwen.registry.delivery.application.Organisation;
import org.gongwen.registry.delivery.messaging.DeliveryMessages;
import org.gongwen.registry.followup.application.FollowUps;
import org.gongwen.registry.followup.application.FollowingUpItems;
import org.gongwen.registry.followup.messaging.FollowUpMessages;
import org.gongwen.registry.filing.application.FilingConcludedRecords;
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
import org.gongwen.registry.supervision.application.SourceDocuments;
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
                                        WorkingCalendar calendar,
                                        @Value("${gongwen.registry.organ:江城市民政局}") String organ) {
        return new ReplicatedOrganisation(replica, new ConfiguredOrganisation(properties, calendar),
                new ConfiguredPeople(properties), organ, properties.units());
    }

    /** The archive's events first: 办结 of a 收文 leaves as the full record, not as the bare fact. */
    @Bean
    RegistryEvents registryEvents(Outbox outbox, FilingConcludedRecords filing) {
        return new OutboxRegistryEvents(outbox, List.of(filing::of, DeliveryMessages::of, IntakeMessages::of,
                FollowUpMessages::of));
    }

    @Bean
    FilingConcludedRecords filingConcludedRecords(IncomingQueries incoming, Circulations circulations,
                                                  AssignedMatters matters, People people) {
        return new FilingConcludedRecords(incoming, circulations, matters, people);
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
    SupervisingMatters supervisingMatters(AssignedMatters matters, SourceDocuments sources, RegistryEvents events,
                                          Transactions tx, Clock clock) {
        return new SupervisingMatters(matters, sources, events, tx, clock);
    }

    /** 催办 of 签收, 承办 and 交办事项 on the office's calendar (platform-web's {@code gongwen.calendar}). */
    @Bean
    FollowingUpItems followingUpItems(FollowUps followUps, RegistryEvents events, Transactions tx,
                                      WorkingCalendar calendar, Clock clock, RegistryProperties properties) {
        return new FollowingUpItems(followUps, events, tx, calendar, properties.followUp().policy(), clock);
    }
}
