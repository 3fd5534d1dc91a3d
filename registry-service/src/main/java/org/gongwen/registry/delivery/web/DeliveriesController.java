package org.gongwen.registry.delivery.web;

import static org.gongwen.registry.shared.web.RegistryResponses.blocking;
import static org.gongwen.registry.shared.web.RegistryResponses.notFound;
import static org.gongwen.registry.shared.web.RegistryResponses.page;
import static org.gongwen.registry.shared.web.RegistryResponses.person;
import static org.gongwen.registry.shared.web.RegistryResponses.refusal;
import static org.gongwen.registry.shared.web.RegistryResponses.size;
import static org.gongwen.registry.shared.web.RegistryResponses.withBody;
import static org.gongwen.registry.shared.web.RegistryResponses.answer;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.gongwen.registry.shared.domain.Refusals;
import org.gongwen.registry.delivery.application.DeliveryQueries;
import org.gongwen.registry.delivery.application.DistributingDocuments;
import org.gongwen.registry.delivery.domain.Delivery;
import org.gongwen.registry.shared.domain.Person;
import org.springframework.beans.factory.annotation.Value;
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

/** 分发: a unit's deliveries to 签收 or 退回, the office's outside copies to send (docs/registry-api.md). */
@RestController
@RequestMapping("/api/registry/deliveries")
class DeliveriesController {

    private final DistributingDocuments distributing;
    private final DeliveryQueries queries;
    private final Clock clock;
    private final String officeUnit;

    DeliveriesController(DistributingDocuments distributing, DeliveryQueries queries, Clock clock,
                         @Value("${gongwen.registry.office-unit:BGS}") String officeUnit) {
        this.distributing = distributing;
        this.queries = queries;
        this.clock = clock;
        this.officeUnit = officeUnit;
    }

    /** The caller's unit's deliveries, newest first; {@code pending=true}: only those awaiting 签收. */
    @GetMapping
    Mono<List<DeliveryView>> mine(@AuthenticationPrincipal Jwt jwt,
                                  @RequestParam(defaultValue = "false") boolean pending,
                                  @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "50") int size) {
        Person person = person(jwt);
        int p = page(page);
        int s = size(size);
        return blocking(() -> queries.forUnit(person.unit(), person.clearance(), pending, p, s).stream()
                .map(d -> DeliveryView.of(d, clock.instant())).toList());
    }

    /** Outside organs' copies, for the office (DLV-SEND-1); {@code pending=true}: only those still to send. */
    @GetMapping("/outgoing")
    Mono<List<DeliveryView>> outgoing(@AuthenticationPrincipal Jwt jwt,
                                      @RequestParam(defaultValue = "false") boolean pending,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "50") int size) {
        Person person = person(jwt);
        if (!person.belongsTo(officeUnit)) {
            return Mono.error(refusal(Refusals.forbidden("delivery-send-not-office",
                    "外发公文由办公室机要员寄发。", "Outside copies are sent by the office's confidential clerk.", "DLV-SEND-1")));
        }
        int p = page(page);
        int s = size(size);
        return blocking(() -> queries.external(person.clearance(), pending, p, s).stream()
                .map(d -> DeliveryView.of(d, clock.instant())).toList());
    }

    /** One delivery, for its receiving unit and the office; above the caller's clearance it is not found. */
    @GetMapping("/{id}")
    Mono<DeliveryView> one(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        Person person = person(jwt);
        return blocking(() -> queries.find(id)
                .filter(d -> person.isClearedFor(d.classification()))
                .filter(d -> person.belongsTo(officeUnit) || d.unit() != null && person.belongsTo(d.unit()))
                .map(d -> DeliveryView.of(d, clock.instant()))
                .orElseThrow(() -> notFound("delivery")));
    }

    /** 签收 (DLV-SIGN-1..3). */
    @PostMapping("/{id}/sign")
    Mono<DeliveryView> sign(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        Person person = person(jwt);
        return blocking(() -> answer(distributing.sign(id, person), this::view));
    }

    /** 退回 with a reason (DLV-RETURN-1): {@code {"reason": "送错"}}. */
    @PostMapping("/{id}/return")
    Mono<DeliveryView> sendBack(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
                                @RequestBody Mono<ReasonBody> body) {
        Person person = person(jwt);
        return withBody(body, b -> answer(distributing.sendBack(id, person, b.reason()),
                this::view));
    }

    /** An outside copy sent by the office's clerk (DLV-SEND-1, DLV-SEND-2): {@code {"channel": "机要交通"}}. */
    @PostMapping("/{id}/sent")
    Mono<DeliveryView> markSent(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
                                @RequestBody Mono<ChannelBody> body) {
        Person person = person(jwt);
        return withBody(body, b -> answer(distributing.markSent(id, person, b.channel()),
                this::view));
    }

    private DeliveryView view(Delivery delivery) {
        return DeliveryView.of(delivery, clock.instant());
    }

    record ReasonBody(String reason) {
    }

    record ChannelBody(String channel) {
    }
}
