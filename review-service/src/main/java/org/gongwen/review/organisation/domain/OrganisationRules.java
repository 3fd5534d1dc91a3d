package org.gongwen.review.organisation.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.gongwen.events.Classification;
import org.gongwen.kernel.Refusal;

/**
 * What an ADMIN change to the organisation must keep (REVIEW-ORG-1..7). Each check returns every violation it
 * finds (empty: the change may be written), so the caller can answer with all the fields at once.
 */
public final class OrganisationRules {

    public static final Set<String> ROLES = Set.of("CLERK", "DEPUTY_DIRECTOR", "DIRECTOR", "CHIEF", "AUDITOR", "ADMIN");
    /** Who may be 分管 (a unit's supervising leader): 分管主任, 主任, 局长. */
    static final Set<String> LEADERS = Set.of("DEPUTY_DIRECTOR", "DIRECTOR", "CHIEF");
    /** Who may be 办公室主任. */
    static final Set<String> OFFICE_DIRECTORS = Set.of("DIRECTOR", "DEPUTY_DIRECTOR");
    public static final Set<String> SETTINGS = Set.of("office_director", "signer", "agency_code");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{0,9}");
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{0,39}");

    /** A standing acting period (代理) as stored, not cancelled. */
    public record ActingPeriod(long id, String username, String acting, Instant from, Instant to) {

        boolean overlaps(Instant otherFrom, Instant otherTo) {
            return from.isBefore(otherTo) && otherFrom.isBefore(to);
        }
    }

    /** The organisation valid now, with unit names and the acting periods that have not ended. */
    public record State(OrganisationChart chart, Map<String, String> units, List<ActingPeriod> acting) {

        public State {
            units = Map.copyOf(units);
            acting = List.copyOf(acting);
        }

        boolean knowsUnit(String code) {
            return code != null && units.containsKey(code);
        }
    }

    private OrganisationRules() {
    }

    /** REVIEW-ORG-1: a unit has a code (A-Z, digits) not in use and a name. */
    public static List<Refusal> unit(State state, String code, String name, boolean creating) {
        List<Refusal> found = new ArrayList<>();
        if (creating && (code == null || !CODE.matcher(code).matches())) {
            found.add(violation("REVIEW-ORG-1", "code", "单位代码须为 1–10 位大写字母或数字（以字母开头）。",
                    "A unit code is 1–10 upper-case letters or digits, starting with a letter."));
        } else if (creating && state.knowsUnit(code)) {
            found.add(violation("REVIEW-ORG-1", "code", "单位代码 " + code + " 已存在。", "Unit " + code + " exists already."));
        }
        if (name == null || name.isBlank()) {
            found.add(violation("REVIEW-ORG-1", "name", "单位名称不能为空。", "A unit needs a name."));
        }
        return found;
    }

    /** REVIEW-ORG-2: a person has a free username, a name, a known unit (ADMIN may have none), a role, a 密级. */
    public static List<Refusal> person(State state, String username, String name, String unit, String role,
                                       String clearance, boolean creating) {
        List<Refusal> found = new ArrayList<>();
        if (creating && (username == null || !USERNAME.matcher(username).matches())) {
            found.add(violation("REVIEW-ORG-2", "username", "用户名须为小写字母开头的字母、数字或 ._-。",
                    "A username is lower-case letters, digits or ._-, starting with a letter."));
        } else if (creating && state.chart().member(username).isPresent()) {
            found.add(violation("REVIEW-ORG-2", "username", "用户 " + username + " 已存在。",
                    "Person " + username + " exists already."));
        }
        if (name == null || name.isBlank()) {
            found.add(violation("REVIEW-ORG-2", "name", "姓名不能为空。", "A person needs a name."));
        }
        if (role == null || !ROLES.contains(role)) {
            found.add(violation("REVIEW-ORG-2", "role", "职务须为 " + ROLES + " 之一。", "role must be one of " + ROLES + "."));
        }
        if (unit == null ? !"ADMIN".equals(role) : !state.knowsUnit(unit)) {
            found.add(violation("REVIEW-ORG-2", "unit", "未知单位：" + unit + "。", "Unknown unit: " + unit + "."));
        }
        if (clearance != null && !Classification.ofMarking(clearance).filter(Classification::classified)
                .map(Classification::label).filter(clearance::equals).isPresent()) {
            found.add(violation("REVIEW-ORG-2", "clearance", "密级须为 绝密、机密 或 秘密。",
                    "clearance must be 绝密, 机密 or 秘密."));
        }
        if (!creating && role != null && ROLES.contains(role) && outgrowsPost(state.chart(), username, role)) {
            found.add(violation("REVIEW-ORG-5", "role", username + " 仍担任办公室主任、签发人或分管，新职务（" + role
                    + "）不能担任，请先交接。", username + " still holds the office director, signer or a supervision, which the"
                    + " role " + role + " cannot hold; hand it over first."));
        }
        if (!creating && unit != null && headsElsewhere(state, username, unit)) {
            found.add(violation("REVIEW-ORG-5", "unit", username + " 仍是其他单位的负责人，请先更换该单位负责人。",
                    username + " still heads another unit; change that unit's head first."));
        }
        return found;
    }

