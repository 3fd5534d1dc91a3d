package org.gongwen.events;

import java.time.Instant;
import java.util.List;

/**
 * The organisation changed: review-service owns it (units, people, roles, clearances) and publishes the whole current
 * state after every change, so that a consumer needs no history to know it (registry-service: who may 签收, read a
 * 传阅 or be named 承办). The subject is the organisation, not a document: {@code documentId} is always
 * {@link #SUBJECT} (one key, so every version arrives in order); {@code revision} is always 1. A consumer keeps the
 * state with the highest {@code version} it has seen, so a redelivered or late older state changes nothing.
 *
 * @param version   the organisation's version (review-service's {@code organisation_version}: grows with each change)
 * @param changedAt when review-service published this state
 * @param units     the units valid now
 * @param people    the people valid now
 */
public record ReviewOrganisationChanged(String documentId, int revision, long version, Instant changedAt,
                                        List<Unit> units, List<Member> people) implements GongwenEvent {

    public static final String SUBJECT = "organisation";

    public ReviewOrganisationChanged {
        units = List.copyOf(units);
        people = List.copyOf(people);
    }

    public ReviewOrganisationChanged(long version, Instant changedAt, List<Unit> units, List<Member> people) {
        this(SUBJECT, 1, version, changedAt, units, people);
    }

    /** A unit: its code (as in tokens and 档号) and the name documents use for it. */
    public record Unit(String code, String name) {
    }

    /**
     * A person: unit code (null for an administrator without one), role (CLERK, DEPUTY_DIRECTOR, DIRECTOR, CHIEF,
     * AUDITOR, ADMIN) and clearance (null for none).
     */
    public record Member(String username, String name, String unit, String role, String clearance) {
    }
}
