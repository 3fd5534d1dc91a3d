package org.gongwen.registry.supervision.web;

import static org.gongwen.registry.shared.web.RegistryResponses.answer;
import static org.gongwen.registry.shared.web.RegistryResponses.blocking;
import static org.gongwen.registry.shared.web.RegistryResponses.notFound;
import static org.gongwen.registry.shared.web.RegistryResponses.page;
import static org.gongwen.registry.shared.web.RegistryResponses.person;
import static org.gongwen.registry.shared.web.RegistryResponses.size;
import static org.gongwen.registry.shared.web.RegistryResponses.withBody;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.gongwen.platform.web.problem.ProblemException;
import org.gongwen.platform.web.problem.Problems;
import org.gongwen.registry.shared.domain.Person;
import org.gongwen.kernel.WorkingCalendar;
import org.gongwen.registry.supervision.application.AssignedMatters;
import org.gongwen.registry.supervision.application.SupervisingMatters;
import org.gongwen.registry.supervision.domain.AssignedMatter;
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

/** 督办: leaders assign 交办事项, the 承办 unit reports and concludes; the list, earliest deadline first. */
@RestController
@RequestMapping("/api/registry/matters")
class MattersController {

    private final SupervisingMatters supervising;
    private final AssignedMatters matters;
    private final Clock clock;
    private final WorkingCalendar calendar;
    private final String officeUnit;

    MattersController(SupervisingMatters supervising, AssignedMatters matters, Clock clock, WorkingCalendar calendar,
                      @Value("${gongwen.registry.office-unit:BGS}") String officeUnit) {
        this.supervising = supervising;
        this.matters = matters;
        this.clock = clock;
        this.calendar = calendar;
        this.officeUnit = officeUnit;
    }

    /** SUP-ASSIGN-1: {@code {"source", "sourceDocumentId", "matter", "unit", "deadline"}}; 201. */
    @PostMapping
    Mono<ResponseEntity<MatterView>> assign(@AuthenticationPrincipal Jwt jwt, @RequestBody Mono<AssignBody> body) {
        Person leader = person(jwt);
        return withBody(body, b -> {
            MatterView assigned = answer(supervising.assign(b.source(), b.sourceDocumentId(), b.classification(), b.matter(), b.unit(),
                    b.deadline(), leader), this::view);
            return ResponseEntity.created(URI.create("/api/registry/matters/" + assigned.id())).body(assigned);
        });
    }

    /**
     * The 督办 list: leaders and the office see every matter, others their unit's, each only within their clearance
     * (SUP-CLEAR-1); {@code open=true}: not concluded.
     */
    @GetMapping
    Mono<List<MatterView>> list(@AuthenticationPrincipal Jwt jwt, @RequestParam(defaultValue = "false") boolean open,
                                @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "50") int size) {
        Person person = person(jwt);
        int p = page(page);
        int s = size(size);
        String unit = seesAll(person) ? null : person.unit();
        return blocking(() -> matters.list(person.clearance(), unit, open, p, s).stream().map(this::view).toList());
    }

    @GetMapping("/{id}")
    Mono<MatterView> one(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        Person person = person(jwt);
        return blocking(() -> matters.find(id)
                .filter(m -> m.visibleTo(person, officeUnit))
                .map(this::view)
                .orElseThrow(() -> notFound("matter")));
    }

    /** SUP-PROGRESS-1: {@code {"progress": "..."}}. */
    @PostMapping("/{id}/reports")
    Mono<MatterView> report(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
                            @RequestBody Mono<ReportBody> body) {
        Person reporter = person(jwt);
        return withBody(body, b -> answer(supervising.report(id, reporter, b.progress()), this::view));
    }

    /** SUP-DONE-1: {@code {"result": "..."}}. */
    @PostMapping("/{id}/conclusion")
    Mono<MatterView> conclude(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
                              @RequestBody Mono<ConclusionBody> body) {
        Person handler = person(jwt);
        return withBody(body, b -> answer(supervising.conclude(id, handler, b.result()), this::view));
    }

    private MatterView view(AssignedMatter matter) {
        return MatterView.of(matter, clock.instant(), calendar);
    }

    private boolean seesAll(Person person) {
        return person.isLeader() || person.belongsTo(officeUnit);
    }

    /** {@code classification}: 绝密/机密/秘密, absent 非密; never below the source document's (SUP-ASSIGN-2). */
    record AssignBody(AssignedMatter.Source source, UUID sourceDocumentId, String classification, String matter,
                      String unit, LocalDate deadline) {

        AssignBody {
            if (source == null) {
                throw new ProblemException(Problems.malformedRequest("source is INSTRUCTION, MEETING or AD_HOC"));
            }
        }
    }

    record ReportBody(String progress) {
    }

    record ConclusionBody(String result) {
    }
}
