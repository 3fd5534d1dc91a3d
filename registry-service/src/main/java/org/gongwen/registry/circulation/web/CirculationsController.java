package org.gongwen.registry.circulation.web;

import static org.gongwen.registry.shared.web.RegistryResponses.answer;
import static org.gongwen.registry.shared.web.RegistryResponses.blocking;
import static org.gongwen.registry.shared.web.RegistryResponses.notFound;
import static org.gongwen.registry.shared.web.RegistryResponses.person;
import static org.gongwen.registry.shared.web.RegistryResponses.withBody;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.gongwen.platform.web.problem.ProblemException;
import org.gongwen.platform.web.problem.Problems;
import org.gongwen.registry.circulation.application.CirculatingDocuments;
import org.gongwen.registry.circulation.application.Circulations;
import org.gongwen.registry.circulation.domain.Circulation;
import org.gongwen.registry.shared.domain.Person;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** 传阅 of a 收文: started by the office, read by each holder in turn or all at once (docs/registry-api.md). */
@RestController
class CirculationsController {

    private final CirculatingDocuments circulating;
    private final Circulations circulations;
    private final String officeUnit;

    CirculationsController(CirculatingDocuments circulating, Circulations circulations,
                           @Value("${gongwen.registry.office-unit:BGS}") String officeUnit) {
        this.circulating = circulating;
        this.circulations = circulations;
        this.officeUnit = officeUnit;
    }

    /** CIRC-START-1: {@code {"order": "SEQUENTIAL"|"PARALLEL", "readers": [usernames]}}; 201. */
    @PostMapping("/api/registry/incoming/{id}/circulations")
    Mono<ResponseEntity<CirculationView>> start(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
                                                @RequestBody Mono<StartBody> body) {
        Person clerk = person(jwt);
        return withBody(body, b -> {
            CirculationView started = answer(circulating.start(id, b.order(), b.readers(), clerk),
                    CirculationView::of);
            return ResponseEntity.created(URI.create("/api/registry/circulations/" + started.id())).body(started);
        });
    }

    /** 待阅: the rounds the caller holds now. */
    @GetMapping("/api/registry/circulations")
    Mono<List<CirculationView>> mine(@AuthenticationPrincipal Jwt jwt) {
        Person reader = person(jwt);
        return blocking(() -> circulations.heldBy(reader.username(), reader.clearance()).stream()
                .map(CirculationView::of).toList());
    }

    /** One round, for the office and its readers; above the caller's clearance it is not found. */
    @GetMapping("/api/registry/circulations/{id}")
    Mono<CirculationView> one(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        Person person = person(jwt);
        return blocking(() -> circulations.find(id)
                .filter(c -> person.isClearedFor(c.classification()))
                .filter(c -> person.belongsTo(officeUnit) || c.readingOf(person.username()).isPresent())
                .map(CirculationView::of)
                .orElseThrow(() -> notFound("circulation")));
    }

    /**
     * The 批示 on a 收文 (CIRC-SHOW-1): the 批办 and the readings' 批示, for the office, leaders and the units that
     * handle it (主办, 协办), within their clearance; anyone else finds nothing (404).
     */
    @GetMapping("/api/registry/incoming/{id}/instructions")
    Mono<InstructionsView> instructions(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        Person person = person(jwt);
        return blocking(() -> circulating.instructions(id, person).map(InstructionsView::of)
                .orElseThrow(() -> notFound("incoming")));
    }

    /** 阅毕 with any 批示 (CIRC-READ-1, CIRC-READ-2): {@code {"instruction": "..."}}. */
    @PostMapping("/api/registry/circulations/{id}/reading")
    Mono<CirculationView> read(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
                               @RequestBody Mono<ReadingBody> body) {
        Person reader = person(jwt);
        return withBody(body, b -> answer(circulating.read(id, reader, b.instruction()), CirculationView::of));
    }

    record StartBody(Circulation.Order order, List<String> readers) {

        StartBody {
            if (order == null || readers == null || readers.stream().anyMatch(Objects::isNull)) {
                throw new ProblemException(Problems.malformedRequest("order and readers (usernames) are required"));
            }
        }
    }

    record ReadingBody(String instruction) {
    }
}
