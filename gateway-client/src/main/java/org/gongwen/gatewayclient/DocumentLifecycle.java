package org.gongwen.gatewayclient;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongwen.gatewayclient.GatewayClient.Response;
import tools.jackson.databind.JsonNode;

/**
 * One 请示 from draft to 签发 (and, if asked, to the archive), as its people would do it through the gateway: the
 * drafter creates and submits it, each level of its chain approves once the document has reached that level (the
 * review-service learns of the submission and of each decision through events, so the reviewer looks until it is
 * there), and after 签发 the archivist 周慎 looks until the record can be read. Every call is named after its path
 * template ("GET /api/reviews/{id}") for the client's observer.
 *
 * <p>{@link Options#failFast} (load-driver): a refused step fails the document at once. {@link Options#recovering}
 * (chaos-tests): a failed step is tried again until its deadline, and every step is decided from the state the suite
 * reports, never from what the driver believes it did — an answer lost in a crash (the change committed, the
 * response never arrived) is recognised on the next look instead of being done twice.
 */
public final class DocumentLifecycle {

    /** Who drafts, and the chain the demo organisation gives their drafts (contract §1). */
    public static final Map<String, List<String>> CHAINS = Map.of(
            "zhangwei", List.of("sunli", "zhaomin", "wangqiang"),
            "lina", List.of("zhaomin", "wangqiang"),
            "qianxiao", List.of("sunli", "zhaomin", "wangqiang"));
    public static final List<String> DRAFTERS = List.of("zhangwei", "lina", "qianxiao");
    /** AUDITOR: may read every archived record. */
    public static final String ARCHIVIST = "zhoushen";

    /**
     * @param pollInterval       pause between looks (and between attempts at a failed step)
     * @param waitLimit          longest wait for one step before the document fails
     * @param thinkTime          a person's pause before each action (create, submit, each approval); {@link ThinkTime#NONE}
     * @param recoverLostAnswers retry a failed create/submit/decision, looking first whether it went through
     * @param awaitArchive       after 签发, wait until the archive record can be read
     */
    public record Options(Duration pollInterval, Duration waitLimit, ThinkTime thinkTime, boolean recoverLostAnswers,
                          boolean awaitArchive) {

        /** Every step must succeed the first time; waits for the archive. */
        public static Options failFast(Duration pollInterval, Duration waitLimit, ThinkTime thinkTime) {
            return new Options(pollInterval, waitLimit, thinkTime, false, true);
        }

        /** Servers die under the driver: failed steps are retried until {@code stepDeadline}; up to 签发 only. */
        public static Options recovering(Duration pollInterval, Duration stepDeadline) {
            return new Options(pollInterval, stepDeadline, ThinkTime.NONE, true, false);
        }
    }

    /** A finished document and its times ({@link System#nanoTime()}); archived is 0 unless it was awaited. */
    public record Result(String id, long started, long issued, long archived) {

        public long issuedToArchiveNanos() {
            return archived - issued;
        }

        public long lifecycleNanos() {
            return archived - started;
        }
    }

    /** A document that did not get through one of its steps. */
    public static final class LifecycleFailed extends IllegalStateException {
        public LifecycleFailed(String message) {
            super(message);
        }
    }

    private final GatewayClient client;
    private final Options options;

    public DocumentLifecycle(GatewayClient client, Options options) {
        this.client = client;
        this.options = options;
    }

    /** The 请示 every driven document is (only the title differs). */
    public static Map<String, Object> 请示(String title) {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("docType", "请示");
        draft.put("title", title);
        draft.put("mainRecipients", List.of("江城市财政局"));
        draft.put("body", "江城市财政局：\n    为保障城乡困难群众基本生活，我局测算全年需救助资金3860万元，现申请列入市级财政预算。\n    妥否，请批示。");
        draft.put("direction", "上行");
        draft.put("remarks", "（联系人：张伟，电话：0000-0000000）");
        return draft;
    }

    /** Runs one document (a unique title) through its life; throws {@link LifecycleFailed} at a step that fails. */
    public Result run(String drafter, String title) {
        think();
        long started = System.nanoTime();
        String id = create(drafter, title);
        think();
        submit(drafter, id);
        List<String> chain = CHAINS.get(drafter);
        long issued = 0;
        for (int level = 1; level <= chain.size(); level++) {
            think();
            approve(chain.get(level - 1), id, level);
            issued = System.nanoTime();
        }
        if (!options.awaitArchive()) {
            return new Result(id, started, issued, 0);
        }
        awaitArchived(id);
        return new Result(id, started, issued, System.nanoTime());
    }

