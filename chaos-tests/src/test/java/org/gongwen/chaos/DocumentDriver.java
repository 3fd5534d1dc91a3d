package org.gongwen.chaos;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.gongwen.platform.web.security.DemoUsers;
import org.gongwen.platform.web.security.TokenMinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes one document through its life via the gateway while servers die under it. Every step is decided from
 * the state the suite reports, never from what the driver believes it did: an answer lost in a crash (the
 * change committed, the response never arrived) is recognised on the next look instead of being done twice.
 */
final class DocumentDriver {

    /** Who drafts, and the chain the organisation gives their drafts (contract §1). */
    static final Map<String, List<String>> CHAINS = Map.of(
            "zhangwei", List.of("sunli", "zhaomin", "wangqiang"),
            "lina", List.of("zhaomin", "wangqiang"),
            "qianxiao", List.of("sunli", "zhaomin", "wangqiang"));

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration STEP_DEADLINE = Duration.ofMinutes(4);

    private final String gateway;
    private final TokenMinter tokens;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, String> tokenCache = new ConcurrentHashMap<>();
    final AtomicLong calls = new AtomicLong();
    final AtomicLong failedCalls = new AtomicLong();

    DocumentDriver(String gateway, TokenMinter tokens) {
        this.gateway = gateway;
        this.tokens = tokens;
    }

    /**
     * Takes {@code documents} documents up to 签发 on {@code workers} threads, drafters taking turns; counts each
     * finished one in {@code finished} (what the fault injectors pace themselves on). Returns their ids.
     */
    List<String> driveAll(int documents, int workers, AtomicInteger finished) throws InterruptedException, ExecutionException {
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> running = new ArrayList<>();
            List<String> drafters = List.copyOf(CHAINS.keySet());
            for (int i = 0; i < documents; i++) {
                String drafter = drafters.get(i % drafters.size());
                String title = "江城市民政局关于申请困难群众救助资金（" + i + "-" + UUID.randomUUID().toString().substring(0, 8) + "）的请示";
                running.add(pool.submit(() -> {
                    ids.add(run(drafter, title));
                    finished.incrementAndGet();
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return List.copyOf(ids);
    }

    /** Drafts, submits and approves one document up to 签发; returns its id. */
    String run(String drafter, String title) {
        String id = create(drafter, title);
        submit(drafter, id);
        List<String> chain = CHAINS.get(drafter);
        for (int level = 1; level <= chain.size(); level++) {
            approve(chain.get(level - 1), id, level);
        }
        return id;
    }

    private String create(String drafter, String title) {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("docType", "请示");
        draft.put("title", title);
        draft.put("mainRecipients", List.of("江城市人民政府"));
        draft.put("body", "为做好困难群众救助工作，现申请专项资金。\n妥否，请批示。");
        draft.put("direction", "上行");
        draft.put("remarks", "（联系人：张伟，电话：0000-0000000）");
        long deadline = deadline();
        while (true) {
            Answer created = call("POST", "/api/drafts", drafter, draft);
            if (created.status() == 201) {
                return created.body().get("id").asString();
            }
            // maybe it was created and only the answer was lost: the title is unique, look for it
            String existing = findOwnDraft(drafter, title);
            if (existing != null) {
                return existing;
            }
            pauseOrGiveUp(deadline, "create " + title + ": " + created);
        }
    }

    private String findOwnDraft(String drafter, String title) {
        for (int page = 0; page < 100; page++) {
            Answer list = call("GET", "/api/drafts?page=" + page + "&size=100", drafter, null);
            if (list.status() != 200) {
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
            Answer submitted = call("POST", "/api/drafts/" + id + "/submit", drafter, null);
            if (submitted.status() == 202) {
                return;
            }
            Answer draft = call("GET", "/api/drafts/" + id, drafter, null);
            if (draft.status() == 200 && !"DRAFT".equals(draft.body().get("status").asString())) {
                return; // the earlier submit went through
            }
            pauseOrGiveUp(deadline, "submit " + id + ": " + submitted);
        }
    }

    private void approve(String reviewer, String id, int level) {
        long deadline = deadline();
        while (true) {
            Answer review = call("GET", "/api/reviews/" + id, reviewer, null);
            if (review.status() == 200) {
                String status = review.body().get("status").asString();
                int current = review.body().get("currentLevel").asInt();
                if (!"IN_REVIEW".equals(status) || current > level) {
                    return; // this level is behind the document already: an earlier answer was lost
                }
                if (current == level) {
                    Map<String, Object> decision = Map.of("decision", "APPROVE", "opinion", "同意", "revision", 1);
                    Answer decided = call("POST", "/api/reviews/" + id + "/decisions", reviewer, decision);
                    if (decided.status() == 200) {
                        return;
                    }
                }
            }
            pauseOrGiveUp(deadline, reviewer + " approves " + id + " at level " + level + ": " + review);
        }
    }

    record Answer(int status, JsonNode body) {
    }

    private Answer call(String method, String path, String user, Object body) {
        calls.incrementAndGet();
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                    .timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Bearer " + token(user))
                    .header("Accept", "application/json");
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 500) {
                failedCalls.incrementAndGet();
            }
            String text = response.body();
            return new Answer(response.statusCode(), text == null || text.isBlank() ? JSON.nullNode() : parse(text));
        } catch (IOException e) {
            failedCalls.incrementAndGet();
            return new Answer(-1, JSON.nullNode());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (RuntimeException notJson) {
            return JSON.getNodeFactory().stringNode(text);
        }
    }

    private String token(String user) {
        return tokenCache.computeIfAbsent(user, u -> tokens.mint(DemoUsers.get(u)));
    }

    private static long deadline() {
        return System.nanoTime() + STEP_DEADLINE.toNanos();
    }

    /** Between attempts at a step whose server is down or whose event has not arrived yet. */
    private static void pauseOrGiveUp(long deadline, String what) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("gave up after " + STEP_DEADLINE + ": " + what);
        }
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
