package org.gongwen.chaos;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.gongwen.events.Topics;

/**
 * What must hold after the storm, read straight from each service's database and from the broker, not from the
 * services' own answers: each document archived once, states agreeing across contexts, numbers without gaps.
 */
final class Invariants {

    private static final List<String> DATABASES = List.of("gongwen_drafting", "gongwen_review", "gongwen_archive",
            "gongwen_registry");
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("江民发〔\\d{4}〕([1-9]\\d*)号");

    private final ChaosSuite suite;
    final List<String> violations = new ArrayList<>();

    Invariants(ChaosSuite suite) {
        this.suite = suite;
    }

    /** Drafts of these ids already ARCHIVED (to wait on before checking the rest). */
    long archivedDrafts(List<String> ids) throws SQLException {
        try (Connection c = suite.database("gongwen_drafting");
             PreparedStatement q = c.prepareStatement("SELECT count(*) FROM drafts WHERE id = ANY (?) AND status = 'ARCHIVED'")) {
            q.setArray(1, c.createArrayOf("uuid", ids.stream().map(UUID::fromString).toArray()));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The 收文编号 serials registry-service gave this year (Asia/Shanghai), in order, repeats kept. */
    List<Integer> receiptNumbers() throws SQLException {
        List<Integer> serials = new java.util.ArrayList<>();
        try (Connection c = suite.database("gongwen_registry");
             ResultSet rs = c.createStatement().executeQuery("SELECT receipt_serial FROM incoming_documents WHERE "
                     + "receipt_year = extract(year FROM now() AT TIME ZONE 'Asia/Shanghai') ORDER BY receipt_serial")) {
            while (rs.next()) {
                serials.add(rs.getInt(1));
            }
        }
        return serials;
    }

    long unpublishedOutboxRows() throws SQLException {
        long total = 0;
        for (String db : DATABASES) {
            total += countAll(db, "SELECT count(*) FROM outbox WHERE published_at IS NULL");
        }
        return total;
    }

    /**
     * Waits until every draft is ARCHIVED, every outbox drained and no consumer group lags. On timeout the failure
     * says which of the three stayed false and for which documents, partitions and databases.
     */
    void awaitSettled(List<String> ids, Duration deadline) throws Exception {
        try {
            Awaitility.await("every document archived, every outbox drained, no consumer lag").atMost(deadline)
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> archivedDrafts(ids) == ids.size() && unpublishedOutboxRows() == 0 && consumerLag() == 0);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("not settled within " + deadline + ": " + unsettled(ids), e);
        }
    }

    private String unsettled(List<String> ids) throws Exception {
        StringBuilder why = new StringBuilder();
        Map<String, String[]> drafts = rows("gongwen_drafting", "SELECT id::text, status FROM drafts WHERE id::text = ANY (?)", ids);
        Map<String, List<String>> byStatus = new TreeMap<>();
        drafts.forEach((id, row) -> byStatus.computeIfAbsent(row[1], k -> new ArrayList<>()).add(id));
        byStatus.forEach((status, which) -> why.append(String.format("%n  drafts %s: %d%s", status, which.size(),
                "ARCHIVED".equals(status) ? "" : " " + which.subList(0, Math.min(10, which.size())))));
        why.append(String.format("%n  archive records: %d", countAll("gongwen_archive", "SELECT count(*) FROM archive_records")));
        for (String db : DATABASES) {
            why.append(String.format("%n  %s outbox unpublished: %d", db,
                    countAll(db, "SELECT count(*) FROM outbox WHERE published_at IS NULL")));
        }
        why.append("\n  consumer lag by group and partition: ").append(lagByPartition());
        return why.toString();
    }

    record Counts(int documents, int archived, int issued, int distinctNumbers, int duplicateRecords,
                  int numberGaps, int itemNumberGaps, int deadLetters, long consumerLag) {
    }

    Counts check(List<String> ids) throws Exception {
        Map<String, String[]> drafts = rows("gongwen_drafting",
                "SELECT id::text, status, document_number, archive_no FROM drafts WHERE id::text = ANY (?)", ids);
        Map<String, String[]> reviews = rows("gongwen_review",
                "SELECT r.document_id, rr.status, r.document_number FROM reviews r JOIN review_rounds rr "
                        + "ON rr.document_id = r.document_id AND rr.revision = r.revision WHERE r.document_id = ANY (?)", ids);
        Map<String, String[]> records = rows("gongwen_archive",
                "SELECT document_id, 'ARCHIVED', document_number, archive_no FROM archive_records WHERE document_id = ANY (?)", ids);
        int duplicateRecords = countAll("gongwen_archive", "SELECT count(*) - count(DISTINCT document_id) FROM archive_records");
        // registry-service distributes each issued document once: DocumentLifecycle's 请示 names one 主送 organ
        // (江城市财政局, outside the organisation), so exactly one delivery each, whatever the kills and redeliveries
        Map<String, String[]> deliveries = rows("gongwen_registry",
                "SELECT document_id::text, count(*) FROM deliveries WHERE document_id::text = ANY (?) GROUP BY document_id", ids);

        Set<Integer> numbers = new HashSet<>();
        int issued = 0;
        for (String id : ids) {
            String[] draft = drafts.get(id);
            String[] review = reviews.get(id);
            String[] record = records.get(id);
            if (draft == null || review == null || record == null) {
                violations.add(id + ": missing in " + (draft == null ? "drafting " : "") + (review == null ? "review " : "")
                        + (record == null ? "archive" : ""));
                continue;
            }
            if (!"ARCHIVED".equals(draft[1]) || !"ISSUED".equals(review[1])) {
                violations.add(id + ": draft " + draft[1] + ", review " + review[1]);
            }
            if (!review[2].equals(draft[2]) || !review[2].equals(record[2])) {
                violations.add(id + ": 文号 differs: review " + review[2] + ", draft " + draft[2] + ", archive " + record[2]);
            }
            if (!record[3].equals(draft[3])) {
                violations.add(id + ": 档号 differs: archive " + record[3] + ", draft " + draft[3]);
            }
            String[] delivered = deliveries.get(id);
            if (delivered == null || !"1".equals(delivered[1])) {
                violations.add(id + ": " + (delivered == null ? "no" : delivered[1]) + " deliveries in registry, not 1");
            }
            Matcher m = DOCUMENT_NUMBER.matcher(review[2]);
            if (m.matches()) {
                issued++;
                if (!numbers.add(Integer.parseInt(m.group(1)))) {
                    violations.add(id + ": 文号 " + review[2] + " issued twice");
                }
            } else {
                violations.add(id + ": malformed 文号 " + review[2]);
            }
        }
        int numberGaps = numbers.isEmpty() ? 0 : java.util.Collections.max(numbers) - numbers.size();
        if (numberGaps != 0) {
            violations.add("文号 have " + numberGaps + " gaps: " + new java.util.TreeSet<>(numbers));
        }
        int itemGaps = countAll("gongwen_archive", """
                SELECT coalesce(sum(max_no - n), 0) FROM (
                  SELECT max(item_no) AS max_no, count(*) AS n FROM archive_records GROUP BY fonds, year, retention, unit) c""");
        if (itemGaps != 0) {
            violations.add("件号 have " + itemGaps + " gaps");
        }
        if (duplicateRecords != 0) {
            violations.add(duplicateRecords + " documents archived more than once");
        }
        int deadLetters = deadLetters();
        if (deadLetters != 0) {
            violations.add(deadLetters + " messages in dead-letter topics");
        }
        long lag = consumerLag();
        if (lag != 0) {
            violations.add("consumer lag " + lag);
        }
        return new Counts(ids.size(), records.size(), issued, numbers.size(), duplicateRecords, numberGaps, itemGaps,
                deadLetters, lag);
    }

    private Map<String, String[]> rows(String database, String sql, List<String> ids) throws SQLException {
        Map<String, String[]> result = new HashMap<>();
        try (Connection c = suite.database(database); PreparedStatement q = c.prepareStatement(sql)) {
            q.setArray(1, c.createArrayOf("text", ids.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    String[] row = new String[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getString(i + 1);
                    }
                    if (result.put(row[0], row) != null) {
                        violations.add(database + ": two rows for " + row[0]);
                    }
                }
            }
        }
        return result;
    }

    private int countAll(String database, String sql) throws SQLException {
        try (Connection c = suite.database(database); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, suite.kafkaBootstrap()));
    }

