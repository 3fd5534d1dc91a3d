package org.gongwen.archive.search.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.ToIntFunction;

import org.flywaydb.core.Flyway;
import org.gongwen.archive.search.application.RecordPage;
import org.gongwen.archive.search.application.RecordQuery;
import org.gongwen.archive.shared.domain.ArchiveRecord;
import org.gongwen.archive.shared.domain.Clearance;
import org.gongwen.archive.shared.domain.Retention;
import org.gongwen.testsupport.PostgresServer;
import org.gongwen.testsupport.TestInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fast paths of the search (bigram index, filter lexemes, the walk along the sort order, the bounded and
 * estimated counts, corrected retention) against a naive scan: every record read into memory, the term found with
 * {@code String.contains} in the searchable text, filters and clearance applied in Java, sorted by each order's
 * position in a full sort. 3 000 benchmark records (ArchiveBenchmark's generator), some retentions corrected, a
 * seeded random sample of queries; pages, totals and the cap must agree exactly.
 */
class SearchAgainstNaiveScanIT {

    private static final int RECORDS = 3_000;
    private static final String[] TERMS = {"养老服务", "低保资金", "养老", "服务工作", "民政局关于", "救助", "作的请",
            "疫情防控", "不存在的词", "z011-ws·2003", "江民发〔2004〕1", "钱晓", "残疾人补贴工作的报告"};

    private static JdbcClient jdbc;
    private static List<Row> rows;

    /** One record as the naive scan sees it; positions are the record's place in a full sort of the table. */
    record Row(String id, String text, String docType, String unit, int year, String retention, int rank,
               String drafter, LocalDate date, int newest, int dateDesc, int archiveNo) {
    }

    @BeforeAll
    static void loadSample() throws Exception {
        PostgresServer pg = TestInfrastructure.postgres();
        pg.createDatabase("archive_search_naive");
        String url = pg.jdbcUrl("archive_search_naive");
        Flyway.configure().dataSource(url, pg.user(), pg.password())
                .locations("classpath:db/platform", "classpath:db/migration").outOfOrder(true).load().migrate();
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url);
        ds.setUser(pg.user());
        ds.setPassword(pg.password());
        jdbc = JdbcClient.create(ds);
        if (jdbc.sql("SELECT count(*) FROM archive_records").query(Long.class).single() < RECORDS) {
            ArchiveBenchmark.load(url, pg.user(), pg.password(), 0, RECORDS);
            correctSomeRetentions();
        }
        Map<String, String> corrected = new HashMap<>();
        jdbc.sql("SELECT document_id, new_value FROM archive_corrections WHERE field = 'retention'"
                        + " ORDER BY corrected_at, id")
                .query((rs, n) -> corrected.put(rs.getString(1), rs.getString(2))).list();
        assertThat(corrected).hasSizeGreaterThan(50);
        rows = jdbc.sql("""
                        SELECT document_id, archive_search_text(title, body, document_number, archive_no, content,
                                   drafter_name, signer_name, trail) AS text, doc_type, unit, year, retention,
                               classification_rank, drafter_username, document_date,
                               row_number() OVER (ORDER BY archived_at DESC, document_id DESC) AS newest,
                               row_number() OVER (ORDER BY document_date DESC, document_id DESC) AS date_desc,
                               row_number() OVER (ORDER BY archive_no) AS archive_no_order
                        FROM archive_records""")
                .query((rs, n) -> new Row(rs.getString("document_id"), rs.getString("text"), rs.getString("doc_type"),
                        rs.getString("unit"), rs.getInt("year"),
                        corrected.getOrDefault(rs.getString("document_id"), rs.getString("retention")),
                        rs.getInt("classification_rank"), rs.getString("drafter_username"),
                        rs.getObject("document_date", LocalDate.class), rs.getInt("newest"), rs.getInt("date_desc"),
                        rs.getInt("archive_no_order")))
                .list();
    }

    /** Every 37th record gets a corrected retention, every 111th a second one (the latest counts). */
    private static void correctSomeRetentions() {
        List<Map.Entry<String, String>> records = jdbc.sql("SELECT document_id, retention FROM archive_records")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list();
        Instant at = Instant.parse("2026-06-01T00:00:00Z");
        for (int i = 0; i < records.size(); i += 37) {
            String id = records.get(i).getKey();
            correct(id, next(records.get(i).getValue()), at);
            if (i % 111 == 0) {
                correct(id, next(next(records.get(i).getValue())), at.plusSeconds(60));
            }
        }
        jdbc.sql("ANALYZE").update();
    }

    private static String next(String retention) {
        Retention[] all = Retention.values();
        return all[(Retention.ofCode(retention).orElseThrow().ordinal() + 1) % all.length].code();
    }

    private static void correct(String documentId, String retention, Instant at) {
        jdbc.sql("INSERT INTO archive_corrections (id, document_id, field, previous_value, new_value, reason, actor,"
                        + " corrected_at) VALUES (:id, :doc, 'retention', NULL, :value, '重新鉴定', 'zhoushen', :at)")
                .param("id", UUID.randomUUID()).param("doc", documentId).param("value", retention)
                .param("at", java.sql.Timestamp.from(at)).update();
    }

    @Test
    void everyFastPathAnswersExactlyWhatANaiveScanFinds() {
        JsonMapper json = JsonMapper.builder().build();
        // the service's tuning, and one that walks the sort order for every re-checked term in short windows (so
        // that both the walk and its fall-back to the general plan are exercised on a small table) and tests the
        // term row by row whenever a date range or drafter is given
        List<JdbcRecordSearch> searches = List.of(new JdbcRecordSearch(jdbc, json),
                new JdbcRecordSearch(jdbc, json, new JdbcRecordSearch.Tuning(1, 0, 10, 400, 0)));
        Random random = new Random(20261122);
        int compared = 0;
        int nonEmpty = 0;
        for (int i = 0; i < 60; i++) {
            RecordQuery query = randomQuery(random);
            Clearance reader = Clearance.values()[random.nextInt(Clearance.values().length)];
            List<Row> expected = naive(query, reader);
            for (JdbcRecordSearch search : searches) {
                RecordPage page = search.search(query, reader);
                List<String> expectedIds = expected.stream().skip(query.offset()).limit(query.size())
                        .map(Row::id).toList();
                assertThat(page.items().stream().map(ArchiveRecord::documentId).toList())
                        .as("%s as %s", query, reader).isEqualTo(expectedIds);
                boolean capped = expected.size() > RecordPage.TOTAL_CAP;
                assertThat(page.totalCapped()).as("capped %s as %s", query, reader).isEqualTo(capped);
                assertThat(page.total()).as("total %s as %s", query, reader)
                        .isEqualTo(capped ? RecordPage.TOTAL_CAP : expected.size());
                compared++;
            }
            nonEmpty += expected.isEmpty() ? 0 : 1;
        }
        assertThat(compared).isEqualTo(120);
        assertThat(nonEmpty).as("the sample must find things").isGreaterThan(30);
    }

    @Test
    void aCorrectedRetentionIsWhatTheRetentionFilterSees() {
        Map<String, Object> moved = jdbc.sql("""
                        SELECT r.document_id, r.archive_no, r.unit, r.year, r.retention, c.new_value
                        FROM archive_records r JOIN LATERAL (SELECT new_value FROM archive_corrections c
                            WHERE c.document_id = r.document_id AND c.field = 'retention'
                            ORDER BY corrected_at DESC, id DESC LIMIT 1) c ON true
                        WHERE c.new_value <> r.retention AND r.classification_rank = 0 LIMIT 1""")
                .query().singleRow();
        String id = (String) moved.get("document_id");
        Retention corrected = Retention.ofCode((String) moved.get("new_value")).orElseThrow();
        Retention byClass = Retention.ofCode((String) moved.get("retention")).orElseThrow();
        JdbcRecordSearch search = new JdbcRecordSearch(jdbc, JsonMapper.builder().build());
        String archiveNo = (String) moved.get("archive_no");
        String unit = (String) moved.get("unit");
        Integer year = (Integer) moved.get("year");
        // the term path (with and without filter lexemes) and the filters-alone path
        for (RecordQuery.Sort sort : List.of(RecordQuery.Sort.NEWEST, RecordQuery.Sort.ARCHIVE_NO)) {
            assertThat(ids(search, archiveNo, null, null, corrected, sort)).containsExactly(id);
            assertThat(ids(search, archiveNo, unit, null, corrected, sort)).containsExactly(id);
            assertThat(ids(search, null, unit, year, corrected, sort)).contains(id);
            assertThat(ids(search, archiveNo, null, null, byClass, sort)).isEmpty();
            assertThat(ids(search, archiveNo, unit, null, byClass, sort)).isEmpty();
            assertThat(ids(search, null, unit, year, byClass, sort)).doesNotContain(id).isNotEmpty();
        }
    }

    private static List<String> ids(JdbcRecordSearch search, String q, String unit, Integer year,
                                    Retention retention, RecordQuery.Sort sort) {
        return search.search(new RecordQuery(q, null, unit, year, null, null, retention, null, null, null, sort, 0,
                100), Clearance.TOP_SECRET).items().stream().map(ArchiveRecord::documentId).toList();
    }

    private static RecordQuery randomQuery(Random random) {
        String q = random.nextInt(8) == 0 ? null : TERMS[random.nextInt(TERMS.length)];
        String docType = oneIn(random, 4) ? ArchiveBenchmark.KINDS[random.nextInt(ArchiveBenchmark.KINDS.length)] : null;
        String unit = oneIn(random, 4) ? ArchiveBenchmark.UNITS[random.nextInt(ArchiveBenchmark.UNITS.length)] : null;
        Integer year = oneIn(random, 5) ? 2000 + random.nextInt(26) : null;
        Retention retention = oneIn(random, 3) ? Retention.values()[random.nextInt(3)] : null;
        Clearance classification = oneIn(random, 8) ? Clearance.values()[random.nextInt(4)] : null;
        LocalDate from = oneIn(random, 6) ? LocalDate.of(2000 + random.nextInt(26), 1, 1) : null;
        String drafter = oneIn(random, 10) ? "u" + random.nextInt(50) : null;
        RecordQuery.Sort sort = RecordQuery.Sort.values()[random.nextInt(RecordQuery.Sort.values().length)];
        int size = new int[] {5, 20, 100}[random.nextInt(3)];
        int page = new int[] {0, 0, 1, 3, 12}[random.nextInt(5)];
        return new RecordQuery(q, docType, unit, year, from, null, retention, classification, null, drafter, sort,
                page, size);
    }

    private static boolean oneIn(Random random, int n) {
        return random.nextInt(n) == 0;
    }

    /** The reference: a full scan in memory. */
    private static List<Row> naive(RecordQuery q, Clearance reader) {
        String term = q.q() == null ? null : q.q().toLowerCase(Locale.ROOT);
        List<Row> out = new ArrayList<>(rows.stream()
                .filter(r -> r.rank() <= reader.rank())
                .filter(r -> term == null || r.text().contains(term))
                .filter(r -> q.docType() == null || q.docType().equals(r.docType()))
                .filter(r -> q.unit() == null || q.unit().equals(r.unit()))
                .filter(r -> q.year() == null || q.year() == r.year())
                .filter(r -> q.retention() == null || q.retention().code().equals(r.retention()))
                .filter(r -> q.classification() == null || q.classification().rank() == r.rank())
                .filter(r -> q.from() == null || !r.date().isBefore(q.from()))
                .filter(r -> q.drafter() == null || q.drafter().equals(r.drafter()))
                .toList());
        ToIntFunction<Row> position = switch (q.sort()) {
            case NEWEST -> Row::newest;
            case OLDEST -> r -> -r.newest();
            case DOCUMENT_DATE_DESC -> Row::dateDesc;
            case DOCUMENT_DATE -> r -> -r.dateDesc();
            case ARCHIVE_NO -> Row::archiveNo;
        };
        out.sort(Comparator.comparingInt(position));
        return out;
    }
}
