package org.gongwen.loaddriver;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongwen.loaddriver.GatewayClient.Answer;
import tools.jackson.databind.JsonNode;

/**
 * One 请示 from draft to archive, as its people would do it: the drafter creates and submits it, each level of
 * its chain approves once the document has reached that level (the review-service learns of the submission
 * and of each decision through events, so the reviewer looks until it is there), and after 签发 (the last
 * approval) the archivist 周慎 looks until the record can be read. Every look is a real, timed API call.
 */
final class DocumentLifecycle {

    /** Who drafts, and the chain the demo organisation gives their drafts (contract §1, as in chaos-tests). */
    static final Map<String, List<String>> CHAINS = Map.of(
            "zhangwei", List.of("sunli", "zhaomin", "wangqiang"),
            "lina", List.of("zhaomin", "wangqiang"),
            "qianxiao", List.of("sunli", "zhaomin", "wangqiang"));
    static final List<String> DRAFTERS = List.of("zhangwei", "lina", "qianxiao");
    /** AUDITOR: may read every archived record. */
    private static final String ARCHIVIST = "zhoushen";

    private static final Set<Integer> CREATED = Set.of(201);
    private static final Set<Integer> ACCEPTED = Set.of(202);
    private static final Set<Integer> OK = Set.of(200);
    /** While an event is on its way the resource is not there yet: 404 is an expected answer to a look. */
    private static final Set<Integer> OK_OR_NOT_YET = Set.of(200, 404);

    private final GatewayClient client;
    private final Duration pollInterval;
    private final Duration waitLimit;
    private final Duration thinkTime;

    DocumentLifecycle(GatewayClient client, Duration pollInterval, Duration waitLimit, Duration thinkTime) {
        this.client = client;
        this.pollInterval = pollInterval;
        this.waitLimit = waitLimit;
        this.thinkTime = thinkTime;
    }

    /** Runs one document through its whole life; throws {@link LifecycleFailed} at the first step that fails. */
    void run(String drafter, String title) {
        long started = System.nanoTime();
        String id = create(drafter, title);
        think();
        Answer submitted = client.call("POST /api/drafts/{id}/submit", "POST", "/api/drafts/" + id + "/submit",
                drafter, null, ACCEPTED);
        require(submitted.is(202), "submit " + id, submitted);
        List<String> chain = CHAINS.get(drafter);
        long issued = 0;
        for (int level = 1; level <= chain.size(); level++) {
            think();
            approve(chain.get(level - 1), id, level);
            issued = System.nanoTime();
        }
        awaitArchived(id);
        client.stats().issuedToArchive(System.nanoTime() - issued);
        client.stats().lifecycle(System.nanoTime() - started);
    }

    private String create(String drafter, String title) {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("docType", "请示");
        draft.put("title", title);
        draft.put("mainRecipients", List.of("江城市财政局"));
        draft.put("body", "江城市财政局：\n    为保障城乡困难群众基本生活，我局测算全年需救助资金3860万元，现申请列入市级财政预算。\n    妥否，请批示。");
        draft.put("direction", "上行");
        draft.put("remarks", "（联系人：张伟，电话：0000-0000000）");
        Answer created = client.call("POST /api/drafts", "POST", "/api/drafts", drafter, draft, CREATED);
        require(created.is(201) && created.text("id") != null, "create " + title, created);
        return created.text("id");
    }

    private void approve(String reviewer, String id, int level) {
        long deadline = System.nanoTime() + waitLimit.toNanos();
        while (true) {
            Answer review = client.call("GET /api/reviews/{id}", "GET", "/api/reviews/" + id, reviewer, null,
                    OK_OR_NOT_YET);
            if (review.is(200) && "IN_REVIEW".equals(review.text("status")) && currentLevel(review) == level) {
                Map<String, Object> decision = Map.of("decision", "APPROVE", "opinion", "同意",
                        "revision", revision(review));
                Answer decided = client.call("POST /api/reviews/{id}/decisions", "POST",
                        "/api/reviews/" + id + "/decisions", reviewer, decision, OK);
                if (decided.is(200)) {
                    return;
                }
            }
            pause(deadline, reviewer + " approves " + id + " at level " + level, review);
        }
    }

    private void awaitArchived(String id) {
        long deadline = System.nanoTime() + waitLimit.toNanos();
        while (true) {
            Answer record = client.call("GET /api/archive/records/{id}", "GET", "/api/archive/records/" + id,
                    ARCHIVIST, null, OK_OR_NOT_YET);
            if (record.is(200)) {
                return;
            }
            pause(deadline, "archive record of " + id, record);
        }
    }

    private static int currentLevel(Answer review) {
        JsonNode level = review.body().get("currentLevel");
        return level == null ? -1 : level.asInt();
    }

    private static int revision(Answer review) {
        JsonNode revision = review.body().get("revision");
        return revision == null ? 1 : revision.asInt();
    }

    /**
     * A person reads before acting: without think time every drafter fires its next call the moment the last one
     * answers, and 50 of them saturate any box (the latency then only says how long the queue is).
     */
    private void think() {
        if (thinkTime.isZero()) {
            return;
        }
        try {
            Thread.sleep(thinkTime.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LifecycleFailed("interrupted while thinking");
        }
    }

    private void pause(long deadline, String what, Answer last) {
        if (System.nanoTime() > deadline) {
            throw new LifecycleFailed("not within " + waitLimit.toSeconds() + " s: " + what + " (last answer HTTP "
                    + last.status() + ")");
        }
        try {
            Thread.sleep(pollInterval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LifecycleFailed("interrupted: " + what);
        }
    }

    private static void require(boolean condition, String what, Answer answer) {
        if (!condition) {
            throw new LifecycleFailed(what + ": HTTP " + answer.status() + " " + answer.body());
        }
    }

    static final class LifecycleFailed extends RuntimeException {
        LifecycleFailed(String message) {
            super(message);
        }
    }
}
