package org.gongwen.review.organisation.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.gongwen.review.organisation.application.OrganisationRecords.ActingRecord;
import org.gongwen.review.organisation.application.OrganisationRecords.PersonRecord;
import org.gongwen.review.organisation.application.OrganisationRecords.PostRecord;
import org.gongwen.review.organisation.application.OrganisationRecords.Register;
import org.gongwen.review.organisation.application.OrganisationRecords.SettingRecord;
import org.gongwen.review.organisation.application.OrganisationRecords.UnitRecord;
import org.gongwen.review.organisation.domain.OrganisationRules.State;
import org.gongwen.review.organisation.domain.OrganisationRules;
import org.gongwen.kernel.Transactions;
import org.gongwen.kernel.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * ADMIN keeps the organisation: units, people, 分管, unit heads, the 办公室主任/签发人/代字 settings and acting
 * periods. Every change is checked against the organisation valid now (REVIEW-ORG-*), closes the current version
 * and opens the next one at the same instant, in one transaction serialised with every other ADMIN change, which
 * also publishes the organisation's new state (through the outbox: both commit or neither).
 */
public final class ManagingOrganisation {

    /** Done with the version now valid, or refused with every violation found. */
    public sealed interface Change<T> {
        record Done<T>(T record) implements Change<T> {
        }

        record Refused<T>(List<Refusal> refusals) implements Change<T> {
        }
    }

    private final OrganisationRecords records;
    private final PublishingOrganisation publishing;
    private final Transactions tx;
    private final Clock clock;

    public ManagingOrganisation(OrganisationRecords records, PublishingOrganisation publishing, Transactions tx,
                                Clock clock) {
        this.records = records;
        this.publishing = publishing;
        this.tx = tx;
        this.clock = clock;
    }

    public OrganisationRecords records() {
        return records;
    }

    /** PostgreSQL keeps microseconds: a version read back must carry the instant it was written with. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public Change<UnitRecord> unit(String code, String name, boolean creating) {
        return change(creating ? null : () -> exists(Register.UNITS, code), state -> OrganisationRules.unit(state, code,
                name, creating), now -> {
            records.close(Register.UNITS, code, now);
            records.openUnit(code, name.strip(), now);
            return one(records.units(now), u -> u.code().equals(code));
        });
    }

    public Change<UnitRecord> endUnit(String code) {
        return change(() -> exists(Register.UNITS, code), state -> OrganisationRules.endUnit(state, code), now -> {
            records.close(Register.UNITS, code, now);
            return last(records.unitHistory(code));
        });
    }

    /** What a change of a person gives: each field given replaces the current value, one not given keeps it. */
    public record PersonChange(@Nullable String name, @Nullable String unit, @Nullable String role,
                               @Nullable String clearance) {

        PersonRecord appliedTo(PersonRecord current) {
            return new PersonRecord(current.username(), name == null ? current.name() : name,
                    unit == null ? current.unit() : unit, role == null ? current.role() : role,
                    clearance == null ? current.clearance() : clearance, null, null);
        }
    }

    /** A new person with these fields (the rules refuse missing ones). */
    public Change<PersonRecord> createPerson(String username, @Nullable String name, @Nullable String unit,
                                             @Nullable String role, @Nullable String clearance) {
        PersonRecord given = new PersonRecord(username, name, unit, role, clearance, null, null);
        return person(username, at -> given, true);
    }

    /** A new version of a person: {@code asked} applied to the version valid when it is written (under the lock). */
    public Change<PersonRecord> changePerson(String username, PersonChange asked) {
        return person(username, at -> records.people(at, null).stream().filter(p -> p.username().equals(username))
                .findFirst().map(asked::appliedTo)
                .orElse(new PersonRecord(username, asked.name(), asked.unit(), asked.role(), asked.clearance(),
                        null, null)), false);
    }

    private Change<PersonRecord> person(String username, Function<Instant, PersonRecord> merged, boolean creating) {
        return change(creating ? null : () -> exists(Register.PEOPLE, username), state -> {
            PersonRecord p = merged.apply(now());
            return OrganisationRules.person(state, username, p.name(), p.unit(), p.role(), p.clearance(), creating);
        }, now -> {
            PersonRecord p = merged.apply(now);
            records.close(Register.PEOPLE, username, now);
            records.openPerson(username, p.name().strip(), p.unit(), p.role(), p.clearance(), now);
            return one(records.people(now, null), r -> r.username().equals(username));
        });
    }

    public Change<PersonRecord> endPerson(String username) {
        return change(() -> exists(Register.PEOPLE, username), state -> OrganisationRules.endPerson(state, username),
                now -> {
                    records.close(Register.PEOPLE, username, now);
                    return last(records.personHistory(username));
                });
    }

    /** Names who holds a post (分管 or unit head) for a unit: creating needs the post vacant, changing held. */
    public Change<PostRecord> post(Register post, String unit, String username, boolean creating) {
        return change(creating ? null : () -> exists(post, unit), state -> post == Register.SUPERVISION
                ? OrganisationRules.supervision(state, unit, username, creating)
                : OrganisationRules.head(state, unit, username, creating), now -> {
            records.close(post, unit, now);
            records.openPost(post, unit, username, now);
            return one(records.posts(post, now), p -> p.unit().equals(unit));
        });
    }