    private String create(String drafter, String title) {
        long deadline = deadline();
        while (true) {
            Response created = client.call("POST /api/drafts", "POST", "/api/drafts", drafter, 请示(title));
            if (created.is(201) && created.text("id") != null) {
                return created.text("id");
            }
            require(options.recoverLostAnswers(), "create " + title, created);
            // maybe it was created and only the answer was lost: the title is unique, look for it
            String existing = findOwnDraft(drafter, title);
            if (existing != null) {
                return existing;
            }
            pause(deadline, "create " + title, created);
        }
    }

    private String findOwnDraft(String drafter, String title) {
        for (int page = 0; page < 100; page++) {
            Response list = client.call("GET /api/drafts", "GET", "/api/drafts?page=" + page + "&size=100", drafter,
                    null);
            if (!list.is(200)) {
                return null;
            }
            JsonNode items = list.body().get("items");
            for (JsonNode item : items) {
                if (title.equals(item.get("title").asString())) {
                    return item.get("id").asString();
                }
            }
            if (items.size() < 100) {
                return null;
            }
        }
        return null;
    }

    private void submit(String drafter, String id) {
        long deadline = deadline();
        while (true) {
            Response submitted = client.call("POST /api/drafts/{id}/submit", "POST", "/api/drafts/" + id + "/submit",
                    drafter, null);
            if (submitted.is(202)) {
                return;
            }
            require(options.recoverLostAnswers(), "submit " + id, submitted);
            Response draft = client.call("GET /api/drafts/{id}", "GET", "/api/drafts/" + id, drafter, null);
            if (draft.is(200) && !"DRAFT".equals(draft.text("status"))) {
                return; // the earlier submit went through
            }
            pause(deadline, "submit " + id, submitted);
        }
    }

    private void approve(String reviewer, String id, int level) {
        long deadline = deadline();
        while (true) {
            Response review = client.call("GET /api/reviews/{id}", "GET", "/api/reviews/" + id, reviewer, null);
            if (review.is(200)) {
                boolean inReview = "IN_REVIEW".equals(review.text("status"));
                int current = number(review, "currentLevel", -1);
                if (options.recoverLostAnswers() && (!inReview || current > level)) {
                    return; // this level is behind the document already: an earlier answer was lost
                }
                if (inReview && current == level) {
                    Map<String, Object> decision = Map.of("decision", "APPROVE", "opinion", "同意",
                            "revision", number(review, "revision", 1));
                    Response decided = client.call("POST /api/reviews/{id}/decisions", "POST",
                            "/api/reviews/" + id + "/decisions", reviewer, decision);
                    if (decided.is(200)) {
                        return;
                    }
                }
            }
            pause(deadline, reviewer + " approves " + id + " at level " + level, review);
        }
    }

    private void awaitArchived(String id) {
        long deadline = deadline();
        while (true) {
            Response record = client.call("GET /api/archive/records/{id}", "GET", "/api/archive/records/" + id,
                    ARCHIVIST, null);
            if (record.is(200)) {
                return;
            }
            pause(deadline, "archive record of " + id, record);
        }
    }

    private static int number(Response answer, String field, int absent) {
        JsonNode value = answer.body().get(field);
        return value == null || value.isNull() ? absent : value.asInt();
    }

    private long deadline() {
        return System.nanoTime() + options.waitLimit().toNanos();
    }

    /**
     * A person reads before acting: without think time every drafter fires its next call the moment the last one
     * answers, and 50 of them saturate any box (the latency then only says how long the queue is).
     */
    private void think() {
        if (options.thinkTime().isNone()) {
            return;
        }
        sleep(options.thinkTime().next(), "thinking");
    }

    /** Between looks, or attempts at a step whose server is down or whose event has not arrived yet. */
    private void pause(long deadline, String what, Response last) {
        if (System.nanoTime() > deadline) {
            throw new LifecycleFailed("not within " + options.waitLimit().toSeconds() + " s: " + what
                    + " (last answer HTTP " + last.status() + " " + last.body() + ")");
        }
        sleep(options.pollInterval(), what);
    }

    private static void sleep(Duration pause, String what) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LifecycleFailed("interrupted: " + what);
        }
    }

    private static void require(boolean condition, String what, Response answer) {
        if (!condition) {
            throw new LifecycleFailed(what + ": HTTP " + answer.status() + " " + answer.body());
        }
    }
}
