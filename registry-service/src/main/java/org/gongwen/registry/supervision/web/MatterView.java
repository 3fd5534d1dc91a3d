package org.gongwen.registry.supervision.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.gongwen.kernel.WorkingCalendar;
import org.gongwen.registry.supervision.domain.AssignedMatter;
import org.gongwen.registry.supervision.domain.AssignedMatter.Report;

/** A 交办事项 as the API shows it. */
record MatterView(UUID id, String source, UUID sourceDocumentId, String classification, String matter, String unit, LocalDate deadline,
                  boolean overdue, String assignedBy, Instant assignedAt, List<Report> reports, String result,
                  Instant concludedAt) {

    static MatterView of(AssignedMatter m, Instant now, WorkingCalendar calendar) {
        return new MatterView(m.id(), m.source().name(), m.sourceDocumentId(), m.classification().label(), m.matter(), m.unit(), m.deadline(),
                m.overdue(now, calendar), m.assignedBy(), m.assignedAt(), m.reports(), m.result(), m.concludedAt());
    }
}
