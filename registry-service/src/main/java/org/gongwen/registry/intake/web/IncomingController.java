package org.gongwen.registry.intake.web;

import static org.gongwen.registry.shared.web.RegistryResponses.blocking;
import static org.gongwen.registry.shared.web.RegistryResponses.notFound;
import static org.gongwen.registry.shared.web.RegistryResponses.page;
import static org.gongwen.registry.shared.web.RegistryResponses.person;
import static org.gongwen.registry.shared.web.RegistryResponses.refusal;
import static org.gongwen.registry.shared.web.RegistryResponses.size;
import static org.gongwen.registry.shared.web.RegistryResponses.withBody;
import static org.gongwen.registry.shared.web.RegistryResponses.answer;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.gongwen.kernel.Refusal;
import org.gongwen.kernel.RuleViolation;
import org.gongwen.platform.web.problem.ProblemException;
import org.gongwen.platform.web.problem.Problems;
import org.gongwen.kernel.WorkingCalendar;
import org.gongwen.registry.intake.application.HandlingIncoming;
import org.gongwen.kernel.WorkingCalendar;
import org.gongwen.registry.intake.application.IncomingQueries;
import org.gongwen.registry.intake.domain.Assignment;
import org.gongwen.registry.intake.domain.IncomingDocument;
import org.gongwen.registry.intake.domain.Registration;
import org.gongwen.registry.shared.domain.Person;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** 收文: 登记, 初审, 拟办, 批办, 承办, 办结, and the lists with who holds each (docs/registry-api.md). */
@RestController
@RequestMapping("/api/registry/incoming")
class IncomingController {

    private final HandlingIncoming handling;
    private final IncomingQueries queries;
    private final Clock clock;
    private final WorkingCalendar calendar;
    private final String officeUnit;

    IncomingController(HandlingIncoming handling, IncomingQueries queries, Clock clock, WorkingCalendar calendar,
                       @Value("${gongwen.registry.office-unit:BGS}") String officeUnit) {
        this.handling = handling;
        this.queries = queries;
        this.clock = clock;
        this.calendar = calendar;
        this.officeUnit = officeUnit;
    }

    /** 登记 (RCV-REG-1..3): 201 with the 收文编号. */
    @PostMapping
    Mono<ResponseEntity<IncomingView>> register(@AuthenticationPrincipal Jwt jwt,
                                                @RequestBody Mono<RegistrationBody> body) {
        Person clerk = person(jwt);
        return withBody(body, b -> {
            IncomingView registered = answer(handling.register(b.registration(), clerk), this::view);
            return ResponseEntity.created(URI.create("/api/registry/incoming/" + registered.id())).body(registered);
        });
    }

