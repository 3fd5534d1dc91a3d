package org.gongwen.archive.statistics.application;

import java.util.List;

import org.gongwen.archive.shared.domain.Clearance;
import org.jspecify.annotations.Nullable;

/** Figures for auditors, from the archived records and their trails, within the reader's clearance. */
public interface Statistics {

    record Count(String key, long count) {
    }

    /** Time a review level took (from the previous act of the trail to this one), in seconds. */
    record StepTime(@Nullable Integer level, @Nullable String role, long steps, double medianSeconds, double p90Seconds,
                    long overdue) {
    }

    record Report(@Nullable Integer year, long records, List<Count> byUnit, List<Count> byDocType, List<Count> byMonth,
                  List<StepTime> reviewTimes) {
    }

    /**
     * @param year          null for all years
     * @param limitsSeconds time allowed per step by 紧急程度: 特急, 加急, other — a step that took longer is overdue
     */
    Report report(Clearance reader, @Nullable Integer year, long[] limitsSeconds);
}
