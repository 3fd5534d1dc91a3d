package org.gongwen.archive.amendment.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.gongwen.archive.amendment.application.AmendingRecord;
import org.gongwen.archive.amendment.domain.Amendment;
import org.gongwen.archive.shared.domain.Correction;
import org.gongwen.archive.shared.domain.LegalHold;
import org.gongwen.archive.shared.domain.RecordMetadata;
import org.gongwen.kernel.Refusal;
import org.gongwen.archive.shared.web.Readers;
import org.gongwen.platform.web.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** 档案更正, 法律保全 and 销毁鉴定: the record never changes, new linked entries do the talking. */
@RestController
@RequestMapping("/api/archive/records/{documentId}")
class AmendmentsController {

    record CorrectionRequest(String field, String value, String reason) {
    }

    record ReasonRequest(String reason) {
    }

    record CorrectionView(String id, String field, String previousValue, String newValue, String reason, String actor,
                          String actorName, Instant at) {
        static CorrectionView of(Correction c) {
            return new CorrectionView(c.id().toString(), c.field().wireName(), c.previousValue(), c.newValue(),
                    c.reason(), c.actor(), c.actorName(), c.at());
        }
    }

    record HoldView(String id, boolean held, String reason, String actor, Instant at) {
        static HoldView of(LegalHold h) {
            return new HoldView(h.id().toString(), h.held(), h.reason(), h.actor(), h.at());
        }
    }

    record MetadataView(String documentId, String retention, Integer pageCount, String note, boolean legalHold) {
    }

    record DisposalView(String documentId, boolean eligible, LocalDate retentionEnds, boolean legalHold,
                        List<BlockerView> blockers) {
    }

    /** Why a record may not be disposed of yet: the refusal's code and both messages, nothing more. */
    record BlockerView(String code, String messageZh, String messageEn) {
        static BlockerView of(Refusal blocker) {
            return new BlockerView(blocker.code(), blocker.messageZh(), blocker.messageEn());
        }
    }

    private final AmendingRecord amending;

    AmendmentsController(AmendingRecord amending) {
        this.amending = amending;
    }

    @PostMapping("/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<CorrectionView> correct(@AuthenticationPrincipal Jwt jwt, @PathVariable String documentId,
                                 @RequestBody(required = false) CorrectionRequest body) {
        Readers.requireConsulting(jwt);
        CorrectionRequest request = body == null ? new CorrectionRequest(null, null, null) : body;
        return Readers.blocking(() -> CorrectionView.of(done(amending.correct(actor(jwt),
                Readers.clearance(jwt), documentId, request.field(), request.value(), request.reason()), documentId)));
    }

    @PostMapping("/legal-hold")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<HoldView> hold(@AuthenticationPrincipal Jwt jwt, @PathVariable String documentId,
                        @RequestBody(required = false) ReasonRequest body) {
        return hold(jwt, documentId, body, true);
    }

    @PostMapping("/legal-hold/release")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<HoldView> release(@AuthenticationPrincipal Jwt jwt, @PathVariable String documentId,
                           @RequestBody(required = false) ReasonRequest body) {
        return hold(jwt, documentId, body, false);
    }

    /** The metadata as it stands after corrections, with every correction and hold entry in order. */
    @GetMapping("/amendments")
    Mono<java.util.Map<String, Object>> amendments(@AuthenticationPrincipal Jwt jwt, @PathVariable String documentId) {
        Readers.requireConsulting(jwt);
        return Readers.blocking(() -> {
            AmendingRecord.History history = amending.history(Readers.clearance(jwt), documentId)
                    .orElseThrow(() -> Readers.notFound(documentId));
            RecordMetadata m = history.metadata();
            return java.util.Map.of(
                    "metadata", new MetadataView(documentId, m.retention().code(), m.pageCount(), m.note(), m.legalHold()),
                    "corrections", history.corrections().stream().map(CorrectionView::of).toList(),
                    "legalHolds", history.holds().stream().map(HoldView::of).toList(),
                    "archivalStamp", history.stamp());
        });
    }

    @GetMapping("/disposal")
    Mono<DisposalView> disposal(@AuthenticationPrincipal Jwt jwt, @PathVariable String documentId) {
        Readers.requireConsulting(jwt);
        return Readers.blocking(() -> amending.disposal(Readers.clearance(jwt), documentId)
                .map(d -> new DisposalView(documentId, d.eligible(), d.retentionEnds(), d.legalHold(),
                        d.blockers().stream().map(BlockerView::of).toList()))
                .orElseThrow(() -> Readers.notFound(documentId)));
    }

    private Mono<HoldView> hold(Jwt jwt, String documentId, ReasonRequest body, boolean held) {
        Readers.requireConsulting(jwt);
        String reason = body == null ? null : body.reason();
        return Readers.blocking(() -> HoldView.of(done(amending.hold(actor(jwt), Readers.clearance(jwt),
                documentId, held, reason), documentId)));
    }

    static Amendment.Actor actor(Jwt jwt) {
        Caller caller = Caller.from(jwt);
        return new Amendment.Actor(caller.username(), caller.name(), caller.roles());
    }

    private static <T> T done(AmendingRecord.AmendmentOutcome<T> result, String documentId) {
        if (result instanceof AmendingRecord.Done<T> done) {
            return done.value();
        }
        if (result instanceof AmendingRecord.Refused<T> refused) {
            throw Readers.refused(refused.refusal());
        }
        throw Readers.notFound(documentId);
    }
}
