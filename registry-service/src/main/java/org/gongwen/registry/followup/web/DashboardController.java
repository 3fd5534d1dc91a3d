package org.gongwen.registry.followup.web;

import static org.gongwen.registry.shared.web.RegistryResponses.blocking;
import static org.gongwen.registry.shared.web.RegistryResponses.person;
import static org.gongwen.registry.shared.web.RegistryResponses.refusal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.gongwen.registry.shared.domain.Refusals;
import org.gongwen.kernel.WorkingCalendar;
import org.gongwen.registry.followup.application.Holdings;
import org.gongwen.registry.followup.application.Holdings.Holding;
import org.gongwen.registry.shared.domain.Person;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The registry's half of the "五不" dashboard (不知道在哪里, 不知道谁在办, 不知道办了多久): every open 收文, delivery
 * awaiting 签收, 传阅 copy and 交办事项, who holds it, since when, its deadline on the office's calendar, overdue
 * first. For 主任, 局长 and the auditor, as review-service's dashboard; only what the caller is cleared for.
 */
@RestController
class DashboardController {

    private final Holdings holdings;
    private final WorkingCalendar calendar;
    private final Clock clock;

    DashboardController(Holdings holdings, WorkingCalendar calendar, Clock clock) {
        this.holdings = holdings;
        this.calendar = calendar;
        this.clock = clock;
    }

    record Item(String kind, UUID id, UUID documentId, String title, String classification, String holder,
                String holderKind, Instant since, long heldSeconds, Instant dueAt, long overdueSeconds) {
    }

    record Dashboard(Instant at, int total, long overdue, List<Item> items) {
    }

    @GetMapping("/api/registry/dashboard")
    Mono<Dashboard> dashboard(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String unit) {
        Person caller = person(jwt);
        if (!caller.roles().contains("DIRECTOR") && !caller.roles().contains("CHIEF")
                && !caller.roles().contains("AUDITOR")) {
            return Mono.error(refusal(Refusals.forbidden("dashboard-forbidden", "只有主任、局长和审计人员可以查看督办看板。",
                    "Only directors, chiefs and auditors see the dashboard.", "REG-DASH-1")));
        }
        return blocking(() -> {
            Instant now = clock.instant();
            List<Item> items = holdings.open(caller.clearance(), unit == null || unit.isBlank() ? null : unit.strip())
                    .stream().map(h -> item(h, now))
                    .sorted(Comparator.comparingLong(Item::overdueSeconds).reversed()
                            .thenComparing(Comparator.comparingLong(Item::heldSeconds).reversed()))
                    .toList();
            return new Dashboard(now, items.size(), items.stream().filter(i -> i.overdueSeconds() > 0).count(), items);
        });
    }

    private Item item(Holding h, Instant now) {
        Instant due = h.deadline() == null ? null : h.deadline().end(calendar);
        long overdue = due == null || !now.isAfter(due) ? 0 : Duration.between(due, now).toSeconds();
        return new Item(h.kind(), h.id(), h.documentId(), h.title(), h.classification().name(), h.holder(),
                h.holderKind(), h.since(), Math.max(0, Duration.between(h.since(), now).toSeconds()), due, overdue);
    }
}
