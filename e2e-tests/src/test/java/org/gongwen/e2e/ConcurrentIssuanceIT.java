package org.gongwen.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongwen.gatewayclient.GatewayClient;
import org.junit.jupiter.api.Test;

/** GB-NO-2: 发文字号 are one running sequence per 代字 and year, with no gap and no duplicate. */
class ConcurrentIssuanceIT {

    private static final int DOCUMENTS = 20;
    private static final Pattern NUMBER = Pattern.compile("江民发〔(\\d{4})〕([1-9]\\d*)号");

    private final GatewayClient api = new GatewayClient(Suite.get().gatewayUrl());
    private final Lifecycle life = new Lifecycle(api);

    @Test
    void twentyConcurrentIssuancesGetGapFreeDocumentNumbers() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            ids.add(life.submitNew("lina"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(DOCUMENTS);
        try {
            runAll(pool, ids, id -> life.approve("zhaomin", id, 1));
            runAll(pool, ids, id -> life.approve("wangqiang", id, 1));
        } finally {
            pool.shutdownNow();
        }

        List<Integer> numbers = new ArrayList<>();
        for (String id : ids) {
            String documentNumber = life.awaitDraftStatus("lina", id, "ARCHIVED").get("documentNumber").asString();
            Matcher matcher = NUMBER.matcher(documentNumber);
            assertThat(matcher.matches()).as(documentNumber).isTrue();
            numbers.add(Integer.parseInt(matcher.group(2)));
        }
        numbers.sort(null);
        assertThat(numbers).doesNotHaveDuplicates();
        assertThat(numbers.get(DOCUMENTS - 1) - numbers.get(0)).as("no gap in " + numbers).isEqualTo(DOCUMENTS - 1);
    }

    private static void runAll(ExecutorService pool, List<String> ids, java.util.function.Consumer<String> step)
            throws Exception {
        List<Future<?>> running = new ArrayList<>();
        for (String id : ids) {
            running.add(pool.submit(() -> step.accept(id)));
        }
        for (Future<?> future : running) {
            future.get();
        }
    }
}
