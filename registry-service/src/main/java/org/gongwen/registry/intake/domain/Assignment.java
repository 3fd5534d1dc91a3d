package org.gongwen.registry.intake.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.gongwen.kernel.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * A leader's 批办: the one 主办 unit, any 协办 units, the deadline and the 批示 itself. 条例 第二十四条: "涉及两个及以上
 * 部门的，应当明确主办部门"; "紧急公文应当明确办理时限".
 */
public record Assignment(String leadUnit, List<String> assistingUnits, @Nullable LocalDate deadline,
                         String instruction) {

    public Assignment {
        assistingUnits = List.copyOf(assistingUnits);
    }

    /** RCV-ASSIGN-2 (one 主办, 协办 distinct from it and from each other) and RCV-ASSIGN-3 (deadline). */
    List<RuleViolation> violations(boolean urgent, LocalDate today) {
        List<RuleViolation> found = new ArrayList<>();
        if (Registration.blank(leadUnit)) {
            found.add(RuleViolation.error("RCV-ASSIGN-2", "leadUnit", "请明确主办单位。", "Name the lead unit."));
        }
        Set<String> seen = new HashSet<>();
        seen.add(leadUnit);
        for (String unit : assistingUnits) {
            if (!seen.add(unit)) {
                found.add(RuleViolation.error("RCV-ASSIGN-2", "assistingUnits",
                        "协办单位不能重复，也不能与主办单位相同：" + unit + "。",
                        "An assisting unit is named once and is not the lead unit: " + unit + "."));
            }
        }
        if (deadline == null && urgent) {
            found.add(RuleViolation.error("RCV-ASSIGN-3", "deadline", "紧急公文应当明确办理时限。",
                    "An urgent document has a handling deadline."));
        }
        if (deadline != null && deadline.isBefore(today)) {
            found.add(RuleViolation.error("RCV-ASSIGN-3", "deadline", "办理时限不能早于今天。",
                    "The deadline cannot be in the past."));
        }
        if (Registration.blank(instruction)) {
            found.add(RuleViolation.error("RCV-ASSIGN-1", "instruction", "请填写批办意见。",
                    "The leader's instruction is required."));
        }
        return found;
    }
}
