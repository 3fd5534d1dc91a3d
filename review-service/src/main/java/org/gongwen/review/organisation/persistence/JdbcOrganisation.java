package org.gongwen.review.organisation.persistence;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import org.gongwen.events.Person;
import org.gongwen.review.organisation.application.Organisation;
import org.gongwen.review.organisation.domain.OrganisationChart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the organisation rows valid at an instant; read per use, so an ADMIN's change applies from the moment it
 * is made. "Now" is the service clock, the same one ADMIN changes are stamped with.
 */
@Repository
class JdbcOrganisation implements Organisation {

    static final String VALID_AT = "valid_from <= :at AND (valid_to IS NULL OR valid_to > :at)";

    private final JdbcClient jdbc;
    private final Clock clock;

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
        Timestamp ts = Timestamp.from(at);
        Map<String, OrganisationChart.Member> members = jdbc.sql(
                        "SELECT username, name, unit_code, role, clearance FROM people WHERE " + VALID_AT)
                .param("at", ts)
                .query((rs, n) -> new OrganisationChart.Member(rs.getString("username"), rs.getString("name"),
                        rs.getString("unit_code"), rs.getString("role"), rs.getString("clearance")))
                .list().stream().collect(Collectors.toMap(OrganisationChart.Member::username, m -> m));
        Map<String, String> settings = pairs("SELECT key, value FROM organisation_settings WHERE " + VALID_AT, ts);
        return new OrganisationChart(members,
                pairs("SELECT unit_code, username FROM unit_supervision WHERE " + VALID_AT, ts),
                settings.get("office_director"), settings.get("signer"), settings.get("agency_code"),
                pairs("SELECT unit_code, username FROM unit_heads WHERE " + VALID_AT, ts));
    }

    private Map<String, String> pairs(String sql, Timestamp at) {
        return jdbc.sql(sql).param("at", at)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    @Override
    public Map<String, Person> actingFor(Instant at) {
        // the acting person's name and unit as they stood at that instant
        return jdbc.sql("""
                        SELECT a.username, p.username AS acting, p.name, p.unit_code FROM acting_assignments a
                        JOIN people p ON p.username = a.acting_username
                             AND p.valid_from <= :at AND (p.valid_to IS NULL OR p.valid_to > :at)
                        WHERE a.valid_from <= :at AND a.valid_to > :at
                          AND (a.cancelled_at IS NULL OR a.cancelled_at > :at)""")
                .param("at", Timestamp.from(at))
                .query((rs, n) -> Map.entry(rs.getString("username"),
                        new Person(rs.getString("acting"), rs.getString("name"), rs.getString("unit_code"))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }
}
