package org.gongwen.review.organisation.persistence;

import java.util.Optional;

import org.gongwen.review.organisation.application.PublishingOrganisation.PublishedVersions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPublishedVersions implements PublishedVersions {

    private final JdbcClient jdbc;

    JdbcPublishedVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Two instances starting at once, or a start beside an ADMIN change: the row lock makes one of them publish. */
    @Override
    public Optional<Long> unpublished() {
        return jdbc.sql("""
                SELECT v.version FROM organisation_version v, organisation_published p
                WHERE v.version <> p.version FOR UPDATE OF p""").query(Long.class).optional();
    }

    @Override
    public void published(long version) {
        jdbc.sql("UPDATE organisation_published SET version = ?").param(version).update();
    }
}
