package org.gongwen.review.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import org.gongwen.events.Person;
import org.gongwen.review.application.Organisation;
import org.gongwen.review.domain.OrganisationChart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the organisation rows valid now; read per use, so an ADMIN's change applies to the next chain. */
@Repository
class JdbcOrganisation implements Organisation {

    private static final String VALID_NOW = "valid_from <= now() AND (valid_to IS NULL OR valid_to > now())";

    private final JdbcClient jdbc;

    JdbcOrganisation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public OrganisationChart current() {
        Map<String, OrganisationChart.Member> members = jdbc.sql(
                        "SELECT username, name, unit_code, role, clearance FROM people WHERE " + VALID_NOW)
                .query((rs, n) -> new OrganisationChart.Member(rs.getString("username"), rs.getString("name"),
                        rs.getString("unit_code"), rs.getString("role"), rs.getString("clearance")))
                .list().stream().collect(Collectors.toMap(OrganisationChart.Member::username, m -> m));
        Map<String, String> deputies = jdbc.sql("SELECT unit_code, username FROM unit_supervision WHERE " + VALID_NOW)
                .query((rs, n) -> Map.entry(rs.getString("unit_code"), rs.getString("username")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
        Map<String, String> heads = jdbc.sql("SELECT unit_code, username FROM unit_heads WHERE " + VALID_NOW)
                .query((rs, n) -> Map.entry(rs.getString("unit_code"), rs.getString("username")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
        Map<String, String> settings = jdbc.sql("SELECT key, value FROM organisation_settings")
                .query((rs, n) -> Map.entry(rs.getString("key"), rs.getString("value")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new OrganisationChart(members, deputies, settings.get("office_director"), settings.get("signer"),
                settings.get("agency_code"), heads);
    }

    @Override
    public Map<String, Person> actingFor(Instant at) {
        return jdbc.sql("""
                        SELECT a.username, p.username AS acting, p.name, p.unit_code FROM acting_assignments a
                        JOIN people p ON p.username = a.acting_username
                        WHERE a.valid_from <= :at AND a.valid_to > :at""")
                .param("at", Timestamp.from(at))
                .query((rs, n) -> Map.entry(rs.getString("username"),
                        new Person(rs.getString("acting"), rs.getString("name"), rs.getString("unit_code"))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }
}
