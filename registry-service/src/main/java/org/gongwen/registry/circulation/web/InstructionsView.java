package org.gongwen.registry.circulation.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gongwen.registry.circulation.application.CirculatingDocuments.Instructions;
import org.gongwen.registry.intake.domain.IncomingDocument.TrailEntry;

/**
 * The 批示 on a 收文 (CIRC-SHOW-1, docs/registry-api.md): the leader's 批办 opinions (each 批办 in the trail, a 转办
 * included) and the 批示 written in 传阅 readings, in the order they were given.
 */
record InstructionsView(UUID incomingId, String receiptNumber, List<Assigned> assignments, List<Written> readings) {

    record Assigned(String by, String unit, Instant at, String instruction) {
    }

    record Written(UUID circulationId, String reader, Instant readAt, String instruction) {
    }

    static InstructionsView of(Instructions found) {
        List<Assigned> assigned = found.document().trail().stream().filter(e -> e.action().equals("批办"))
                .map(InstructionsView::assigned).toList();
        List<Written> written = found.rounds().stream().flatMap(c -> c.instructions().stream()
                .map(r -> new Written(c.id(), r.reader(), r.readAt(), r.instruction()))).toList();
        return new InstructionsView(found.document().id(), found.document().receiptNumber().toString(), assigned,
                written);
    }

    private static Assigned assigned(TrailEntry e) {
        return new Assigned(e.actor(), e.unit(), e.at(), e.note());
    }
}
