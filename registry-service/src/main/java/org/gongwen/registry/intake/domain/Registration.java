package org.gongwen.registry.intake.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gongwen.events.Classification;
import org.gongwen.kernel.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * The 收文登记 form (条例 第二十四条 登记: "对公文的主要信息和办理情况应当详细记载"): 来文单位, 来文字号, 标题, 密级,
 * 紧急程度, 份数, 收文日期, 成文日期 when known.
 */
public record Registration(String senderOrgan, @Nullable String senderNumber, String title, @Nullable String marking,
                           @Nullable String urgency, int copies, LocalDate receivedOn, @Nullable LocalDate writtenOn) {

    /** GB-URG-1: the 紧急程度 of a document that is not a telegram. */
    static final Set<String> URGENCIES = Set.of("特急", "加急");

    /** RCV-REG-1 and RCV-REG-2: what the form lacks or gets wrong, field by field (empty: it can be registered). */
    public List<RuleViolation> violations(LocalDate today) {
        List<RuleViolation> found = new ArrayList<>();
        if (blank(senderOrgan)) {
            found.add(RuleViolation.error("RCV-REG-1", "senderOrgan", "请填写来文单位。", "The sending organ is required."));
        }
        if (blank(title)) {
            found.add(RuleViolation.error("RCV-REG-1", "title", "请填写标题。", "The title is required."));
        }
        if (copies < 1) {
            found.add(RuleViolation.error("RCV-REG-1", "copies", "份数至少为1。", "At least one copy is received."));
        }
        if (receivedOn.isAfter(today)) {
            found.add(RuleViolation.error("RCV-REG-1", "receivedOn", "收文日期不能晚于今天。",
                    "The date received cannot be in the future."));
        }
        if (writtenOn != null && writtenOn.isAfter(receivedOn)) {
            found.add(RuleViolation.error("RCV-REG-1", "writtenOn", "成文日期不能晚于收文日期。",
                    "A document cannot be written after it was received."));
        }
        if (Classification.ofMarking(marking).isEmpty()) {
            found.add(RuleViolation.error("GB-SEC-1", "marking", "密级只能是绝密、机密或秘密（非密不填）。",
                    "The classification is 绝密, 机密 or 秘密, or none."));
        }
        if (!blank(urgency) && !URGENCIES.contains(urgency.strip())) {
            found.add(RuleViolation.error("GB-URG-1", "urgency", "紧急程度只能是特急或加急（不紧急不填）。",
                    "The urgency is 特急 or 加急, or none."));
        }
        return found;
    }

    /** The 密级, once the form is valid. */
    public Classification classification() {
        return Classification.ofMarking(marking).orElse(Classification.绝密);
    }

    /** 紧急公文 (特急 or 加急): 条例 第二十四条 asks for a handling deadline (RCV-ASSIGN-3). */
    public boolean urgent() {
        return Optional.ofNullable(urgency).map(String::strip).filter(URGENCIES::contains).isPresent();
    }

    static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
