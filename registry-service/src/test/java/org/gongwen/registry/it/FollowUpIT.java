package org.gongwen.registry.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.gongwen.events.GongwenEvent;
import org.gongwen.events.RegistryEscalated;
import org.gongwen.events.RegistryReminderDue;
import org.gongwen.kernel.Transactions;
import org.gongwen.kernel.WorkingCalendar;
import org.gongwen.registry.followup.application.FollowUps;
import org.gongwen.registry.followup.application.FollowingUpItems;
import org.gongwen.registry.followup.domain.FollowUpPolicy;
import org.gongwen.registry.shared.application.RegistryEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 催办 on the real database and broker, as the runtime role: a 交办事项 past its deadline is urged once per working day
 * (REG-URGE-3), escalated once to the leader who assigned it (REG-URGE-4), and two sweeps at once (two instances)
 * record and publish each notice once.
 */
class FollowUpIT extends RegistryServiceIT {

    @Autowired
    FollowUps followUps;
    @Autowired
    RegistryEvents events;
    @Autowired
    Transactions tx;
    @Autowired
    WorkingCalendar calendar;

    /** A sweep as the scheduler runs it, on a clock stopped at {@code now}. */
    FollowingUpItems sweepAt(Instant now) {
        return new FollowingUpItems(followUps, events, tx, calendar, FollowUpPolicy.DEFAULT,
                Clock.fixed(now, WorkingCalendar.ZONE));
    }

    String matterDueToday() {
        Map<String, Object> matter = SupervisionIT.matter("MEETING", "SHJZ");
        matter.put("deadline", TODAY.toString());
        return post("wangqiang", "/api/registry/matters", matter).expectStatus().isCreated()
                .returnResult(Void.class).getResponseHeaders().getLocation().getPath().replaceAll(".*/", "");
    }

    List<Map<String, Object>> noticesOf(String id) {
        return jdbc.sql("SELECT kind, day, escalated_to FROM followup_notices WHERE item_id = CAST(? AS uuid) ORDER BY at, kind")
                .param(id).query().listOfRows();
    }

    /** 10:00 on the first working day after the deadline's (last) day, and the working day after that. */
    Instant firstOverdueDay() {
        return calendar.nextWorkingDayStart(calendar.endOfDeadline(TODAY).minusSeconds(1)).plusSeconds(36_000);
    }

    @Test
    void REG_URGE_3_and_4_overdueIsUrgedOncePerWorkingDayAndEscalatedOnceToTheLeader() {
        String id = matterDueToday();
        Instant dayOne = firstOverdueDay();
        Instant dayTwo = calendar.nextWorkingDayStart(dayOne).plusSeconds(36_000);

        sweepAt(dayOne).runDue();
        sweepAt(dayOne.plusSeconds(3_600)).runDue();
        assertThat(noticesOf(id)).extracting(r -> r.get("kind")).containsExactly("OVERDUE");

        sweepAt(dayTwo).runDue();
        assertThat(noticesOf(id)).extracting(r -> r.get("kind")).containsExactly("OVERDUE", "ESCALATED", "OVERDUE");
        assertThat(noticesOf(id)).extracting(r -> r.get("escalated_to")).contains("wangqiang");

        List<GongwenEvent> sent = registryEvents(id, 3);
        assertThat(sent).hasSize(3);
        assertThat(sent).filteredOn(e -> e instanceof RegistryReminderDue)
                .allSatisfy(e -> assertThat(((RegistryReminderDue) e).kind()).isEqualTo("OVERDUE"))
                .allSatisfy(e -> assertThat(((RegistryReminderDue) e).itemKind()).isEqualTo("MATTER"));
        assertThat(sent).filteredOn(e -> e instanceof RegistryEscalated).singleElement()
                .satisfies(e -> assertThat(((RegistryEscalated) e).escalatedTo()).isEqualTo("wangqiang"));
    }

    @Test
    void aConcludedMatterIsNotUrged() {
        String id = matterDueToday();
        post("zhangwei", "/api/registry/matters/{id}/conclusion", Map.of("result", "已办结。"), id)
                .expectStatus().isOk();
        sweepAt(firstOverdueDay()).runDue();
        assertThat(noticesOf(id)).isEmpty();
    }

    @Test
    void twoInstancesSweepingAtOnceSendEachNoticeOnce() throws Exception {
        List<String> ids = List.of(matterDueToday(), matterDueToday(), matterDueToday());
        Instant dayOne = firstOverdueDay();
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> sweeps = List.of(1, 2).stream().map(n -> CompletableFuture.supplyAsync(() -> {
            try {
                together.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return sweepAt(dayOne).runDue();
        })).toList();
        for (CompletableFuture<Integer> sweep : sweeps) {
            sweep.get();
        }
        for (String id : ids) {
            assertThat(noticesOf(id)).extracting(r -> r.get("kind")).containsExactly("OVERDUE");
            assertThat(jdbc.sql("""
                            SELECT count(*) FROM outbox WHERE message_key = ? AND event_type = 'gongwen.registry.reminder-due.v1'""")
                    .param(id).query(Long.class).single()).isEqualTo(1);
        }
    }

    @Test
    void aDeliveryNotSignedForInTimeIsUrgedOnTheCalendar() {
        String documentId = UUID.randomUUID().toString();
        // times on the calendar, not the wall clock: a 签收 due at 01:00 of a working day, swept at 10:00 the same day,
        // is overdue and not yet escalated (REG-URGE-4: a working day later) whatever hour the test runs at. Due an
        // hour before the wall clock, it was escalated too when the test ran between midnight and 10:00 Beijing time.
        Instant workingDayStart = calendar.nextWorkingDayStart(Instant.now());
        Instant signingDue = workingDayStart.plusSeconds(3_600);
        Instant workingNow = workingDayStart.plusSeconds(36_000);
        // made by hand, as distribution would have
        jdbc.sql("""
                        INSERT INTO deliveries (id, document_id, position, document_number, title, classification,
                                                recipient, unit, role, route, status, created_at, signing_due)
                        VALUES (gen_random_uuid(), CAST(? AS uuid), 0, '江民发〔2026〕9号', '通知', '非密', '社会救助科',
                                'SHJZ', 'MAIN', 'INTERNAL', 'AWAITING_SIGNATURE', ?, ?)""")
                .params(documentId, java.sql.Timestamp.from(signingDue.minusSeconds(86_400 * 3)),
                        java.sql.Timestamp.from(signingDue))
                .update();
        sweepAt(workingNow).runDue();
        List<GongwenEvent> sent = registryEvents(documentId, 1);
        assertThat(sent).singleElement().isInstanceOfSatisfying(RegistryReminderDue.class, e -> {
            assertThat(e.itemKind()).isEqualTo("DELIVERY");
            assertThat(e.kind()).isEqualTo("OVERDUE");
            assertThat(e.holderUnit()).isEqualTo("SHJZ");
        });
    }
}
