package org.gongwen.review.organisation.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.gongwen.review.organisation.application.Organisation;
import org.gongwen.review.organisation.application.OrganisationRecords;
import org.gongwen.review.organisation.domain.OrganisationRules;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organisation tables with their versions (V1, V4, V5): read as of an instant or whole, written by ADMIN. */
@Repository
class JdbcOrganisationRecords implements OrganisationRecords {

    /** Any constant: the key of the advisory lock that serialises ADMIN changes. */
    private static final long CHANGE_LOCK = 0x6f72675f61646d6eL;
    private static final String AT = JdbcOrganisation.VALID_AT;

    private final JdbcClient jdbc;
    private final Organisation organisation;

    JdbcOrganisationRecords(JdbcClient jdbc, Organisation organisation) {
        this.jdbc = jdbc;
        this.organisation = organisation;
    }

    @Override
    public void lockForChange() {
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(?)").param(CHANGE_LOCK).query(Integer.class).single();
    }

    @Override
    public Optional<Instant> lastChangeAt() {
        return jdbc.sql("""
                        SELECT max(t) FROM (
                            SELECT greatest(max(valid_from), max(valid_to)) AS t FROM units
                            UNION ALL SELECT greatest(max(valid_from), max(valid_to)) FROM people
                            UNION ALL SELECT greatest(max(valid_from), max(valid_to)) FROM unit_supervision
                            UNION ALL SELECT greatest(max(valid_from), max(valid_to)) FROM unit_heads
                            UNION ALL SELECT greatest(max(valid_from), max(valid_to)) FROM organisation_settings) x""")
                .query(Timestamp.class).list().stream().filter(Objects::nonNull).findFirst()
                .map(Timestamp::toInstant);
    }

    @Override
    public OrganisationRules.State state(Instant at) {
        Map<String, String> units = units(at).stream().collect(Collectors.toMap(UnitRecord::code, UnitRecord::name));
        List<OrganisationRules.ActingPeriod> acting = jdbc.sql("""
                        SELECT id, username, acting_username, valid_from, valid_to FROM acting_assignments
                        WHERE cancelled_at IS NULL AND valid_to > :at""")
                .param("at", Timestamp.from(at))
                .query((rs, n) -> new OrganisationRules.ActingPeriod(rs.getLong("id"), rs.getString("username"),
                        rs.getString("acting_username"), instant(rs, "valid_from"), instant(rs, "valid_to")))
                .list();
        return new OrganisationRules.State(organisation.at(at), units, acting);
    }

    @Override
    public List<UnitRecord> units(Instant at) {
        return validAt(Register.UNITS, at, JdbcOrganisationRecords::unit);
    }

    @Override
    public List<UnitRecord> unitHistory(String code) {
        return history(Register.UNITS, code, JdbcOrganisationRecords::unit);
    }

    @Override
    public List<PersonRecord> people(Instant at, String unit) {
        return jdbc.sql("SELECT * FROM people WHERE " + AT + " AND (CAST(:unit AS TEXT) IS NULL OR unit_code = :unit)"
                        + " ORDER BY username")
                .param("at", Timestamp.from(at)).param("unit", unit)
                .query(JdbcOrganisationRecords::person).list();
    }

    @Override
    public List<PersonRecord> personHistory(String username) {
        return history(Register.PEOPLE, username, JdbcOrganisationRecords::person);
    }

    @Override
    public List<PostRecord> posts(Register post, Instant at) {
        // the holder's name as it stood at the same instant
        return jdbc.sql("SELECT t.unit_code, t.username, p.name, t.valid_from, t.valid_to FROM " + table(post) + " t"
                        + " LEFT JOIN people p ON p.username = t.username AND p.valid_from <= :at"
                        + " AND (p.valid_to IS NULL OR p.valid_to > :at)"
                        + " WHERE t.valid_from <= :at AND (t.valid_to IS NULL OR t.valid_to > :at) ORDER BY t.unit_code")
                .param("at", Timestamp.from(at))
                .query(JdbcOrganisationRecords::post).list();
    }

    @Override
    public List<PostRecord> postHistory(Register post, String unit) {
        return jdbc.sql("SELECT t.unit_code, t.username, p.name, t.valid_from, t.valid_to FROM " + table(post) + " t"
                        + " LEFT JOIN people p ON p.username = t.username AND p.valid_from <= t.valid_from"
                        + " AND (p.valid_to IS NULL OR p.valid_to > t.valid_from)"
                        + " WHERE t.unit_code = ? ORDER BY t.valid_from")
                .param(unit)
                .query(JdbcOrganisationRecords::post).list();
    }

    @Override
    public List<SettingRecord> settings(Instant at) {
        return validAt(Register.SETTINGS, at, JdbcOrganisationRecords::setting);
    }

    @Override
    public List<SettingRecord> settingHistory(String key) {
        return history(Register.SETTINGS, key, JdbcOrganisationRecords::setting);
    }

