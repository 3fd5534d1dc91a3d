package org.gongwen.archive.search.persistence;

import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.gongwen.archive.log.application.CheckpointSigner;
import org.gongwen.archive.log.application.IntegratingLog;
import org.gongwen.archive.log.application.SignedCheckpoint;
import org.gongwen.archive.log.domain.Checkpoint;
import org.gongwen.archive.log.application.PendingEntries;
import org.gongwen.archive.log.persistence.JdbcLog;
import org.gongwen.archive.search.application.RecordQuery;
import org.gongwen.archive.shared.domain.ArchivalClass;
import org.gongwen.archive.shared.domain.ArchiveNo;
import org.gongwen.archive.shared.domain.ArchiveRecord;
import org.gongwen.archive.shared.domain.Clearance;
import org.gongwen.archive.shared.domain.Retention;
import org.gongwen.platform.messaging.SpringTransactions;
import org.gongwen.events.DocumentContent;
import org.gongwen.events.Person;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Not a test: loads N synthetic records (COPY, not the API) into a PostgreSQL, then measures the archive's own
 * search code ({@link JdbcRecordSearch#search}) and the log's sequencer. See docs/benchmarks.md
 * "Archive search and log at 1M records" for the command and the results.
 *
 * <p>Arguments: {@code jdbc-url user password [records=1000000] [log-appends=100000] [runs-per-case=200]}
 * (runs 0: log appends only). The database is migrated
 * with the service's Flyway scripts; records are only loaded when the table holds fewer than asked.
 */
public final class ArchiveBenchmark {

    static final String[] TOPICS = {"养老服务", "社会救助", "低保资金", "殡葬管理", "婚姻登记", "慈善捐赠", "社区治理",
            "儿童福利", "残疾人补贴", "地名管理", "区划调整", "流浪救助", "临时救助", "特困供养", "社会组织", "志愿服务",
            "老年协会", "福利彩票", "退役安置", "孤儿保障", "居家养老", "医养结合", "救灾物资", "冬春救助", "城乡低保",
            "养老机构", "社工人才", "村务公开", "基层选举", "行政审批", "安全生产", "信访维稳", "财务审计", "政府采购",
            "档案管理", "信息公开", "数据共享", "网络安全", "节能降耗", "疫情防控"};
    static final String[] KINDS = {"请示", "通知", "报告", "函", "纪要", "意见", "通报", "批复"};
    static final String[] UNITS = {"SHJZ", "YLFW", "BGS", "JLD", "CWK", "ZZK", "SWK", "FLK"};
    static final String[] SENTENCES = {"为进一步做好相关工作", "根据上级文件精神", "结合本市实际情况", "现将有关事项通知如下",
            "请各单位认真贯彻落实", "确保各项措施落到实处", "加强组织领导和统筹协调", "及时报送工作进展情况", "妥否，请批示",
            "特此报告", "经局长办公会议研究同意", "所需经费从专项资金中列支", "切实保障困难群众基本生活", "提升服务质量和水平",
            "建立健全长效工作机制", "严格执行财务管理制度", "做好宣传引导工作", "各区民政局要高度重视"};
    static final String[] PEOPLE = {"张伟", "李娜", "钱晓", "孙立", "赵敏", "王强", "刘洋", "周慎"};

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String password = args[2];
        int records = args.length > 3 ? Integer.parseInt(args[3]) : 1_000_000;
        int appends = args.length > 4 ? Integer.parseInt(args[4]) : 100_000;
        runs = args.length > 5 ? Integer.parseInt(args[5]) : 200;
        createDatabaseIfMissing(url, user, password);
        // outOfOrder as the service runs it: platform migrations (db/platform 0.x) may arrive after the archive's
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/platform", "classpath:db/migration")
                .outOfOrder(true)
                .load().migrate();
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url);
        ds.setUser(user);
        ds.setPassword(password);
        ds.setReWriteBatchedInserts(true);
        JdbcClient jdbc = JdbcClient.create(ds);
        long present = jdbc.sql("SELECT count(*) FROM archive_records").query(Long.class).single();
        if (present < records) {
            load(url, user, password, (int) present, records);
        }
        System.out.printf("records: %d, table+indexes: %s%n", records, jdbc.sql(
                "SELECT pg_size_pretty(pg_total_relation_size('archive_records'))").query(String.class).single());
        // pooled like the service (Hikari): without a pool every statement of a search opened its own connection
        // (a backend forked, its catalog caches cold), and the benchmark measured connection set-up, not search
        com.zaxxer.hikari.HikariConfig pool = new com.zaxxer.hikari.HikariConfig();
        pool.setDataSource(ds);
        pool.setMaximumPoolSize(18);
        try (com.zaxxer.hikari.HikariDataSource pooled = new com.zaxxer.hikari.HikariDataSource(pool)) {
            if (runs > 0) {
                search(new JdbcRecordSearch(JdbcClient.create(pooled), JsonMapper.builder().build()));
            }
            logAppends(pooled, JdbcClient.create(pooled), appends);
        }
    }

    /** The database of {@code url}, created through the server's {@code postgres} database when it is missing. */
    static void createDatabaseIfMissing(String url, String user, String password) throws java.sql.SQLException {
        int slash = url.lastIndexOf('/');
        String name = url.substring(slash + 1).replaceAll("\\?.*", "");
        try (Connection c = DriverManager.getConnection(url.substring(0, slash + 1) + "postgres", user, password);
             java.sql.PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            if (!exists.executeQuery().next()) {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE DATABASE \"" + name.replace("\"", "\"\"") + "\"");
                }
            }
        }
    }

    static void load(String url, String user, String password, int from, int to) throws Exception {
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            // bulk load: build the GIN index once afterwards instead of maintaining it row by row
            s.execute("DROP INDEX IF EXISTS archive_records_search");
            int chunk = 50_000;
            for (int lo = from; lo < to; lo += chunk) {
                int hi = Math.min(to, lo + chunk);
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY archive_records (document_id, revision, "
                        + "archive_no, fonds, year, retention, unit, item_no, document_number, title, doc_type, body, "
                        + "content, content_hash, classification, classification_rank, drafter_username, drafter_name, "
                        + "signer_username, signer_name, signer_unit, issued_at, document_date, archived_at, trail) "
                        + "FROM STDIN (FORMAT text)", rows(lo, hi));
                System.out.printf("loaded %d rows (%.0f s)%n", hi, (System.nanoTime() - start) / 1e9);
            }
            s.execute("CREATE INDEX archive_records_search ON archive_records USING gin (search_bigrams)");
            s.execute("VACUUM ANALYZE archive_records");
        }
        System.out.printf("load of %d rows incl. GIN index and ANALYZE: %.0f s%n", to - from,
                (System.nanoTime() - start) / 1e9);
    }

    /** Rows [lo, hi) in COPY text format; deterministic per row number. */
    static Reader rows(int lo, int hi) {
        StringBuilder out = new StringBuilder();
        int classes = 26 * 3 * UNITS.length;
        for (int i = lo; i < hi; i++) {
            Random r = new Random(i);
            int cls = i % classes;
            int year = 2000 + cls / (3 * UNITS.length);
            Retention retention = Retention.values()[(cls / UNITS.length) % 3];
            String unit = UNITS[cls % UNITS.length];
            int item = i / classes + 1;
            String archiveNo = new ArchiveNo("Z011", new ArchivalClass(year, retention, unit), item).format();
            String kind = KINDS[r.nextInt(KINDS.length)];
            String title = "江城市民政局关于" + TOPICS[r.nextInt(TOPICS.length)] + "工作的" + kind;
            StringBuilder body = new StringBuilder();
            for (int k = 0; k < 5; k++) {
                body.append(SENTENCES[r.nextInt(SENTENCES.length)]).append(k == 4 ? "。" : "，");
                if (k == 2) {
                    body.append(TOPICS[r.nextInt(TOPICS.length)]).append("方面，");
                }
            }
            int rank = r.nextInt(10) == 0 ? 1 + r.nextInt(3) : 0;
            String classification = rank == 0 ? null : Clearance.values()[rank].label();
            String drafter = PEOPLE[r.nextInt(3)];
            String signer = PEOPLE[5 + r.nextInt(2)];
            LocalDate date = LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28));
            Instant issued = date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().plusSeconds(3600);
            String documentNumber = "江民发〔" + year + "〕" + (item) + "号";
            String content = "{\"docType\":\"" + kind + "\",\"title\":\"" + title + "\",\"mainRecipients\":[\"江城市人民政府\"],"
                    + "\"copyRecipients\":[],\"body\":\"" + body + "\"}";
            String trail = "[{\"action\":\"SUBMITTED\",\"actor\":{\"name\":\"" + drafter + "\"}},{\"action\":\"APPROVED\","
                    + "\"actor\":{\"name\":\"赵敏\"}},{\"action\":\"SIGNED\",\"actor\":{\"name\":\"" + signer + "\"}}]";
            String[] cols = {new UUID(0xA5L, i).toString(), "1", archiveNo, "Z011", Integer.toString(year),
                    retention.code(), unit, Integer.toString(item), documentNumber, title, kind, body.toString(), content,
                    "0".repeat(64), classification, Integer.toString(rank), "u" + r.nextInt(50), drafter, "wangqiang",
                    signer, "JLD", issued.toString(), date.toString(), issued.plusSeconds(600 + i).toString(), trail};
            for (int c = 0; c < cols.length; c++) {
                out.append(c == 0 ? "" : "\t").append(cols[c] == null ? "\\N" : cols[c].replace("\\", "\\\\"));
            }
            out.append('\n');
        }
        return new StringReader(out.toString());
    }

    record Case(String name, String q, String unit, Integer year, String docType, Retention retention,
                RecordQuery.Sort sort, LocalDate from, LocalDate to, Clearance classification, String drafter) {
        Case(String name, String q, String unit, Integer year, String docType, Retention retention) {
            this(name, q, unit, year, docType, retention, RecordQuery.Sort.NEWEST);
        }

        Case(String name, String q, String unit, Integer year, String docType, Retention retention,
             RecordQuery.Sort sort) {
            this(name, q, unit, year, docType, retention, sort, null, null, null, null);
        }

        static Case of(String name, String q, LocalDate from, LocalDate to, Clearance classification, String drafter) {
            return new Case(name, q, null, null, null, null, RecordQuery.Sort.NEWEST, from, to, classification, drafter);
        }
    }

    /** The 1-minute load average: the machine is shared, so every figure is read beside it. */
    static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "?";
        }
    }

    /** Timed searches per case (after 20 warm-ups); p99 needs 100+ to mean anything. */
    static int runs = 200;

    static void search(JdbcRecordSearch archive) {
        List<Case> cases = List.of(
                new Case("2 chars 养老", "养老", null, null, null, null),
                new Case("2 chars 殡葬", "殡葬", null, null, null, null),
                new Case("2 chars 养老 + unit + year", "养老", "YLFW", 2019, null, null),
                new Case("2 chars 殡葬 + docType + retention", "殡葬", null, null, "请示", Retention.PERMANENT),
                new Case("4 chars 养老服务", "养老服务", null, null, null, null),
                new Case("4 chars 低保资金", "低保资金", null, null, null, null),
                new Case("4 chars 养老服务 + unit + year", "养老服务", "YLFW", 2019, null, null),
                new Case("4 chars 低保资金 + docType + retention", "低保资金", null, null, "请示", Retention.PERMANENT),
                new Case("4 chars 养老服务, sort -documentDate", "养老服务", null, null, null, null,
                        RecordQuery.Sort.DOCUMENT_DATE_DESC),
                new Case("4 chars 养老服务 + retention", "养老服务", null, null, null, Retention.TEN_YEARS),
                new Case("no term, unit + year", null, "BGS", 2021, null, null),
                // the remaining filters of issue 5 (date range, 密级, drafter) and a year far from the newest
                new Case("4 chars 养老服务 + year", "养老服务", null, 2010, null, null),
                Case.of("2 chars 养老 + date range (a quarter)", "养老", LocalDate.of(2016, 4, 1),
                        LocalDate.of(2016, 6, 30), null, null),
                Case.of("2 chars 殡葬 + 密级 秘密", "殡葬", null, null, Clearance.SECRET, null),
                Case.of("4 chars 低保资金 + drafter", "低保资金", null, null, null, "u14"),
                new Case("no term, year 2010", null, null, 2010, null, null),
                new Case("no term, docType + retention", null, null, null, "请示", Retention.PERMANENT));
        System.out.println();
        // min: the run that met the least contention, the nearest this shared machine gets to an idle figure
        System.out.println("| query (pages 0-4, size 20, clearance 机密) | matches (capped 1 000) | min ms | p50 ms | p95 ms"
                + " | p99 ms | load before / after |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Case c : cases) {
            long[] ms = new long[runs];
            long total = 0;
            String loadBefore = load();
            for (int warm = 0; warm < 20; warm++) {
                archive.search(query(c, warm % 5), Clearance.CONFIDENTIAL);
            }
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                total = archive.search(query(c, i % 5), Clearance.CONFIDENTIAL).total();
                ms[i] = System.nanoTime() - t;
            }
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %s / %s |%n", c.name(), total,
                    ms[0] / 1e6, ms[runs / 2] / 1e6, ms[runs * 95 / 100] / 1e6, ms[runs * 99 / 100] / 1e6, loadBefore, load());
        }
    }

    private static RecordQuery query(Case c, int page) {
        return new RecordQuery(c.q(), c.docType(), c.unit(), c.year(), c.from(), c.to(), c.retention(),
                c.classification(), null, c.drafter(), c.sort(), page, 20);
    }

    static void logAppends(javax.sql.DataSource ds, JdbcClient jdbc, int n) throws GeneralSecurityException,
            InterruptedException {
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
        SpringTransactions transactions = new SpringTransactions(tx);
        JdbcLog log = new JdbcLog(jdbc, new NamedParameterJdbcTemplate(ds), new PendingEntries());
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        CheckpointSigner signer = new CheckpointSigner() {
            @Override
            public SignedCheckpoint sign(Checkpoint checkpoint) {
                try {
                    Signature s = Signature.getInstance("Ed25519");
                    s.initSign(pair.getPrivate());
                    s.update(checkpoint.signedBody().getBytes(StandardCharsets.UTF_8));
                    return new SignedCheckpoint(checkpoint, s.sign(), pair.getPublic().getEncoded());
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public byte[] publicKey() {
                return pair.getPublic().getEncoded();
            }
        };
        IntegratingLog integrating = new IntegratingLog(log, signer, transactions, "bench", Clock.systemUTC());
        integrating.drain(1000); // whatever an earlier run left queued
        System.out.println();
        int singles = Math.min(n, 20_000);
        appendRun("one entry per transaction, 4 writer threads (as archivings arrive)", log, integrating,
                transactions, singles, 1, 4);
        // a burst from more concurrent archivings: their commits share WAL flushes (group commit)
        appendRun("one entry per transaction, 16 writer threads (a burst)", log, integrating, transactions, singles,
                1, 16);
        appendRun("enqueueAll, 500 per transaction, 1 writer thread (a bulk accession)", log, integrating,
                transactions, n, 500, 1);
    }

    /**
     * Writers enqueue {@code n} records ({@code perTx} per transaction) while the sequencer integrates concurrently,
     * in batches of up to 1 000 with a signed checkpoint each, as the service runs it; the clock stops when the
     * last entry is a leaf.
     */
    static void appendRun(String name, JdbcLog log, IntegratingLog integrating, SpringTransactions transactions,
                          int n, int perTx, int writers) throws InterruptedException {
        DocumentContent content = new DocumentContent("通知", "关于养老服务工作的通知", List.of("各区民政局"), List.of(),
                "现将有关事项通知如下。".repeat(20), null, null, null, "下行", List.of(), null);
        long target = log.size() + n;
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicLong checkpoints = new java.util.concurrent.atomic.AtomicLong();
        long start = System.nanoTime();
        List<Thread> threads = new java.util.ArrayList<>();
        for (int w = 0; w < writers; w++) {
            Thread writer = new Thread(() -> {
                for (int base = next.getAndAdd(perTx); base < n; base = next.getAndAdd(perTx)) {
                    List<ArchiveRecord> batch = new java.util.ArrayList<>();
                    for (int k = base; k < Math.min(n, base + perTx); k++) {
                        batch.add(new ArchiveRecord(UUID.randomUUID().toString(), 1, new ArchiveNo("Z011",
                                new ArchivalClass(2026, Retention.THIRTY_YEARS, "BENCH"), 1 + k % 9999),
                                "江民发〔2026〕1号", content, "0".repeat(64), new Person("zhangwei", "张伟", "SHJZ"),
                                new Person("wangqiang", "王强", "JLD"), Instant.now(), LocalDate.now(), Instant.now(),
                                List.of()));
                    }
                    transactions.inTransaction(() -> {
                        if (batch.size() == 1) {
                            log.enqueue(batch.get(0));
                        } else {
                            log.enqueueAll(batch);
                        }
                        return null;
                    });
                }
            });
            writer.start();
            threads.add(writer);
        }
        while (log.size() < target) {
            if (integrating.integrate(1000) > 0) {
                checkpoints.incrementAndGet();
            }
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "log (load %s), %s: %d appends in %.1f s = %.0f appends/s end to end (queued and "
                        + "integrated, %d signed checkpoints); tree size now %d%n", load(), name, n, seconds, n / seconds,
                checkpoints.get(), log.size());
    }

    private ArchiveBenchmark() {
    }

}
