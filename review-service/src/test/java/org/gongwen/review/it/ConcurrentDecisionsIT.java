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
    void ofAHundredConcurrentDecisionsOnOneStepExactlyOneWinsAndTheRestAre409() throws Exception {
        String id = newDocumentId();
        submit(id, 1, "zhangwei");
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            calls.add(i % 2 == 0 ? approval("sunli", id)
                    : () -> decide("sunli", id, "RETURN", "请修改", 1).returnResult(Void.class).getStatus().value());
        }
        List<Integer> statuses = together(calls);
        assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(1);
        assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(99);
        List<GongwenEvent> events = reviewEvents(id, 2);
        assertThat(events.get(0).getClass().getSimpleName()).isEqualTo("ReviewChainAssigned");
        assertThat(jdbc.sql("SELECT count(*) FROM review_acts WHERE document_id = ?").param(id).query(Long.class)
                .single()).as("one decision recorded").isEqualTo(1);
    }

    /**
     * 200 concurrent 签发 under a 代字 of their own (GB-NO-2: gap-free per 代字 and year): numbers 1..200, each once.
     * The ITs of this JVM run one after another, so switching the 代字 for this test touches no other test.
     */
    @Test
    void twoHundredConcurrentIssuancesGetNumbersOneToTwoHundredWithoutGapOrDuplicate() throws Exception {
        String code = "江民测" + Integer.toString((int) (System.nanoTime() % 46656), 36) + "发";
        String before = jdbc.sql("SELECT value FROM organisation_settings WHERE key = 'agency_code'")
                .query(String.class).single();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String id = newDocumentId();
            publish(submitted(id, 1, "lina", null), java.util.UUID.randomUUID().toString());
            ids.add(id);
        }
        for (String id : ids) {
            awaitRound(id, 1);
            approveUpTo(id, 1, "zhaomin");
        }
        jdbc.sql("UPDATE organisation_settings SET value = ? WHERE key = 'agency_code'").param(code).update();
        try {
            long started = System.nanoTime();
            List<Integer> statuses = together(ids.stream().map(id -> approval("wangqiang", id)).toList());
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(statuses).containsOnly(200);
            org.slf4j.LoggerFactory.getLogger(getClass()).info("200 concurrent 签发 took {} ms", millis);
        } finally {
            jdbc.sql("UPDATE organisation_settings SET value = ? WHERE key = 'agency_code'").param(before).update();
        }
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        Pattern own = Pattern.compile(Pattern.quote(code) + "〔" + year + "〕([1-9]\\d*)号");
        List<Integer> sequences = new ArrayList<>();
        for (String id : ids) {
            String number = jdbc.sql("SELECT document_number FROM reviews WHERE document_id = ?").param(id)
                    .query(String.class).single();
            Matcher m = own.matcher(number);
            assertThat(m.matches()).as(number).isTrue();
            sequences.add(Integer.parseInt(m.group(1)));
        }
        assertThat(sequences).containsExactlyInAnyOrderElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 200).boxed().toList());
        DocumentIssued issued = (DocumentIssued) reviewEvents(ids.get(0), 3).get(2);
        assertThat(issued.documentNumber()).isEqualTo(jdbc.sql("SELECT document_number FROM reviews WHERE document_id = ?")
                .param(ids.get(0)).query(String.class).single());
    }
}