    @Override
    public List<ActingRecord> acting(Instant at, String username) {
        String when = at == null ? "TRUE"
                : "valid_from <= :at AND valid_to > :at AND (cancelled_at IS NULL OR cancelled_at > :at)";
        return jdbc.sql("SELECT * FROM acting_assignments WHERE " + when
                        + " AND (CAST(:username AS TEXT) IS NULL OR username = :username) ORDER BY valid_from, id")
                .param("at", at == null ? null : Timestamp.from(at)).param("username", username)
                .query(JdbcOrganisationRecords::acting).list();
    }

    @Override
    public Optional<ActingRecord> actingPeriod(long id) {
        return jdbc.sql("SELECT * FROM acting_assignments WHERE id = ?").param(id)
                .query(JdbcOrganisationRecords::acting).optional();
    }

    @Override
    public void close(Register register, String key, Instant at) {
        change("UPDATE " + table(register) + " SET valid_to = ? WHERE " + keyColumn(register)
                + " = ? AND valid_to IS NULL", Timestamp.from(at), key);
    }

    @Override
    public void openUnit(String code, String name, Instant at) {
        change("INSERT INTO units (code, name, valid_from) VALUES (?, ?, ?)", code, name, Timestamp.from(at));
    }

    @Override
    public void openPerson(String username, String name, String unit, String role, String clearance, Instant at) {
        change("""
                INSERT INTO people (username, name, unit_code, role, clearance, valid_from)
                VALUES (?, ?, ?, ?, ?, ?)""", username, name, unit, role, clearance, Timestamp.from(at));
    }

    @Override
    public void openPost(Register post, String unit, String username, Instant at) {
        change("INSERT INTO " + table(post) + " (unit_code, username, valid_from) VALUES (?, ?, ?)",
                unit, username, Timestamp.from(at));
    }

    @Override
    public void openSetting(String key, String value, Instant at) {
        change("INSERT INTO organisation_settings (key, value, updated_at, valid_from) VALUES (?, ?, ?, ?)",
                key, value, Timestamp.from(at), Timestamp.from(at));
    }

    @Override
    public long insertActing(String username, String acting, Instant from, Instant to) {
        long id = jdbc.sql("""
                        INSERT INTO acting_assignments (username, acting_username, valid_from, valid_to)
                        VALUES (?, ?, ?, ?) RETURNING id""")
                .params(username, acting, Timestamp.from(from), Timestamp.from(to)).query(Long.class).single();
        JdbcOrganisation.changedInThisTransaction();
        return id;
    }

    @Override
    public void cutActing(long id, Instant at) {
        change("UPDATE acting_assignments SET valid_to = ? WHERE id = ?", Timestamp.from(at), id);
    }

    @Override
    public void cancelActing(long id, Instant at) {
        change("UPDATE acting_assignments SET cancelled_at = ? WHERE id = ?", Timestamp.from(at), id);
    }

    private void change(String sql, Object... params) {
        jdbc.sql(sql).params(params).update();
        JdbcOrganisation.changedInThisTransaction();
    }

    private <T> List<T> validAt(Register register, Instant at, RowMapper<T> mapper) {
        return jdbc.sql("SELECT * FROM " + table(register) + " WHERE " + AT + " ORDER BY " + keyColumn(register))
                .param("at", Timestamp.from(at)).query(mapper).list();
    }

    private <T> List<T> history(Register register, String key, RowMapper<T> mapper) {
        return jdbc.sql("SELECT * FROM " + table(register) + " WHERE " + keyColumn(register) + " = ? ORDER BY valid_from")
                .param(key).query(mapper).list();
    }

    private static String table(Register register) {
        return switch (register) {
            case UNITS -> "units";
            case PEOPLE -> "people";
            case SUPERVISION -> "unit_supervision";
            case HEADS -> "unit_heads";
            case SETTINGS -> "organisation_settings";
        };
    }

    private static String keyColumn(Register register) {
        return switch (register) {
            case UNITS -> "code";
            case PEOPLE -> "username";
            case SUPERVISION, HEADS -> "unit_code";
            case SETTINGS -> "key";
        };
    }

    private static UnitRecord unit(ResultSet rs, int n) throws SQLException {
        return new UnitRecord(rs.getString("code"), rs.getString("name"), instant(rs, "valid_from"),
                instant(rs, "valid_to"));
    }

    private static PersonRecord person(ResultSet rs, int n) throws SQLException {
        return new PersonRecord(rs.getString("username"), rs.getString("name"), rs.getString("unit_code"),
                rs.getString("role"), rs.getString("clearance"), instant(rs, "valid_from"), instant(rs, "valid_to"));
    }

    private static PostRecord post(ResultSet rs, int n) throws SQLException {
        return new PostRecord(rs.getString("unit_code"), rs.getString("username"), rs.getString("name"),
                instant(rs, "valid_from"), instant(rs, "valid_to"));
    }

    private static SettingRecord setting(ResultSet rs, int n) throws SQLException {
        return new SettingRecord(rs.getString("key"), rs.getString("value"), instant(rs, "valid_from"),
                instant(rs, "valid_to"));
    }

    private static ActingRecord acting(ResultSet rs, int n) throws SQLException {
        return new ActingRecord(rs.getLong("id"), rs.getString("username"), rs.getString("acting_username"),
                instant(rs, "valid_from"), instant(rs, "valid_to"), instant(rs, "cancelled_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