    int deadLetters() throws Exception {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
            Set<String> dlts = new HashSet<>();
            Topics.ALL.forEach(t -> dlts.add(Topics.deadLetterOf(t)));
            admin.describeTopics(dlts).allTopicNames().get().forEach((name, description) ->
                    description.partitions().forEach(p -> ends.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
            long total = 0;
            for (ListOffsetsResult.ListOffsetsResultInfo info : admin.listOffsets(ends).all().get().values()) {
                total += info.offset();
            }
            return (int) total;
        }
    }

    /** The topics each service consumes (its consumer group is its application name). */
    private static final Map<String, List<String>> SUBSCRIPTIONS = Map.of(
            "drafting-service", List.of(Topics.REVIEW, Topics.ARCHIVE),
            "review-service", List.of(Topics.DRAFTING),
            "archive-service", List.of(Topics.REVIEW),
            "registry-service", List.of(Topics.REVIEW));

    /** Members of a service's consumer group that hold at least one partition: who shares the Kafka work. */
    long membersWithPartitions(String group) throws Exception {
        try (Admin admin = admin()) {
            return admin.describeConsumerGroups(List.of(group)).all().get().get(group).members().stream()
                    .filter(m -> !m.assignment().topicPartitions().isEmpty()).count();
        }
    }

    /** Messages on the services' topics that their consumer group has not committed yet. */
    long consumerLag() throws Exception {
        return lagByPartition().values().stream().mapToLong(Long::longValue).sum();
    }

    /** Uncommitted messages per {@code group@topic-partition}, only where there are some. */
    Map<String, Long> lagByPartition() throws Exception {
        try (Admin admin = admin()) {
            Map<String, Long> lag = new TreeMap<>();
            for (Map.Entry<String, List<String>> subscription : SUBSCRIPTIONS.entrySet()) {
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(subscription.getKey()).partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
                admin.describeTopics(subscription.getValue()).allTopicNames().get().forEach((name, description) ->
                        description.partitions().forEach(p -> ends.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
                for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end
                        : admin.listOffsets(ends).all().get().entrySet()) {
                    OffsetAndMetadata done = committed.get(end.getKey());
                    long behind = end.getValue().offset() - (done == null ? 0 : done.offset());
                    if (behind != 0) {
                        lag.put(subscription.getKey() + "@" + end.getKey(), behind);
                    }
                }
            }
            return lag;
        }
    }
}
