package org.gongwen.registry.organisation.persistence;

import java.util.Optional;

import org.gongwen.events.ReviewOrganisationChanged;
import org.gongwen.registry.organisation.application.OrganisationReplica;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

/** One row: the latest state, as the event's JSON. */
class JdbcOrganisationReplica implements OrganisationReplica {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcOrganisationReplica(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public boolean keep(ReviewOrganisationChanged changed) {
        return jdbc.sql("""
                INSERT INTO organisation_replica (version, state, received_at) VALUES (?, ?::jsonb, now())
                ON CONFLICT (single) DO UPDATE SET version = excluded.version, state = excluded.state,
                                                   received_at = excluded.received_at
                WHERE organisation_replica.version < excluded.version""")
                .param(changed.version()).param(json.writeValueAsString(changed)).update() == 1;
    }

    @Override
    public Optional<Long> version() {
        return jdbc.sql("SELECT version FROM organisation_replica").query(Long.class).optional();
    }

    @Override
    public Optional<ReviewOrganisationChanged> state() {
        return jdbc.sql("SELECT state::text FROM organisation_replica").query(String.class).optional()
                .map(state -> json.readValue(state, ReviewOrganisationChanged.class));
    }
}
