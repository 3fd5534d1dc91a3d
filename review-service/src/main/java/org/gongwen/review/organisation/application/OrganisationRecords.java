package org.gongwen.review.organisation.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.gongwen.review.organisation.domain.OrganisationRules;
import org.jspecify.annotations.Nullable;

/**
 * The organisation's rows with their history, for ADMIN. Writes never update a row's data: {@link #close} sets the
 * open row's valid_to, the {@code open…} methods insert the next version valid from the given instant.
 */
public interface OrganisationRecords {

    /** The organisation registers that keep versions, each keyed by one column. */
    enum Register { UNITS, PEOPLE, SUPERVISION, HEADS, SETTINGS }

    record UnitRecord(String code, String name, Instant validFrom, @Nullable Instant validTo) {
    }

    /** A version of a person; a change not yet checked by the rules may lack name or role. */
    record PersonRecord(String username, @Nullable String name, @Nullable String unit, @Nullable String role,
                        @Nullable String clearance, @Nullable Instant validFrom, @Nullable Instant validTo) {
    }

    /** 分管 (SUPERVISION) or 单位负责人 (HEADS): who holds the post for the unit, with their name then. */
    record PostRecord(String unit, String username, String name, Instant validFrom, @Nullable Instant validTo) {
    }

    record SettingRecord(String key, String value, Instant validFrom, @Nullable Instant validTo) {
    }

    record ActingRecord(long id, String username, String acting, Instant validFrom, Instant validTo,
                        @Nullable Instant cancelledAt) {
    }

    /** Serialises ADMIN changes (transaction-scoped), so two of them never validate against the same state. */
    void lockForChange();

    /** The latest instant any version was opened or closed at (ADMIN changes are stamped after it). */
    Optional<Instant> lastChangeAt();

    OrganisationRules.State state(Instant at);

    List<UnitRecord> units(Instant at);

    List<UnitRecord> unitHistory(String code);

    List<PersonRecord> people(Instant at, @Nullable String unit);

    List<PersonRecord> personHistory(String username);

    List<PostRecord> posts(Register post, Instant at);

    List<PostRecord> postHistory(Register post, String unit);

    List<SettingRecord> settings(Instant at);

    List<SettingRecord> settingHistory(String key);

    /** Acting periods valid at {@code at} (null: every period ever recorded, cancelled ones included). */
    List<ActingRecord> acting(@Nullable Instant at, @Nullable String username);

    Optional<ActingRecord> actingPeriod(long id);

    void close(Register register, String key, Instant at);

    void openUnit(String code, String name, Instant at);

    void openPerson(String username, String name, @Nullable String unit, String role, @Nullable String clearance,
                    Instant at);

    void openPost(Register post, String unit, String username, Instant at);

    void openSetting(String key, String value, Instant at);

    long insertActing(String username, String acting, Instant from, Instant to);

    void cutActing(long id, Instant at);

    void cancelActing(long id, Instant at);
}
