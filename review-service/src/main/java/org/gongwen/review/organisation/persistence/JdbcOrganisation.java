package org.gongwen.review.organisation.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.gongwen.events.Person;
import org.gongwen.review.organisation.application.Organisation;
import org.gongwen.review.organisation.domain.OrganisationChart;
import org.gongwen.review.organisation.persistence.OrganisationRows.ActingRow;
import org.gongwen.review.organisation.persistence.OrganisationRows.PersonRow;
import org.gongwen.review.organisation.persistence.OrganisationRows.PostRow;
import org.gongwen.review.organisation.persistence.OrganisationRows.SettingRow;
import org.gongwen.review.organisation.persistence.OrganisationRows.Validity;
import org.gongwen.review.shared.persistence.TransactionScoped;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The organisation valid at an instant, read per use so that an ADMIN's change applies from the moment it is made
 * (on every instance: the check is the database's {@code organisation_version}, moved by a trigger on any change).
 * The rows themselves are read again only when that version moved: one statement per use instead of five (issue 15).
 * "Now" is the service clock, the same one ADMIN changes are stamped with.
 */
@Repository
class JdbcOrganisation implements Organisation {

    static final String VALID_AT = "valid_from <= :at AND (valid_to IS NULL OR valid_to > :at)";

    /** The snapshot a transaction has read, bound to it: one version check per transaction. */
    private static final Object BOUND = new Object();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AtomicReference<@Nullable OrganisationRows> snapshot = new AtomicReference<>();

    JdbcOrganisation(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public OrganisationChart current() {
        return at(clock.instant());
    }

    @Override
    public OrganisationChart at(Instant at) {
        return rows().chartAt(at);
    }

    @Override
    public Map<String, Person> actingFor(Instant at) {
        return rows().actingAt(at);
    }

    private OrganisationRows rows() {
        // a start or a decision asks for the chart and for the acting assignments: one version check per transaction
        OrganisationRows bound = TransactionScoped.get(BOUND, this::readRows);
        return bound != null ? bound : readRows();
    }

    /** A transaction that changed the organisation reads it again at its next use (JdbcOrganisationRecords). */
    static void changedInThisTransaction() {
        TransactionScoped.forget(BOUND);
    }

    /**
     * The version is read before the rows: rows read after it are at least as new, so a snapshot is never older
     * than its label; one that is newer is simply read again at the next use.
     */
    private OrganisationRows readRows() {
        long version = jdbc.sql("SELECT version FROM organisation_version").query(Long.class).single();
        OrganisationRows known = snapshot.get();
        if (known != null && known.version() == version) {
            return known;
        }
        OrganisationRows loaded = new OrganisationRows(version,
                jdbc.sql("SELECT username, name, unit_code, role, clearance, valid_from, valid_to FROM people")
                        .query((rs, n) -> new PersonRow(new OrganisationChart.Member(rs.getString("username"),
                                rs.getString("name"), rs.getString("unit_code"), rs.getString("role"),
                                rs.getString("clearance")), validity(rs))).list(),
                posts("unit_supervision"), posts("unit_heads"),
                jdbc.sql("SELECT key, value, valid_from, valid_to FROM organisation_settings")
                        .query((rs, n) -> new SettingRow(rs.getString("key"), rs.getString("value"), validity(rs)))
                        .list(),
                jdbc.sql("SELECT username, acting_username, valid_from, valid_to, cancelled_at FROM acting_assignments")
                        .query((rs, n) -> new ActingRow(rs.getString("username"), rs.getString("acting_username"),
                                validity(rs), instant(rs.getTimestamp("cancelled_at")))).list());
        snapshot.set(loaded);
        return loaded;
    }

    private List<PostRow> posts(String table) {
        return jdbc.sql("SELECT unit_code, username, valid_from, valid_to FROM " + table)
                .query((rs, n) -> new PostRow(rs.getString("unit_code"), rs.getString("username"), validity(rs)))
                .list();
    }

    private static Validity validity(ResultSet rs) throws SQLException {
        return new Validity(rs.getTimestamp("valid_from").toInstant(), instant(rs.getTimestamp("valid_to")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
