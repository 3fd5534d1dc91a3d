package org.gongwen.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A 交办事项 under 督办 was concluded (办结) by its 承办 unit. Published by registry-service (issue 17) with everything
 * the archive keeps: what was assigned, by whom and from where, the deadline, every progress report, the result and
 * the full trail. {@code documentId} is the matter's id; {@code revision} is always 1.
 *
 * @param source           INSTRUCTION (a leader's 批示 on a document), MEETING or AD_HOC
 * @param sourceDocumentId the document the 批示 was written on, null otherwise
 * @param classification   the 密级 of the document the matter came from (a matter from a 批示 on a 机密 收文 is
 *                         机密 too), null for 非密
 */
public record RegistryMatterConcluded(String documentId, int revision, String source, String sourceDocumentId,
                                      String matter, String unit, LocalDate deadline, String classification,
                                      Person assignedBy, Instant assignedAt, List<ProgressReport> reports,
                                      String result, Person concludedBy, Instant concludedAt,
                                      List<TrailEntry> trail) implements GongwenEvent {

    public RegistryMatterConcluded {
        reports = reports == null ? List.of() : List.copyOf(reports);
        trail = trail == null ? List.of() : List.copyOf(trail);
    }

    /** One progress report of the 承办 unit. */
    public record ProgressReport(Person reporter, String progress, Instant at) {
    }
}
