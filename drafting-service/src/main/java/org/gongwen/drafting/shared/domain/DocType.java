package org.gongwen.drafting.shared.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The 15 法定文种 of 条例 第八条, by their legal names (contract: docType uses the Chinese term). */
public enum DocType {
    决议, 决定, 命令, 公报, 公告, 通告, 意见, 通知, 通报, 报告, 请示, 批复, 议案, 函, 纪要;

    public static Optional<DocType> of(String term) {
        return Arrays.stream(values()).filter(t -> t.name().equals(term)).findFirst();
    }

    public static List<String> terms() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }

    /** 公布性 kinds speak to the public at large and have no 主送机关 (reference.md §1.2, GB-TO-1). */
    public boolean addressesSomeone() {
        return switch (this) {
            case 公告, 通告, 公报, 纪要, 命令, 决议 -> false;
            default -> true;
        };
    }

    /** How a title may end for this kind: 命令 is also written 令 (条例 第八条 "命令（令）"). */
    public List<String> titleEndings() {
        return this == 命令 ? List.of("命令", "令") : List.of(name());
    }
}