    private static boolean outgrowsPost(OrganisationChart chart, String username, String role) {
        return username.equals(chart.officeDirector()) && !OFFICE_DIRECTORS.contains(role)
                || username.equals(chart.signer()) && !"CHIEF".equals(role)
                || chart.deputyByUnit().containsValue(username) && !LEADERS.contains(role);
    }

    private static boolean headsElsewhere(State state, String username, String newUnit) {
        return state.chart().headByUnit().entrySet().stream()
                .anyMatch(e -> e.getValue().equals(username) && !e.getKey().equals(newUnit));
    }

    /**
     * REVIEW-ORG-3 (分管): a known unit, a known leader; creating needs a unit without 分管 (one at a time per unit),
     * changing one that has it; the same person cannot be given the unit they already supervise a second time.
     */
    public static List<Refusal> supervision(State state, String unit, String username, boolean creating) {
        List<Refusal> found = post(state, "REVIEW-ORG-3", state.chart().deputyByUnit(), unit, username, creating,
                "分管", "supervises");
        if (found.isEmpty() && !LEADERS.contains(state.chart().member(username).orElseThrow().role())) {
            found.add(violation("REVIEW-ORG-3", "username", "分管领导须为分管主任、主任或局长。",
                    "A supervisor is a deputy director, director or chief."));
        }
        return found;
    }

    /** REVIEW-ORG-4 (单位负责人, who countersigns for the unit): a known unit, a person of that unit, once. */
    public static List<Refusal> head(State state, String unit, String username, boolean creating) {
        List<Refusal> found = post(state, "REVIEW-ORG-4", state.chart().headByUnit(), unit, username, creating,
                "负责", "heads");
        if (found.isEmpty() && !unit.equals(state.chart().member(username).orElseThrow().unit())) {
            found.add(violation("REVIEW-ORG-4", "username", "单位负责人须为本单位人员。", "A unit's head belongs to the unit."));
        }
        return found;
    }

    /** A post held per unit: known unit and person, not given twice to its holder, vacant to create, held to change. */
    private static List<Refusal> post(State state, String rule, Map<String, String> holders, String unit,
                                      String username, boolean creating, String zh, String en) {
        List<Refusal> found = new ArrayList<>();
        if (!state.knowsUnit(unit)) {
            found.add(violation(rule, "unit", "未知单位：" + unit + "。", "Unknown unit: " + unit + "."));
        }
        if (state.chart().member(username).isEmpty()) {
            found.add(unknownPerson(rule, "username", username));
        }
        String current = found.isEmpty() ? holders.get(unit) : null;
        if (username != null && username.equals(current)) {
            found.add(violation(rule, "username", username + " 已" + zh + " " + unit + "，不能重复。",
                    username + " already " + en + " " + unit + "."));
        } else if (creating && current != null) {
            found.add(violation(rule, "unit", unit + " 已由 " + current + zh + "；请更换而不是新增。",
                    current + " already " + en + " " + unit + "; change it instead."));
        }
        return found;
    }

