package org.gongwen.review.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongwen.events.DocumentIssued;
import org.gongwen.events.GongwenEvent;
import org.junit.jupiter.api.Test;

class ConcurrentDecisionsIT extends ReviewServiceIT {

    private static final Pattern NUMBER = Pattern.compile("江民发〔(\\d{4})〕([1-9]\\d*)号");

    /** Runs the calls at once (released together by a latch) and returns their HTTP statuses. */
    private static List<Integer> together(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (Callable<Integer> call : calls) {
                results.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private Callable<Integer> approval(String user, String documentId) {
        return () -> decide(user, documentId, "APPROVE", "同意", 1).returnResult(Void.class).getStatus().value();
    }

    @Test
    void ofTwoConcurrentApprovalsOfOneStepExactlyOneWins() throws Exception {
        String id = newDocumentId();
        submit(id, 1, "zhangwei");
        List<Integer> statuses = together(List.of(approval("sunli", id), approval("sunli", id)));
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        List<GongwenEvent> events = reviewEvents(id, 2);
        assertThat(events).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("ReviewChainAssigned", "ReviewStepApproved");
    }

    @Test
    void twentyConcurrentIssuancesGetTwentyConsecutiveNumbers() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String id = newDocumentId();
            publish(submitted(id, 1, "lina", null), java.util.UUID.randomUUID().toString());
            ids.add(id);
        }
        for (String id : ids) {
            awaitRound(id, 1);
            approveUpTo(id, 1, "zhaomin");
        }
        List<Integer> statuses = together(ids.stream().map(id -> approval("wangqiang", id)).toList());
        assertThat(statuses).containsOnly(200);

        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        List<Integer> sequences = new ArrayList<>();
        for (String id : ids) {
            String number = jdbc.sql("SELECT document_number FROM reviews WHERE document_id = ?").param(id)
                    .query(String.class).single();
            Matcher m = NUMBER.matcher(number);
            assertThat(m.matches()).as(number).isTrue();
            assertThat(Integer.parseInt(m.group(1))).isEqualTo(year);
            sequences.add(Integer.parseInt(m.group(2)));
        }
        // the year's counter is shared with other tests: what matters is that these twenty are contiguous
        int first = sequences.stream().min(Integer::compare).orElseThrow();
        assertThat(sequences).containsExactlyInAnyOrderElementsOf(
                java.util.stream.IntStream.range(first, first + 20).boxed().toList());
        DocumentIssued issued = (DocumentIssued) reviewEvents(ids.get(0), 3).get(2);
        assertThat(issued.documentNumber()).isEqualTo(jdbc.sql("SELECT document_number FROM reviews WHERE document_id = ?")
                .param(ids.get(0)).query(String.class).single());
    }
}
