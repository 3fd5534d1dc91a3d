package org.gongwen.review.organisation.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.gongwen.events.GongwenEvent;
import org.gongwen.events.ReviewOrganisationChanged;
import org.gongwen.kernel.Transactions;
import org.gongwen.review.organisation.application.OrganisationRecords.PersonRecord;

/**
 * Publishes the organisation's current state whenever its version moved past the one last published: in the
 * transaction of each ADMIN change (so the event and the change commit together, through the outbox), and at start
 * (the first state, and any change made by SQL since). Other services keep the latest state instead of configuring
 * units and people of their own.
 */
public final class PublishingOrganisation {

    /** The version last published, locked for the transaction, and the version now current. */
    public interface PublishedVersions {

        /** The current version when it is not the one last published (locks the record of the latter). */
        Optional<Long> unpublished();

        void published(long version);
    }

    private final OrganisationRecords records;
    private final PublishedVersions versions;
    private final Consumer<GongwenEvent> events;
    private final Transactions tx;
    private final Clock clock;

    public PublishingOrganisation(OrganisationRecords records, PublishedVersions versions,
                                  Consumer<GongwenEvent> events, Transactions tx, Clock clock) {
        this.records = records;
        this.versions = versions;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    /** Publishes the current state if it has not been; joins the transaction open, if any. */
    public Optional<ReviewOrganisationChanged> publishIfChanged() {
        return tx.inTransaction(() -> {
            // an ADMIN change may be stamped a moment after the clock (versions follow each other strictly)
            Instant now = clock.instant();
            return publishIfChanged(records.lastChangeAt().filter(now::isBefore).orElse(now));
        });
    }

    /** As {@link #publishIfChanged()}, with the organisation as it stands at {@code asOf} (an ADMIN change's instant). */
    public Optional<ReviewOrganisationChanged> publishIfChanged(Instant asOf) {
        return tx.inTransaction(() -> versions.unpublished().map(version -> {
            ReviewOrganisationChanged changed = state(version, asOf);
            events.accept(changed);
            versions.published(version);
            return changed;
        }));
    }

    ReviewOrganisationChanged state(long version, Instant now) {
        List<ReviewOrganisationChanged.Unit> units = records.units(now).stream()
                .map(u -> new ReviewOrganisationChanged.Unit(u.code(), u.name()))
                .sorted(Comparator.comparing(ReviewOrganisationChanged.Unit::code)).toList();
        List<ReviewOrganisationChanged.Member> people = records.people(now, null).stream()
                .filter(PublishingOrganisation::complete)
                .map(p -> new ReviewOrganisationChanged.Member(p.username(), p.name(), p.unit(), p.role(), p.clearance()))
                .sorted(Comparator.comparing(ReviewOrganisationChanged.Member::username)).toList();
        return new ReviewOrganisationChanged(version, now, units, people);
    }

    /** The rules keep name and role on every valid version; a row without them is never published half. */
    private static boolean complete(PersonRecord p) {
        return p.name() != null && p.role() != null;
    }
}
