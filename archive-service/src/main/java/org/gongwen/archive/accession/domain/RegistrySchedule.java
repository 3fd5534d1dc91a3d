package org.gongwen.archive.accession.domain;

import java.util.Objects;

import org.gongwen.archive.shared.domain.Retention;

/**
 * The 档号 class and default 保管期限 of 收文 and of 交办事项 (issue 17), data like the 文种 table (8号令 第十二条:
 * each organ's own 保管期限表). The class goes where DA/T 22-2015 puts 机构(问题): a 问题 code, so that 收文 and 交办
 * records run their own gap-free 件号 and never share a class with the issued documents of a unit.
 *
 * @param incomingCode      机构(问题) code of 收文, default {@code SW} (收文)
 * @param incomingRetention default D30: 8号令 lists superiors' general documents within our business and peers' and
 *                          lower organs' 来函/请示 with our replies among the 定期 items (reference.md §3.1); the
 *                          longer 定期 because the 30/10 split is the organ's table's, not known here
 * @param matterCode        机构(问题) code of 交办事项, default {@code JB} (交办)
 * @param matterRetention   default D30: the 督办 record of a leader's assignment has long-term reference value for
 *                          general work (8号令 定期); an appraisal may change either by a correction (RETENTION)
 */
public record RegistrySchedule(String incomingCode, Retention incomingRetention, String matterCode,
                               Retention matterRetention) {

    public RegistrySchedule {
        Objects.requireNonNull(incomingRetention, "incomingRetention");
        Objects.requireNonNull(matterRetention, "matterRetention");
        if (incomingCode.equals(matterCode)) {
            throw new IllegalArgumentException("收文 and 交办事项 need two classes: " + incomingCode);
        }
    }

    public static RegistrySchedule defaults() {
        return new RegistrySchedule("SW", Retention.THIRTY_YEARS, "JB", Retention.THIRTY_YEARS);
    }
}
