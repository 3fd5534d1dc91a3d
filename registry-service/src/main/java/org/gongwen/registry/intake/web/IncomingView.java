package org.gongwen.registry.intake.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.gongwen.kernel.WorkingCalendar;
import org.gongwen.registry.intake.domain.Assignment;
import org.gongwen.registry.intake.domain.IncomingDocument;
import org.gongwen.registry.intake.domain.IncomingDocument.Status;
import org.gongwen.registry.intake.domain.IncomingDocument.TrailEntry;
import org.gongwen.registry.intake.domain.Registration;

/** A 收文 as the API shows it, with who holds it now (docs/registry-api.md). */
record IncomingView(UUID id, String receiptNumber, String senderOrgan, String senderNumber, String title,
                    String classification, String urgency, int copies, LocalDate receivedOn, LocalDate writtenOn,
                    String status, Holder holder, String proposal, AssignmentView assignment, boolean overdue,
                    String result, UUID replyDocumentId, Instant registeredAt, List<TrailEntry> trail) {

    /**
     * Who must act next: the office (初审, 拟办), a leader (批办), the 主办 unit (承办, 办结), or nobody once it is
     * returned to its sender or concluded.
     */
    record Holder(String role, String unit) {
    }

    record AssignmentView(String leadUnit, List<String> assistingUnits, LocalDate deadline, String instruction) {
    }

    static IncomingView of(IncomingDocument d, String officeUnit, Instant now, WorkingCalendar calendar) {
        Registration form = d.registration();
        Assignment a = d.assignment();
        return new IncomingView(d.id(), d.receiptNumber().toString(), form.senderOrgan(), form.senderNumber(),
                form.title(), form.classification().label(), form.urgency(), form.copies(), form.receivedOn(),
                form.writtenOn(), d.status().name(), holder(d.status(), a, officeUnit), d.proposal(),
                a == null ? null
                        : new AssignmentView(a.leadUnit(), a.assistingUnits(), a.deadline(), a.instruction()),
                d.overdue(now, calendar), d.result(), d.replyDocumentId(), d.trail().get(0).at(), d.trail());
    }

    private static Holder holder(Status status, Assignment assignment, String officeUnit) {
        return switch (status) {
            case REGISTERED, ACCEPTED -> new Holder("OFFICE", officeUnit);
            case PROPOSED -> new Holder("LEADER", null);
            case ASSIGNED -> new Holder("LEAD_UNIT", assignment == null ? null : assignment.leadUnit());
            case RETURNED_TO_SENDER, CONCLUDED -> null;
        };
    }
}
