package org.gongwen.review.organisation.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongwen.events.Classification;
import org.gongwen.events.Person;
import org.jspecify.annotations.Nullable;

/**
 * The organisation as it stands when a review starts: its people, which 分管主任 is in charge of which unit,
 * the 办公室主任, the 主要负责人 who signs and the 发文机关代字.
 *
 * @param members        people by username
 * @param deputyByUnit   unit code → username of the 分管主任 in charge of it
 * @param officeDirector username of the 办公室主任
 * @param signer         username of the 局长 who signs (签发)
 * @param agencyCode     发文机关代字, e.g. 江民发
 * @param headByUnit     unit code → username of its head (科长), who countersigns (会签) for it
 */
public record OrganisationChart(Map<String, Member> members, Map<String, String> deputyByUnit,
                                String officeDirector, String signer, String agencyCode,
                                Map<String, String> headByUnit) {

    public static final String CHIEF = "CHIEF";

    public OrganisationChart {
        members = Map.copyOf(members);
        deputyByUnit = Map.copyOf(deputyByUnit);
        headByUnit = headByUnit == null ? Map.of() : Map.copyOf(headByUnit);
    }

    public OrganisationChart(Map<String, Member> members, Map<String, String> deputyByUnit, String officeDirector,
                             String signer, String agencyCode) {
        this(members, deputyByUnit, officeDirector, signer, agencyCode, Map.of());
    }

    /** Who answers for {@code unit} in a 会签: its head if one is named, else the 分管主任 in charge of it. */
    public Optional<Member> headOf(String unit) {
        return member(headByUnit.getOrDefault(unit, deputyByUnit.get(unit)));
    }

    public record Member(String username, String name, String unit, String role, @Nullable String clearance) {

        public Member(String username, String name, String unit, String role) {
            this(username, name, unit, role, null);
        }

        public Person asPerson() {
            return new Person(username, name, unit);
        }

        /** Whether this person's clearance covers a document of {@code level}; an unknown clearance is none. */
        public boolean clearedFor(Classification level) {
            return Classification.ofClearance(clearance).covers(level);
        }
    }

    public Optional<Member> member(String username) {
        return username == null ? Optional.empty() : Optional.ofNullable(members.get(username));
    }

    /** Other 局长 who may sign in the signer's place, in a stable order. */
    public List<Member> otherChiefs() {
        return members.values().stream()
                .filter(m -> CHIEF.equals(m.role()) && !m.username().equals(signer))
                .sorted(Comparator.comparing(Member::username))
                .toList();
    }
}