    /**
     * 收文 newest first, with who holds each. The office and leaders see every one they are cleared for; anyone else
     * those their unit handles (主办 or 协办). {@code status}: one of the statuses.
     */
    @GetMapping
    Mono<List<IncomingView>> list(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String status,
                                  @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "50") int size) {
        Person person = person(jwt);
        String statusFilter = status(status);
        int p = page(page);
        int s = size(size);
        String unit = seesAll(person) ? null : person.unit();
        return blocking(() -> queries.list(person.clearance(), unit, statusFilter, p, s).stream()
                .map(this::view).toList());
    }

    @GetMapping("/{id}")
    Mono<IncomingView> one(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        Person person = person(jwt);
        return blocking(() -> queries.find(id)
                .filter(d -> person.isClearedFor(d.registration().classification()))
                .filter(d -> seesAll(person) || handles(d, person.unit()))
                .map(this::view)
                .orElseThrow(() -> notFound("incoming")));
    }

    /** 初审 passed. */
    @PostMapping("/{id}/accept")
    Mono<IncomingView> accept(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        Person clerk = person(jwt);
        return blocking(() -> answer(handling.accept(id, clerk), this::view));
    }

    /** 初审 failed: 退文 with the reasons (RCV-CHECK-1). */
    @PostMapping("/{id}/return")
    Mono<IncomingView> returnToSender(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
                                      @RequestBody Mono<ReasonBody> body) {
        Person clerk = person(jwt);
        return withBody(body, b -> answer(handling.returnToSender(id, clerk, b.reason()),
                this::view));
    }

    /** 拟办 (RCV-PROPOSE-1): {@code {"opinion": "..."}}. */
    @PostMapping("/{id}/proposal")
    Mono<IncomingView> propose(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
                               @RequestBody Mono<OpinionBody> body) {
        Person clerk = person(jwt);
        return withBody(body, b -> answer(handling.propose(id, clerk, b.opinion()), this::view));
    }

    /** 批办 (RCV-ASSIGN-1..3). */
    @PostMapping("/{id}/assignment")
    Mono<IncomingView> assign(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
                              @RequestBody Mono<AssignmentBody> body) {
        Person leader = person(jwt);
        return withBody(body, b -> answer(handling.assign(id, leader, b.assignment()),
                this::view));
    }

    /** 承办 asks for 转办 (RCV-HANDLE-2). */
    @PostMapping("/{id}/transfer-request")
    Mono<IncomingView> requestTransfer(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
                                       @RequestBody Mono<ReasonBody> body) {
        Person handler = person(jwt);
        return withBody(body, b -> answer(handling.requestTransfer(id, handler, b.reason()),
                this::view));
    }

    /** A leader grants a later deadline (RCV-HANDLE-3). */
    @PostMapping("/{id}/extension")
    Mono<IncomingView> extend(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
                              @RequestBody Mono<ExtensionBody> body) {
        Person leader = person(jwt);
        return withBody(body, b -> {
            if (b.deadline() == null) {
                throw refusal(Refusal.ruleViolation("incoming-extension-invalid", "请填写新的办理时限。",
                        "Give the new deadline.", "RCV-HANDLE-3", "deadline"));
            }
            return answer(handling.extendDeadline(id, leader, b.deadline(), b.reason()), this::view);
        });
    }

    /** 办结 with the result and any reply document (RCV-HANDLE-1). */
    @PostMapping("/{id}/conclusion")
    Mono<IncomingView> conclude(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
                                @RequestBody Mono<ConclusionBody> body) {
        Person handler = person(jwt);
        return withBody(body, b -> answer(handling.conclude(id, handler, b.result(),
                b.replyDocumentId()), this::view));
    }

    private IncomingView view(IncomingDocument document) {
        return IncomingView.of(document, officeUnit, clock.instant(), calendar);
    }

    private boolean seesAll(Person person) {
        return person.belongsTo(officeUnit) || person.isLeader();
    }

    private static boolean handles(IncomingDocument document, String unit) {
        Assignment a = document.assignment();
        return a != null && (a.leadUnit().equals(unit) || a.assistingUnits().contains(unit));
    }

    private static String status(String status) {
        if (status != null && Arrays.stream(IncomingDocument.Status.values()).noneMatch(s -> s.name().equals(status))) {
            throw new ProblemException(Problems.malformedRequest("status must be one of "
                    + Arrays.toString(IncomingDocument.Status.values())));
        }
        return status;
    }

    /** The 登记 form; a missing 收文日期 is a RCV-REG-1 finding like any other missing field. */
    record RegistrationBody(String senderOrgan, String senderNumber, String title, String classification,
                            String urgency, Integer copies, LocalDate receivedOn, LocalDate writtenOn) {

        Registration registration() {
            if (receivedOn == null) {
                throw refusal(new Refusal(Refusal.Kind.RULE_VIOLATION, "incoming-registration-invalid",
                        "收文登记信息不完整或有误。", "The registration is incomplete or wrong.", "RCV-REG-1",
                        List.of(RuleViolation.error("RCV-REG-1", "receivedOn", "请填写收文日期。",
                                "The date received is required."))));
            }
            return new Registration(orEmpty(senderOrgan), senderNumber, orEmpty(title), classification, urgency,
                    copies == null ? 0 : copies, receivedOn, writtenOn);
        }
    }

    record AssignmentBody(String leadUnit, List<String> assistingUnits, LocalDate deadline, String instruction) {

        Assignment assignment() {
            List<String> assisting = assistingUnits == null ? List.of() : assistingUnits;
            if (assisting.stream().anyMatch(Objects::isNull)) {
                throw new ProblemException(Problems.malformedRequest("assistingUnits must not contain null"));
            }
            return new Assignment(orEmpty(leadUnit), assisting, deadline, orEmpty(instruction));
        }
    }

    record ReasonBody(String reason) {
    }

    record OpinionBody(String opinion) {
    }

    record ExtensionBody(LocalDate deadline, String reason) {
    }

    record ConclusionBody(String result, UUID replyDocumentId) {
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