    public Change<PostRecord> endPost(Register post, String unit) {
        return change(() -> exists(post, unit), state -> List.of(), now -> {
            records.close(post, unit, now);
            return last(records.postHistory(post, unit));
        });
    }

    public Change<SettingRecord> setting(String key, String value) {
        return change(() -> OrganisationRules.SETTINGS.contains(key) ? List.of() : List.of(notFound("setting", key)),
                state -> OrganisationRules.setting(state, key, value), now -> {
                    records.close(Register.SETTINGS, key, now);
                    records.openSetting(key, value.strip(), now);
                    return one(records.settings(now), s -> s.key().equals(key));
                });
    }

    /**
     * What a change of an acting period gives: who acts, from and until when; a field not given keeps its value. A
     * period already begun continues from the change on, whatever {@code from} says.
     */
    public record ActingChange(@Nullable String acting, @Nullable Instant from, @Nullable Instant to) {

        ActingRecord appliedTo(ActingRecord current, Instant now) {
            boolean begun = !current.validFrom().isAfter(now);
            Instant start = begun ? now : from == null ? current.validFrom() : from;
            return new ActingRecord(current.id(), current.username(), acting == null ? current.acting() : acting,
                    start, to == null ? current.validTo() : to, null);
        }
    }

    /** A new acting period; {@code from} null = from now. */
    public Change<ActingRecord> startActing(String username, String acting, @Nullable Instant from, Instant to) {
        Instant now = now();
        Instant start = from == null ? now : from;
        return change(null, state -> OrganisationRules.acting(state, null, username, acting, start, to, now),
                at -> records.actingPeriod(records.insertActing(username, acting, start, to)).orElseThrow());
    }

    /**
     * Changes who acts or until when: a period already begun is cut now and continued by a new one from now;
     * one not yet begun is cancelled and replaced (its start may move too).
     */
    public Change<ActingRecord> changeActing(long id, ActingChange asked) {
        Optional<ActingRecord> old = records.actingPeriod(id).filter(a -> a.cancelledAt() == null);
        Instant now = now();
        return change(() -> runningOrPlanned(old, id, now), state -> {
            ActingRecord a = asked.appliedTo(old.orElseThrow(), now);
            return OrganisationRules.acting(state, id, a.username(), a.acting(), a.validFrom(), a.validTo(), now);
        }, at -> {
            ActingRecord a = old.orElseThrow();
            boolean begun = !a.validFrom().isAfter(at);
            if (begun) {
                records.cutActing(id, at);
            } else {
                records.cancelActing(id, at);
            }
            ActingRecord changed = asked.appliedTo(a, at);
            return records.actingPeriod(records.insertActing(changed.username(), changed.acting(),
                    changed.validFrom(), changed.validTo())).orElseThrow();
        });
    }

    /** Ends an acting period now (cut if begun, cancelled if planned). */
    public Change<ActingRecord> endActing(long id) {
        Optional<ActingRecord> old = records.actingPeriod(id).filter(a -> a.cancelledAt() == null);
        return change(() -> runningOrPlanned(old, id, now()), state -> List.of(), at -> {
            if (old.orElseThrow().validFrom().isAfter(at)) {
                records.cancelActing(id, at);
            } else {
                records.cutActing(id, at);
            }
            return records.actingPeriod(id).orElseThrow();
        });
    }

    private List<Refusal> runningOrPlanned(Optional<ActingRecord> period, long id, Instant now) {
        return period.filter(a -> a.validTo().isAfter(now)).isPresent() ? List.of()
                : List.of(notFound("acting period", String.valueOf(id)));
    }

    private <T> Change<T> change(Supplier<List<Refusal>> target, Function<State, List<Refusal>> rules,
                                 Function<Instant, T> write) {
        return tx.inTransaction(() -> {
            records.lockForChange();
            if (target != null) {
                List<Refusal> missing = target.get();
                if (!missing.isEmpty()) {
                    return new Change.Refused<>(missing);
                }
            }
            // versions follow each other strictly, even if the clock stepped back since the last change
            Instant now = records.lastChangeAt().filter(last -> !last.isBefore(now()))
                    .map(last -> last.plus(1, ChronoUnit.MICROS)).orElseGet(this::now);
            List<Refusal> refusals = rules.apply(records.state(now));
            if (!refusals.isEmpty()) {
                return new Change.Refused<>(refusals);
            }
            T written = write.apply(now);
            publishing.publishIfChanged(now);
            return new Change.Done<>(written);
        });
    }

    private List<Refusal> exists(Register register, String key) {
        Instant now = now();
        boolean found = switch (register) {
            case UNITS -> records.units(now).stream().anyMatch(u -> u.code().equals(key));
            case PEOPLE -> records.people(now, null).stream().anyMatch(p -> p.username().equals(key));
            case SUPERVISION, HEADS -> records.posts(register, now).stream().anyMatch(p -> p.unit().equals(key));
            case SETTINGS -> true;
        };
        return found ? List.of() : List.of(notFound(register.name().toLowerCase(), key));
    }

    private static Refusal notFound(String what, String key) {
        return Refusal.of(Refusal.Kind.NOT_FOUND, "not-found", "组织数据中没有现行的 " + what + "：" + key,
                "No current " + what + " " + key + " in the organisation.");
    }

    private static <T> T one(List<T> rows, Predicate<T> which) {
        return rows.stream().filter(which).findFirst().orElseThrow();
    }

    private static <T> T last(List<T> history) {
        return history.get(history.size() - 1);
    }
}