    /**
     * REVIEW-ORG-6 (代理): two different known people, a period that ends after it starts and does not start in the
     * past, and no other acting period of the same owner overlapping it ({@code replacing}: the period being changed).
     */
    public static List<Refusal> acting(State state, Long replacing, String username, String acting, Instant from,
                                       Instant to, Instant now) {
        List<Refusal> found = new ArrayList<>();
        if (state.chart().member(username).isEmpty()) {
            found.add(unknownPerson("REVIEW-ORG-6", "username", username));
        }
        if (state.chart().member(acting).isEmpty()) {
            found.add(unknownPerson("REVIEW-ORG-6", "acting", acting));
        } else if (acting.equals(username)) {
            found.add(violation("REVIEW-ORG-6", "acting", "不能由本人代理本人。", "Nobody acts for themselves."));
        }
        if (from == null || to == null || !to.isAfter(from)) {
            found.add(violation("REVIEW-ORG-6", "validTo", "代理期限须晚于开始时间。", "validTo must be after validFrom."));
        } else if (from.isBefore(now) && replacing == null) {
            found.add(violation("REVIEW-ORG-6", "validFrom", "代理不能从过去开始。", "An acting period cannot start in the past."));
        } else {
            Optional<ActingPeriod> clash = state.acting().stream()
                    .filter(a -> a.username().equals(username) && (replacing == null || a.id() != replacing))
                    .filter(a -> a.overlaps(from, to)).findFirst();
            clash.ifPresent(c -> found.add(violation("REVIEW-ORG-6", "validFrom", "与已有代理期（" + c.from() + " – "
                    + c.to() + "，" + c.acting() + "）重叠。", "Overlaps the acting period " + c.from() + " – " + c.to()
                    + " (" + c.acting() + ").")));
        }
        return found;
    }

    /** REVIEW-ORG-7: 办公室主任 is a 主任 or 分管主任, the signer a 局长, the 代字 not blank. */
    public static List<Refusal> setting(State state, String key, String value) {
        List<Refusal> found = new ArrayList<>();
        if (value == null || value.isBlank()) {
            found.add(violation("REVIEW-ORG-7", "value", "设置值不能为空。", "A value is required."));
        } else if (!"agency_code".equals(key)) {
            Optional<OrganisationChart.Member> member = state.chart().member(value);
            Set<String> allowed = "signer".equals(key) ? Set.of("CHIEF") : OFFICE_DIRECTORS;
            if (member.isEmpty()) {
                found.add(unknownPerson("REVIEW-ORG-7", "value", value));
            } else if (!allowed.contains(member.get().role())) {
                found.add(violation("REVIEW-ORG-7", "value", value + " 的职务（" + member.get().role() + "）不能担任 " + key
                        + "。", value + "'s role " + member.get().role() + " cannot hold " + key + "."));
            }
        }
        return found;
    }

    /** REVIEW-ORG-5: a unit is ended only when nobody belongs to it and nobody supervises or heads it. */
    public static List<Refusal> endUnit(State state, String code) {
        boolean staffed = state.chart().members().values().stream().anyMatch(m -> code.equals(m.unit()))
                || state.chart().deputyByUnit().containsKey(code) || state.chart().headByUnit().containsKey(code);
        return staffed ? List.of(violation("REVIEW-ORG-5", "code", code + " 仍有人员、分管领导或负责人，不能撤销。",
                code + " still has people, a supervisor or a head.")) : List.of();
    }

    /** REVIEW-ORG-5: a person leaves only once no position or acting period still names them. */
    public static List<Refusal> endPerson(State state, String username) {
        OrganisationChart chart = state.chart();
        boolean holds = chart.deputyByUnit().containsValue(username) || chart.headByUnit().containsValue(username)
                || username.equals(chart.officeDirector()) || username.equals(chart.signer())
                || state.acting().stream().anyMatch(a -> a.username().equals(username) || a.acting().equals(username));
        return holds ? List.of(violation("REVIEW-ORG-5", "username", username
                + " 仍担任分管、负责人、办公室主任、签发人或代理，请先交接。", username
                + " still holds a supervision, head, office director, signer or acting position; hand it over first."))
                : List.of();
    }

    private static Refusal unknownPerson(String rule, String field, String username) {
        return violation(rule, field, "未知人员：" + username + "。", "Unknown person: " + username + ".");
    }

    private static Refusal violation(String rule, String field, String zh, String en) {
        return Refusal.ruleViolation("invalid-organisation-change", zh, en, rule, field);
    }
}
