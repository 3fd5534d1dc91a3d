package org.gongwen.e2e.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.gongwen.gatewayclient.GatewayClient;
import org.gongwen.e2e.Lifecycle;
import org.gongwen.e2e.Suite;
import org.gongwen.e2e.fuzz.ApiOperations;
import org.gongwen.e2e.fuzz.ApiOperations.Operation;
import org.gongwen.e2e.walk.Walk.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14, the audit walk: every operation the services and the gateway describe at {@code /v3/api-docs}, and the
 * contract's, called once with a VALID request by a fitting demo user — through the gateway wherever it routes the
 * path — each answer checked for its documented success status and a sensible body. The fixtures are the walk's
 * own: documents of zhangwei's (one through the whole chain with 会签, 委派 and an attachment to ISSUED and the archive,
 * where it gets a correction, a legal hold and its release, and is exported; one recalled, returned, resubmitted and
 * rejected; one withdrawn; one from a template) and a unit of its own with three people, its 分管 and 负责人 and an
 * acting period, all ended again, so the demo organisation the other classes of this JVM rely on stays as it was (the
 * one setting it writes, the signer, is written with the value it has).
 *
 * <p>Then the bar: no line at ERROR in any application's log, and no 5xx answered by any application (Micrometer's
 * own count, so calls between the services count too), during the walk — the logs are shared with the other classes,
 * so only what was written after the walk began is read. {@link #everyDescribedOperationHasAValidWalkStep} fails for
 * an operation no step walks: a new endpoint needs a step here.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ValidWalkIT {

    private static final Path REPORT = Path.of("target", "valid-walk.txt");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final List<String> PERSONAS = List.of("zhangwei", "sunli", "zhaomin", "wangqiang", "liuyang",
            "zhoushen", "admin", "archive-service");
    static final byte[] PDF = pdf("名单");
    static final byte[] PDF_REPLACED = pdf("名单（更正）");
    static final byte[] NOTE = "资金测算说明：按每人每月三百元计，共计一千二百人。\n".getBytes(StandardCharsets.UTF_8);

    private static Suite suite;
    private static GatewayClient gateway;
    private static Walk walk;
    private static Map<String, Long> logMark;
    private static Map<String, Map<String, Long>> fiveBefore;
    private static boolean completed;
    private static Instant began;

    @BeforeAll
    static void walkBegins() {
        suite = Suite.get();
        gateway = new GatewayClient(suite.gatewayUrl());
        Map<String, List<Operation>> operations = new LinkedHashMap<>();
        for (String service : ApiOperations.SERVICES) {
            operations.put(service, ApiOperations.of(service,
                    ApiOperations.fetch(suite.serviceUrl(service) + "/v3/api-docs")));
        }
        // registry-service (issue 17) is walked here, though the fuzz and matrix suites cover it elsewhere
        operations.put(Walk.REGISTRY, ApiOperations.of(Walk.REGISTRY,
                ApiOperations.fetch(suite.serviceUrl(Walk.REGISTRY) + "/v3/api-docs")));
        operations.put(Walk.GATEWAY, ApiOperations.of(Walk.GATEWAY,
                ApiOperations.fetch(suite.gatewayUrl() + "/v3/api-docs")));
        walk = new Walk(suite, gateway, operations);
        PERSONAS.forEach(gateway::token);
        began = Instant.now();
        logMark = SuiteLogs.mark(suite);
        fiveBefore = ServerErrors.counts(suite, gateway.token("admin"));
    }

    @Test
    @Order(1)
    void everyOperationAnswersAValidRequestWithSuccess() {
        long start = System.nanoTime();
        try {
            gatewayOwn();
            Documents docs = drafting();
            reviews(docs);
            archive(docs);
            organisation();
            new RegistryWalk(walk, gateway).walk();
            completed = true;
        } finally {
            walk.note(List.of("# walk took " + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms, completed: "
                    + completed));
            walk.report(REPORT);
            System.out.println("[walk] " + walk.calls() + " requests, operations walked per application "
                    + walk.walkedPerApplication() + ", " + walk.failures().size() + " failures (target/valid-walk.txt)");
        }
        assertThat(walk.failures()).as("steps of the walk that did not answer as documented").isEmpty();
    }

    @Test
    @Order(2)
    void everyDescribedOperationHasAValidWalkStep() {
        assertThat(walk.notWalked())
                .as("operations in /v3/api-docs without a valid walk step (walk completed: %s) — a new endpoint needs a"
                        + " step in ValidWalkIT", completed)
                .isEmpty();
    }

    @Test
    @Order(3)
    void noErrorLineAndNo5xxDuringTheWalk() {
        Map<String, List<String>> written = SuiteLogs.since(suite, logMark);
        List<String> errors = SuiteLogs.errors(written);
        List<String> fives = ServerErrors.between(fiveBefore, ServerErrors.counts(suite, gateway.token("admin")));
        List<String> warnings = SuiteLogs.warnings(written);
        List<String> report = new ArrayList<>();
        report.add("# since " + began + ": " + errors.size() + " ERROR lines, " + fives.size() + " kinds of 5xx, "
                + warnings.size() + " WARN lines");
        fives.forEach(f -> report.add("5xx " + f));
        errors.forEach(e -> report.add("ERROR " + e));
        warnings.forEach(w -> report.add("WARN " + w));
        List<String> earlier = SuiteLogs.errors(SuiteLogs.before(suite, logMark));
        report.add("# not judged: " + earlier.size() + " ERROR lines before the walk (startup, other classes of this JVM)");
        earlier.forEach(e -> report.add("earlier ERROR " + e));
        walk.note(report);
        walk.report(REPORT);
        System.out.println("[walk] " + report.get(0));
        assertThat(fives).as("5xx answered by the suite's applications during the walk").isEmpty();
        assertThat(errors).as("ERROR lines in the suite's logs during the walk").isEmpty();
    }

    // ---------------------------------------------------------------------------------------------- the gateway

    private void gatewayOwn() {
        walk.post("/dev/token").json(Map.of("username", "zhangwei")).expect(200, a -> {
            assertThat(a.json().path("access_token").asString().split("\\.")).hasSize(3);
            assertThat(a.json().path("token_type").asString()).isEqualTo("Bearer");
            assertThat(a.json().path("expires_in").asLong()).isPositive();
        });
        walk.get("/dev/jwks.json").expect(200, a -> {
            assertThat(a.json().path("keys").size()).isPositive();
            assertThat(a.json().path("keys").get(0).path("kty").asString()).isEqualTo("RSA");
        });
        for (String service : List.of("drafting", "review", "archive")) {
            walk.get("/api-docs/" + service).expect(200, a -> {
                assertThat(a.json().path("openapi").asString()).startsWith("3.");
                assertThat(a.json().path("paths").size()).isPositive();
            });
        }
        walk.get("/v3/api-docs").expect(200, a -> assertThat(a.json().path("openapi").asString()).startsWith("3."));
        walk.get("/swagger-ui.html").expect(200, a -> assertThat(a.text()).containsIgnoringCase("swagger"));
        walk.get("/").expect(200, a -> assertThat(a.header("Content-Type")).startsWith("text/html"));
        for (String app : suite.modules()) {
            walk.get("/actuator/health").at(app).expect(200,
                    a -> assertThat(a.json().path("status").asString()).isEqualTo("UP"));
        }
    }

    // ---------------------------------------------------------------------------------------------- drafting

    /** The walk's documents, all zhangwei's: A through the chain to the archive, B returned and rejected, C withdrawn. */
    record Documents(String a, String aSubject, String b, String c) {
    }

    private Documents drafting() {
        walk.get("/api/drafts/templates").as("zhangwei").expect(200, a -> {
            assertThat(a.json().size()).isEqualTo(15);
            assertThat(a.json().get(0).path("docType").asString()).isNotBlank();
        });
        walk.get("/api/drafts/templates/" + encode("请示")).as("zhangwei").expect(200, a -> {
            assertThat(a.json().path("docType").asString()).isEqualTo("请示");
            assertThat(a.json().path("draft").path("docType").asString()).isEqualTo("请示");
        });
        walk.post("/api/drafts").as("zhangwei").json(Map.of("template", "通知", "title", "江城市民政局关于巡检模板的通知"))
                .expect(201, a -> {
                    assertThat(a.json().path("docType").asString()).isEqualTo("通知");
                    assertThat(a.json().path("title").asString()).isEqualTo("江城市民政局关于巡检模板的通知");
                    assertThat(a.json().path("status").asString()).isEqualTo("DRAFT");
                });

        // A: written, edited, given an attachment (replaced, a second one added and removed), checked, submitted
        String subject = Lifecycle.uniqueSubject();
        Answer created = walk.post("/api/drafts").as("zhangwei").json(Lifecycle.请示(subject)).expect(201, a -> {
            assertThat(a.header("Location")).isEqualTo("/api/drafts/" + a.json().path("id").asString());
            assertThat(a.header("ETag")).isNotBlank();
            assertThat(a.json().path("status").asString()).isEqualTo("DRAFT");
            assertThat(a.json().path("drafter").asString()).isEqualTo("zhangwei");
            assertThat(a.json().path("unit").asString()).isEqualTo("SHJZ");
            assertThat(a.json().path("version").asLong()).isEqualTo(1);
        });
        String a = require(created, "id");
        String etag = walk.get("/api/drafts/" + a).as("zhangwei").expect(200, r -> {
            assertThat(r.json().path("id").asString()).isEqualTo(a);
            assertThat(r.json().path("title").asString()).contains(subject);
            assertThat(r.header("ETag")).isEqualTo(created.header("ETag"));
        }).header("ETag");
        Map<String, Object> edited = new LinkedHashMap<>(Lifecycle.请示(subject));
        edited.put("body", edited.get("body") + "\n二、资金需求\n按每人每月三百元计。");
        etag = walk.put("/api/drafts/" + a).as("zhangwei").ifMatch(etag).json(edited).expect(200, r -> {
            assertThat(r.json().path("version").asLong()).isEqualTo(2);
            assertThat(r.json().path("body").asString()).endsWith("按每人每月三百元计。");
        }).header("ETag");
        Answer attached = walk.post("/api/drafts/" + a + "/attachments").as("zhangwei").ifMatch(etag)
                .file("名单.pdf", "application/pdf", PDF, "救助对象名单").expect(201, r -> {
                    assertThat(r.header("Location")).isEqualTo("/api/drafts/" + a + "/attachments/1");
                    assertThat(r.json().path("attachments").size()).isEqualTo(1);
                    assertThat(r.json().path("attachments").get(0).path("name").asString()).isEqualTo("救助对象名单");
                    assertThat(r.json().path("attachments").get(0).path("sha256").asString()).isEqualTo(sha256(PDF));
                });
        etag = attached.header("ETag");
        long uploadedIn = attached.json().path("version").asLong();
        etag = walk.put("/api/drafts/" + a + "/attachments/1").as("zhangwei").ifMatch(etag)
                .file("名单.pdf", "application/pdf", PDF_REPLACED, "救助对象名单").expect(200, r -> {
                    assertThat(r.json().path("attachments").size()).isEqualTo(1);
                    assertThat(r.json().path("attachments").get(0).path("sha256").asString())
                            .isEqualTo(sha256(PDF_REPLACED));
                }).header("ETag");
        etag = walk.post("/api/drafts/" + a + "/attachments").as("zhangwei").ifMatch(etag)
                .file("多余.pdf", "application/pdf", PDF, "多余的附件")
                .expect(201, r -> assertThat(r.json().path("attachments").size()).isEqualTo(2)).header("ETag");
        Answer removed = walk.delete("/api/drafts/" + a + "/attachments/2").as("zhangwei").ifMatch(etag).expect(200, r -> {
            assertThat(r.json().path("attachments").size()).isEqualTo(1);
            assertThat(r.json().path("attachments").get(0).path("name").asString()).isEqualTo("救助对象名单");
        });
        Answer text = walk.post("/api/drafts/" + a + "/attachments").as("zhangwei").ifMatch(removed.header("ETag"))
                .file("说明.txt", "text/plain; charset=UTF-8", NOTE, "资金测算说明").expect(201, r -> {
                    assertThat(r.json().path("attachments").size()).isEqualTo(2);
                    assertThat(r.json().path("attachments").get(1).path("sha256").asString()).isEqualTo(sha256(NOTE));
                });
        // read-modify-write: the 附件说明 in the body (GB-ATT-2), the uploaded files kept by their sha256
        Map<String, Object> withNote = new LinkedHashMap<>(edited);
        withNote.put("body", edited.get("body") + "\n附件：1. 救助对象名单\n　　　2. 资金测算说明");
        withNote.put("attachments", List.of(Map.of("name", "救助对象名单", "sha256", sha256(PDF_REPLACED)),
                Map.of("name", "资金测算说明", "sha256", sha256(NOTE))));
        Answer described = walk.put("/api/drafts/" + a).as("zhangwei").ifMatch(text.header("ETag")).json(withNote)
                .expect(200, r -> {
                    assertThat(r.json().path("attachments").size()).isEqualTo(2);
                    assertThat(r.json().path("attachments").get(1).path("contentType").asString()).startsWith("text/plain");
                });
        long version = described.json().path("version").asLong();
        walk.get("/api/drafts/" + a + "/attachments/1").as("zhangwei").expect(200, r -> {
            assertThat(r.header("Content-Type")).startsWith("application/pdf");
            assertThat(r.bytes()).isEqualTo(PDF_REPLACED);
            assertThat(r.header("X-Content-SHA256")).isEqualTo(sha256(PDF_REPLACED));
            assertThat(r.header("Content-Disposition")).startsWith("attachment");
        });
        walk.get("/api/drafts/" + a + "/attachments/1?version=" + uploadedIn).as("zhangwei")
                .expect(200, r -> assertThat(r.bytes()).as("the file as version " + uploadedIn + " had it").isEqualTo(PDF));
        walk.get("/internal/attachments/" + sha256(PDF_REPLACED)).at("drafting-service").as("archive-service")
                .expect(200, r -> {
                    assertThat(r.bytes()).isEqualTo(PDF_REPLACED);
                    assertThat(r.header("Repr-Digest")).startsWith("sha-256=:");
                });
        walk.get("/api/drafts/" + a + "/versions").as("zhangwei").expect(200, r -> {
            assertThat(r.json().size()).isEqualTo((int) version);
            assertThat(r.json().get(0).path("author").asString()).isEqualTo("zhangwei");
        });
        walk.get("/api/drafts/" + a + "/versions/1").as("zhangwei").expect(200, r -> {
            assertThat(r.json().path("version").asLong()).isEqualTo(1);
            assertThat(r.json().path("content").path("title").asString()).contains(subject);
            assertThat(r.json().path("content").path("body").asString()).doesNotContain("救助对象名单");
        });
        walk.get("/api/drafts/" + a + "/diff?from=1&to=" + version).as("zhangwei").expect(200, r -> {
            assertThat(r.json().path("from").asLong()).isEqualTo(1);
            assertThat(r.json().path("to").asLong()).isEqualTo(version);
            assertThat(r.json().path("changes").size()).isPositive();
        });
        walk.post("/api/drafts/" + a + "/check").as("zhangwei").expect(200, r -> {
            assertThat(r.json().path("violations").isArray()).isTrue();
            assertThat(StreamSupport.stream(r.json().path("violations").spliterator(), false)
                    .filter(v -> "ERROR".equals(v.path("severity").asString())).toList()).isEmpty();
        });
        submit(a, 1);
        walk.get("/api/drafts?status=IN_REVIEW&page=0&size=100").as("zhangwei").expect(200, r -> {
            assertThat(r.json().path("total").asLong()).isPositive();
            assertThat(r.json().path("page").asInt()).isZero();
            r.json().path("items").forEach(item -> {
                assertThat(item.path("status").asString()).isEqualTo("IN_REVIEW");
                assertThat(item.path("drafter").asString()).isEqualTo("zhangwei");
            });
        });

        walk.get("/api/drafts").as("zhangwei").expect(200, r -> {
            assertThat(r.json().path("size").asInt()).isEqualTo(20);
            assertThat(r.json().path("items").size()).isPositive();
        });
        // every optional field a client may give: a 特急 平行 函 with 抄送, 份号 and 发文机关
        Map<String, Object> letter = new LinkedHashMap<>();
        letter.put("docType", "函");
        letter.put("title", "江城市民政局关于商请提供低保对象核查数据的函");
        letter.put("mainRecipients", List.of("江城市财政局"));
        letter.put("copyRecipients", List.of("江城市人民政府办公室"));
        letter.put("body", "为做好低保对象核查工作，请贵局于本月底前提供有关数据。\n特此函商，盼复。");
        letter.put("urgency", "特急");
        letter.put("direction", "平行");
        letter.put("attachments", List.of());
        letter.put("remarks", "（联系人：张伟，电话：0000-0000000）");
        letter.put("copyNumber", "000001");
        letter.put("issuingOrgan", "江城市民政局");
        String e = walk.post("/api/drafts").as("zhangwei").json(letter).expect(201, r -> {
            assertThat(r.json().path("urgency").asString()).isEqualTo("特急");
            assertThat(r.json().path("copyRecipients").get(0).asString()).isEqualTo("江城市人民政府办公室");
        }).json().path("id").asString();
        walk.post("/api/drafts/" + e + "/check").as("zhangwei")
                .expect(200, r -> assertThat(r.json().path("violations").isArray()).isTrue());

        // B and C: submitted for the review steps below; C is withdrawn there
        String b = walk.post("/api/drafts").as("zhangwei").json(Lifecycle.请示(Lifecycle.uniqueSubject()))
                .expect(201, r -> { }).json().path("id").asString();
        submit(b, 1);
        String c = walk.post("/api/drafts").as("zhangwei").json(Lifecycle.请示(Lifecycle.uniqueSubject()))
                .expect(201, r -> { }).json().path("id").asString();
        submit(c, 1);
        return new Documents(a, subject, b, c);
    }

    private void submit(String id, int revision) {
        Answer submitted = walk.post("/api/drafts/" + id + "/submit").as("zhangwei").expect(202, r -> {
            assertThat(r.json().path("status").asString()).isEqualTo("IN_REVIEW");
            assertThat(r.json().path("revision").asInt()).isEqualTo(revision);
        });
        if (submitted.status() != 202) {
            throw new AssertionError("the walk cannot go on without " + id + " in review; failures so far: "
                    + walk.failures());
        }
    }

    // ---------------------------------------------------------------------------------------------- review

    private void reviews(Documents docs) {
        String a = docs.a();
        inInbox("sunli", a, 1);
        walk.get("/api/reviews/" + a).as("zhangwei").expect(200, r -> {
            assertThat(r.json().path("status").asString()).isEqualTo("IN_REVIEW");
            assertThat(r.json().path("currentLevel").asInt()).isEqualTo(1);
            assertThat(reviewers(r.json())).containsExactly("sunli", "zhaomin", "wangqiang");
        });
        // 会签 at the 办公室审核 level (zhaomin's): BGS's head is its 分管 sunli
        walk.post("/api/reviews/" + a + "/countersign").as("zhangwei")
                .json(Map.of("units", List.of("BGS"), "rule", "ALL", "revision", 1)).expect(200, r -> {
                    JsonNode cs = r.json().path("steps").get(1).path("countersign");
                    assertThat(cs.path("rule").asString()).isEqualTo("ALL");
                    assertThat(cs.path("countersigners").get(0).path("username").asString()).isEqualTo("sunli");
                });
        walk.post("/api/reviews/" + a + "/urge").as("zhangwei").json(Map.of("note", "请尽快审核"))
                .expect(200, r -> assertThat(r.json().path("documentId").asString()).isEqualTo(a));
        decide("sunli", a, "APPROVE", "同意", 1, r -> assertThat(r.json().path("currentLevel").asInt()).isEqualTo(2));
        decide("sunli", a, "APPROVE", "会签同意", 1, r -> assertThat(r.json().path("steps").get(1).path("countersign")
                .path("complete").asBoolean()).isTrue());
        walk.get("/api/reviews/inbox?urgency=" + encode("特急") + "&overdue=false&page=0&size=10").as("zhaomin")
                .expect(200, r -> r.json().forEach(e -> assertThat(e.path("urgency").asString()).isEqualTo("特急")));
        walk.get("/api/reviews/done?action=APPROVED&page=0&size=50").as("sunli").expect(200, r -> {
            assertThat(r.json().isArray()).isTrue();
            assertThat(ids(r.json())).contains(a);
        });
        inInbox("zhaomin", a, 1);
        walk.get("/api/reviews/dashboard?unit=SHJZ").as("zhaomin").expect(200, r -> {
            assertThat(r.json().path("total").asInt()).isPositive();
            assertThat(ids(r.json().path("documents"))).contains(a);
        });
        walk.get("/api/reviews/dashboard").as("zhoushen").expect(200, r -> assertThat(ids(r.json().path("documents")))
                .contains(a));
        // 加签 and 减签 (REVIEW-ADHOC-*): the 主任 adds the other 局长 after herself, then takes him out again
        walk.get("/api/reviews/" + a + "/reviewers/candidates").as("zhaomin").expect(200, r ->
                assertThat(StreamSupport.stream(r.json().spliterator(), false).map(c -> c.path("username").asString()))
                        .contains("liuyang"));
        walk.post("/api/reviews/" + a + "/reviewers").as("zhaomin")
                .json(Map.of("reviewer", "liuyang", "opinion", "请刘局长把关", "revision", 1)).expect(200, r ->
                        assertThat(reviewers(r.json())).contains("liuyang"));
        walk.delete("/api/reviews/" + a + "/reviewers/liuyang").as("zhaomin")
                .json(Map.of("opinion", "无需加签", "revision", 1)).expect(200, r ->
                        assertThat(reviewers(r.json())).doesNotContain("liuyang"));
        decide("zhaomin", a, "APPROVE", "同意", 1, r -> assertThat(r.json().path("currentLevel").asInt()).isEqualTo(3));
        walk.get("/api/reviews/done").as("zhaomin").expect(200, r -> assertThat(ids(r.json())).contains(a));
        // 委派: the 局长 hands his step to the other 局长, who signs for him (刘洋代王强)
        String until = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        walk.post("/api/reviews/" + a + "/delegation").as("wangqiang").json(Map.of("kind", "DELEGATE", "to", "liuyang",
                "until", until, "reason", "出差", "revision", 1)).expect(200, r ->
                assertThat(r.json().path("currentLevel").asInt()).isEqualTo(3));
        decide("liuyang", a, "APPROVE", "签发", 1, r -> {
            assertThat(r.json().path("status").asString()).isEqualTo("ISSUED");
            assertThat(r.json().path("documentNumber").asString()).matches("江民发〔\\d{4}〕\\d+号");
        });

        // contract §2: the drafter, the reviewers of it and AUDITOR read draft and review
        for (String reader : List.of("sunli", "liuyang", "zhoushen")) {
            walk.get("/api/drafts/" + a).as(reader).expect(200, r -> assertThat(r.json().path("id").asString()).isEqualTo(a));
            walk.get("/api/reviews/" + a).as(reader).expect(200, r -> assertThat(r.json().path("status").asString())
                    .isEqualTo("ISSUED"));
        }

        // B: approved, recalled by its approver, returned, resubmitted, rejected
        String b = docs.b();
        inInbox("sunli", b, 1);
        decide("sunli", b, "APPROVE", "同意", 1, r -> assertThat(r.json().path("currentLevel").asInt()).isEqualTo(2));
        walk.post("/api/reviews/" + b + "/recall").as("sunli").json(Map.of("revision", 1)).expect(200, r ->
                assertThat(r.json().path("currentLevel").asInt()).isEqualTo(1));
        decide("sunli", b, "APPROVE", "同意", 1, r -> assertThat(r.json().path("currentLevel").asInt()).isEqualTo(2));
        walk.post("/api/reviews/" + b + "/decisions").as("zhaomin").json(Map.of("decision", "RETURN", "opinion",
                "请分管主任再核", "revision", 1, "returnToLevel", 1)).expect(200, r -> {
                    assertThat(r.json().path("status").asString()).isEqualTo("IN_REVIEW");
                    assertThat(r.json().path("currentLevel").asInt()).isEqualTo(1);
                });
        decide("sunli", b, "RETURN", "请补充资金测算依据", 1,
                r -> assertThat(r.json().path("status").asString()).isEqualTo("RETURNED"));
        Answer returned = walk.get("/api/drafts/" + b).as("zhangwei").await("RETURNED", 200,
                r -> "RETURNED".equals(r.json().path("status").asString()),
                r -> assertThat(r.json().path("returnedOpinions").size()).isEqualTo(1));
        Map<String, Object> revised = new LinkedHashMap<>(Lifecycle.请示(Lifecycle.uniqueSubject()));
        revised.put("body", revised.get("body") + "\n资金测算依据：按每人每月三百元计。");
        walk.put("/api/drafts/" + b).as("zhangwei").ifMatch(returned.header("ETag")).json(revised)
                .expect(200, r -> assertThat(r.json().path("status").asString()).isEqualTo("RETURNED"));
        submit(b, 2);
        inInbox("sunli", b, 2);
        decide("sunli", b, "REJECT", "不予发文", 2, r -> assertThat(r.json().path("status").asString()).isEqualTo("REJECTED"));

        // C: withdrawn by its drafter before anyone decided
        String c = docs.c();
        inInbox("sunli", c, 1);
        walk.post("/api/reviews/" + c + "/delegation").as("sunli").json(Map.of("kind", "TRANSFER", "to", "zhaomin",
                "until", until, "reason", "转办", "revision", 1)).expect(200, r ->
                assertThat(r.json().path("currentLevel").asInt()).isEqualTo(1));
        walk.post("/api/drafts/" + c + "/withdraw").as("zhangwei").expect(200, r ->
                assertThat(r.json().path("status").asString()).isEqualTo("WITHDRAWN"));

        // the events of all three reach the drafter's side
        walk.get("/api/drafts/" + b).as("zhangwei").await("REJECTED", 200,
                r -> "REJECTED".equals(r.json().path("status").asString()), r -> { });
        walk.get("/api/reviews/inbox?page=0&size=500").as("zhaomin").await("without the withdrawn document", 200,
                r -> r.status() == 200 && !ids(r.json()).contains(c), r -> { });
    }

    private void inInbox(String reviewer, String id, int revision) {
        walk.get("/api/reviews/inbox?docType=" + encode("请示") + "&page=0&size=500").as(reviewer)
                .await(id + " r" + revision + " at " + reviewer, 200, r -> r.status() == 200
                                && StreamSupport.stream(r.json().spliterator(), false).anyMatch(e ->
                                id.equals(e.path("documentId").asString()) && e.path("revision").asInt() == revision),
                        r -> assertThat(r.json().get(0).path("title").asString()).isNotBlank());
    }

    private void decide(String reviewer, String id, String decision, String opinion, int revision,
                        java.util.function.Consumer<Answer> check) {
        walk.post("/api/reviews/" + id + "/decisions").as(reviewer)
                .json(Map.of("decision", decision, "opinion", opinion, "revision", revision)).expect(200, r -> {
                    assertThat(r.json().path("documentId").asString()).isEqualTo(id);
                    check.accept(r);
                });
    }

    // ---------------------------------------------------------------------------------------------- archive

    private void archive(Documents docs) {
        String a = docs.a();
        Answer record = walk.get("/api/archive/records/" + a).as("zhoushen").await("archived", 200,
                r -> r.status() == 200, r -> {
                    assertThat(r.json().path("archiveNo").asString()).matches("Z011-WS·\\d{4}-(Y|D30|D10)-SHJZ-\\d{4}");
                    assertThat(r.json().path("documentNumber").asString()).matches("江民发〔\\d{4}〕\\d+号");
                    assertThat(r.json().path("signer").asString()).isEqualTo("liuyang");
                    assertThat(r.json().path("contentHash").asString()).hasSize(64);
                    assertThat(r.json().path("attachments").size()).isEqualTo(2);
                    assertThat(r.json().path("attachments").get(0).path("sha256").asString())
                            .isEqualTo(sha256(PDF_REPLACED));
                    assertThat(r.json().path("attachments").get(1).path("sha256").asString()).isEqualTo(sha256(NOTE));
                    assertThat(StreamSupport.stream(r.json().path("trail").spliterator(), false)
                            .anyMatch(t -> "liuyang".equals(t.path("actor").asString())
                                    && "wangqiang".equals(t.path("onBehalfOf").asString()))).isTrue();
                });
        String archiveNo = record.json().path("archiveNo").asString();
        String retention = record.json().path("retention").asString();
        int year = record.json().path("year").asInt();
        LocalDate today = LocalDate.now(SHANGHAI);
        walk.get("/api/archive/records?q=" + encode("养老服务补贴") + "&docType=" + encode("请示") + "&unit=SHJZ&year=" + year
                + "&from=" + today.minusDays(1) + "&to=" + today.plusDays(1) + "&page=0&size=100").as("zhoushen")
                .expect(200, r -> {
                    assertThat(r.json().path("total").asLong()).isPositive();
                    assertThat(ids(r.json().path("items"))).contains(a);
                });
        walk.get("/api/archive/records?retention=" + retention + "&classification=" + encode("非密")
                + "&signer=liuyang&drafter=zhangwei&sort=archiveNo&page=0&size=100").as("wangqiang").expect(200, r -> {
                    assertThat(ids(r.json().path("items"))).contains(a);
                    r.json().path("items").forEach(i -> assertThat(i.path("signer").asString()).isEqualTo("liuyang"));
                });
        // q is a substring (archive-service README): of the 文号, the 档号, the title (its unique part)
        String titlePart = docs.aSubject().substring(docs.aSubject().length() - 8);
        for (String q : List.of(record.json().path("documentNumber").asString(), archiveNo, titlePart)) {
            walk.get("/api/archive/records?q=" + encode(q)).as("zhoushen").expect(200, r ->
                    assertThat(ids(r.json().path("items"))).as("found by " + q).contains(a));
        }
        walk.get("/api/archive/records").as("wangqiang").expect(200, r -> assertThat(r.json().path("total").asLong())
                .isPositive());
        walk.get("/api/archive/records/" + a).as("wangqiang").expect(200, r -> assertThat(r.json().path("archiveNo")
                .asString()).isEqualTo(archiveNo));
        walk.post("/api/archive/records/" + a + "/corrections").as("zhoushen")
                .json(Map.of("field", "note", "value", "巡检更正的备注", "reason", "巡检：备注补记")).expect(201, r -> {
                    assertThat(r.json().path("field").asString()).isEqualTo("note");
                    assertThat(r.json().path("newValue").asString()).isEqualTo("巡检更正的备注");
                    assertThat(r.json().path("actor").asString()).isEqualTo("zhoushen");
                });
        walk.post("/api/archive/records/" + a + "/corrections").as("zhoushen")
                .json(Map.of("field", "pageCount", "value", "3", "reason", "巡检：页数核对")).expect(201, r ->
                        assertThat(r.json().path("newValue").asString()).isEqualTo("3"));
        // 鉴定: another 保管期限 than the table gave (permanent, or 30 years for one already permanent)
        String longer = retention.equals("Y") ? "D30" : "Y";
        walk.post("/api/archive/records/" + a + "/corrections").as("zhoushen")
                .json(Map.of("field", "retention", "value", longer, "reason", "巡检：鉴定改为永久")).expect(201, r ->
                        assertThat(r.json().path("newValue").asString()).isEqualTo(longer));
        walk.post("/api/archive/records/" + a + "/legal-hold").as("zhoushen").json(Map.of("reason", "巡检：诉讼保全"))
                .expect(201, r -> assertThat(r.json().path("held").asBoolean()).isTrue());
        walk.get("/api/archive/records/" + a + "/disposal").as("zhoushen").expect(200, r -> {
            assertThat(r.json().path("legalHold").asBoolean()).isTrue();
            assertThat(r.json().path("eligible").asBoolean()).isFalse();
        });
        walk.post("/api/archive/records/" + a + "/legal-hold/release").as("zhoushen").json(Map.of("reason", "巡检：保全解除"))
                .expect(201, r -> assertThat(r.json().path("held").asBoolean()).isFalse());
        walk.get("/api/archive/records/" + a + "/amendments").as("zhoushen").expect(200, r -> {
            assertThat(r.json().path("metadata").path("note").asString()).isEqualTo("巡检更正的备注");
            assertThat(r.json().path("metadata").path("legalHold").asBoolean()).isFalse();
            assertThat(r.json().path("metadata").path("pageCount").asInt()).isEqualTo(3);
            assertThat(r.json().path("metadata").path("retention").asString()).isEqualTo(longer);
            assertThat(r.json().path("corrections").size()).isEqualTo(3);
            assertThat(r.json().path("legalHolds").size()).isEqualTo(2);
        });
        walk.get("/api/archive/records/" + a + "/four-properties").as("zhoushen").expect(200, r -> {
            assertThat(r.json().path("documentId").asString()).isEqualTo(a);
            assertThat(r.json().path("passed").asBoolean()).as("四性检测 passed: " + r.text()).isTrue();
        });
        walk.get("/api/archive/records/" + a + "/package").as("zhoushen").expect(200, r -> {
            assertThat(r.header("Content-Type")).startsWith("application/zip");
            assertThat(new String(r.bytes(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
            assertThat(r.header("Content-Disposition")).startsWith("attachment");
        });
        // the 版式文件 are rendered off the 签发 path: asked for until they exist
        walk.get("/api/archive/records/" + a + "/rendition.pdf").as("zhoushen").await("rendered", 200,
                r -> r.status() == 200, r -> assertThat(r.header("Content-Type")).startsWith("application/pdf"));
        walk.get("/api/archive/records/" + a + "/rendition.ofd").as("zhoushen").expect(200, r ->
                assertThat(r.header("Content-Disposition")).startsWith("attachment"));
        // a rendered document has nothing to re-queue (RENDITION-RETRY-2): the valid answer here is 409; re-queuing a
        // job the worker gave up (202) needs a render that fails, which archive-service's RenditionRetryIT makes
        walk.post("/api/archive/records/" + a + "/rendition/retry").as("zhoushen").expect(409, r ->
                assertThat(r.json().path("type").asString()).isEqualTo("urn:gongwen:problem:rendition-not-failed"));
        Answer proof = walk.get("/api/archive/records/" + a + "/proof").as("zhoushen").await("in the log", 200,
                r -> r.status() == 200, r -> {
                    assertThat(r.json().path("documentId").asString()).isEqualTo(a);
                    assertThat(r.json().path("treeSize").asLong()).isGreaterThan(r.json().path("leafIndex").asLong());
                });
        long leafIndex = proof.json().path("leafIndex").asLong();
        walk.get("/api/archive/records/" + a + "/leaf").as("zhoushen").expect(200, r -> {
            assertThat(r.header("Content-Type")).startsWith("application/json");
            assertThat(r.text()).contains(a);
        });
        Answer latest = walk.get("/api/archive/checkpoints/latest").as("zhangwei").await("a checkpoint with the record",
                200, r -> r.status() == 200 && r.json().path("treeSize").asLong() > leafIndex, r -> {
                    assertThat(r.json().path("signature").asString()).isNotBlank();
                    assertThat(r.json().path("rootHash").asString()).isNotBlank();
                });
        long treeSize = latest.json().path("treeSize").asLong();
        walk.get("/api/archive/checkpoints/" + treeSize).as("zhangwei").expect(200, r ->
                assertThat(r.json().path("rootHash").asString()).isEqualTo(latest.json().path("rootHash").asString()));
        walk.get("/api/archive/records/" + a + "/proof?treeSize=" + treeSize).as("wangqiang").expect(200, r -> {
            assertThat(r.json().path("treeSize").asLong()).isEqualTo(treeSize);
            assertThat(r.json().path("checkpoint").path("treeSize").asLong()).isEqualTo(treeSize);
        });
        walk.get("/api/archive/checkpoints/key").as("zhangwei").expect(200, r -> {
            assertThat(r.json().path("algorithm").asString()).isEqualTo("Ed25519");
            assertThat(r.json().path("pem").asString()).startsWith("-----BEGIN PUBLIC KEY-----");
        });
        walk.get("/api/archive/checkpoints/keys").as("zhangwei").expect(200, r ->
                assertThat(StreamSupport.stream(r.json().path("keys").spliterator(), false)
                        .filter(k -> k.path("current").asBoolean()).count()).isEqualTo(1));
        walk.get("/api/archive/consistency?from=1&to=" + treeSize).as("zhangwei").expect(200, r -> {
            assertThat(r.json().path("from").asLong()).isEqualTo(1);
            assertThat(r.json().path("to").asLong()).isEqualTo(treeSize);
        });
        walk.get("/api/archive/catalogue?year=" + year + "&retention=" + retention + "&unit=SHJZ").as("zhoushen")
                .expect(200, r -> {
                    assertThat(r.json().path("fonds").asString()).isEqualTo("Z011");
                    assertThat(StreamSupport.stream(r.json().path("items").spliterator(), false)
                            .map(e -> e.path("archiveNo").asString()).toList()).contains(archiveNo);
                });
        walk.get("/api/archive/catalogue?year=" + year + "&retention=" + retention + "&unit=SHJZ&format=csv")
                .as("wangqiang").expect(200, r -> {
                    assertThat(r.header("Content-Type")).startsWith("text/csv");
                    assertThat(r.text()).contains(archiveNo);
                });
        walk.get("/api/archive/statistics?year=" + year).as("zhoushen").expect(200, r -> {
            assertThat(r.json().path("year").asInt()).isEqualTo(year);
            assertThat(r.json().path("records").asLong()).isPositive();
        });
        walk.get("/api/archive/access-log?documentId=" + a + "&page=0&size=200").as("admin").expect(200, r -> {
            assertThat(r.json().path("total").asLong()).isPositive();
            assertThat(StreamSupport.stream(r.json().path("items").spliterator(), false)
                    .map(e -> e.path("reader").asString()).toList()).contains("zhoushen");
        });
        walk.get("/api/archive/access-log?reader=wangqiang").as("zhoushen").expect(200, r -> r.json().path("items")
                .forEach(i -> assertThat(i.path("reader").asString()).isEqualTo("wangqiang")));
        walk.get("/api/archive/statistics").as("wangqiang").expect(200, r -> assertThat(r.json().path("records").asLong())
                .isPositive());
        walk.get("/api/archive/catalogue?year=" + year + "&retention=" + retention + "&unit=SHJZ&format=json")
                .as("wangqiang").expect(200, r -> assertThat(r.json().path("unit").asString()).isEqualTo("SHJZ"));
        // the archived event reaches the drafter's side last
        walk.get("/api/drafts/" + a).as("zhangwei").await("ARCHIVED", 200,
                r -> "ARCHIVED".equals(r.json().path("status").asString()),
                r -> assertThat(r.json().path("archiveNo").asString()).isEqualTo(archiveNo));
        correction(a, archiveNo);
    }

    /**
     * 更正 after 签发 (issue 18): the drafter corrects the archived A, its signer alone approves it in their 待办,
     * and the archive keeps the correction as a record of its own under the same 文号, linked to A.
     */
    private void correction(String a, String archiveNo) {
        Answer corrected = walk.post("/api/drafts/" + a + "/correction").as("zhangwei")
                .json(Map.of("copyRecipients", List.of("江城市财政局"), "reason", "巡检：抄送机关漏列"))
                .expect(202, r -> assertThat(r.json().path("status").asString()).isEqualTo("IN_REVIEW"));
        int revision = corrected.json().path("revision").asInt();
        // A was signed by 刘洋 for 王强 (委派): the correction goes to whoever signed it
        String signer = corrected.json().path("signer").path("username").asString();
        inInbox(signer, a, revision);
        decide(signer, a, "APPROVE", "同意更正", revision,
                r -> assertThat(r.json().path("status").asString()).isEqualTo("ISSUED"));
        walk.get("/api/archive/records/" + a + "~r" + revision).as("zhoushen").await("the correction archived", 200,
                r -> r.status() == 200, r -> {
                    assertThat(r.json().path("corrects").path("archiveNo").asString()).isEqualTo(archiveNo);
                    assertThat(r.json().path("documentNumber").asString()).isNotBlank();
                });
    }

    // ---------------------------------------------------------------------------------------------- organisation

    /**
     * ADMIN's organisation API on a unit of the walk's own: created, renamed, staffed (a clerk and two 分管主任),
     * given a 分管 and a 负责人 (each changed once), an acting period (changed, then ended), and everything ended again.
     */
    private void organisation() {
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        String unit = ("WK" + suffix).substring(0, Math.min(10, 2 + suffix.length()));
        String clerk = "wk" + suffix.toLowerCase();
        String deputy = clerk + "b";
        String other = clerk + "c";
        String org = "/api/reviews/organisation";
        walk.get(org).as("admin").expect(200, r -> {
            assertThat(r.json().path("units").toString()).contains("SHJZ");
            assertThat(r.json().path("people").toString()).contains("zhangwei");
        });
        String past = "?asOf=2001-01-01T00:00:00Z";
        walk.get(org + past).as("admin").expect(200, r -> assertThat(r.json().path("units").toString()).contains("SHJZ"));
        walk.get(org + "/units" + past).as("admin").expect(200, r -> assertThat(r.json().toString()).contains("SHJZ"));
        walk.get(org + "/units/SHJZ" + past).as("admin")
                .expect(200, r -> assertThat(r.json().path("name").asString()).isEqualTo("社会救助科"));
        walk.get(org + "/people" + past + "&unit=SHJZ").as("admin")
                .expect(200, r -> assertThat(r.json().toString()).contains("zhangwei"));
        walk.get(org + "/people/zhangwei" + past).as("admin")
                .expect(200, r -> assertThat(r.json().path("unit").asString()).isEqualTo("SHJZ"));
        walk.get(org + "/supervision/SHJZ" + past).as("admin")
                .expect(200, r -> assertThat(r.json().path("username").asString()).isEqualTo("sunli"));
        walk.get(org + "/settings" + past).as("admin").expect(200, r -> assertThat(r.json().toString()).contains("signer"));
        walk.get(org + "/acting" + past).as("admin").expect(200, r -> assertThat(r.json().isArray()).isTrue());
        walk.get(org + "/acting").as("admin").expect(200, r -> assertThat(r.json().isArray()).isTrue());
        walk.post(org + "/units").as("admin").json(Map.of("code", unit, "name", "巡检科"))
                .expect(201, r -> assertThat(r.json().path("code").asString()).isEqualTo(unit));
        walk.get(org + "/units").as("admin").expect(200, r -> assertThat(r.json().toString()).contains(unit));
        walk.put(org + "/units/" + unit).as("admin").json(Map.of("name", "巡检二科"))
                .expect(200, r -> assertThat(r.json().path("name").asString()).isEqualTo("巡检二科"));
        walk.get(org + "/units/" + unit).as("admin")
                .expect(200, r -> assertThat(r.json().path("name").asString()).isEqualTo("巡检二科"));
        walk.get(org + "/units/" + unit + "/history").as("admin").expect(200, r -> assertThat(r.json().size()).isEqualTo(2));

        walk.post(org + "/people").as("admin").json(person(clerk, "巡检甲", unit, "CLERK", "秘密"))
                .expect(201, r -> assertThat(r.json().path("username").asString()).isEqualTo(clerk));
        walk.post(org + "/people").as("admin").json(person(deputy, "巡检乙", unit, "DEPUTY_DIRECTOR", "机密"))
                .expect(201, r -> assertThat(r.json().path("role").asString()).isEqualTo("DEPUTY_DIRECTOR"));
        walk.post(org + "/people").as("admin").json(person(other, "巡检丙", unit, "DEPUTY_DIRECTOR", "机密"))
                .expect(201, r -> assertThat(r.json().path("unit").asString()).isEqualTo(unit));
        walk.get(org + "/people?unit=" + unit).as("admin").expect(200, r -> assertThat(r.json().size()).isEqualTo(3));
        walk.put(org + "/people/" + clerk).as("admin").json(Map.of("name", "巡检甲改"))
                .expect(200, r -> {
                    assertThat(r.json().path("name").asString()).isEqualTo("巡检甲改");
                    assertThat(r.json().path("unit").asString()).isEqualTo(unit);
                });
        walk.get(org + "/people/" + clerk).as("admin")
                .expect(200, r -> assertThat(r.json().path("name").asString()).isEqualTo("巡检甲改"));
        walk.get(org + "/people/" + clerk + "/history").as("admin")
                .expect(200, r -> assertThat(r.json().size()).isEqualTo(2));

        // 分管 (supervision) and 负责人 (heads): /{post}
        post(org, "supervision", unit, deputy, other);
        post(org, "heads", unit, clerk, deputy);

        // settings: the signer written with the value it has, so nothing changes for the other classes
        Answer settings = walk.get(org + "/settings").as("admin").expect(200, r ->
                assertThat(r.json().toString()).contains("signer"));
        String signer = StreamSupport.stream(settings.json().spliterator(), false)
                .filter(s -> "signer".equals(s.path("key").asString())).map(s -> s.path("value").asString())
                .findFirst().orElse("wangqiang");
        walk.put(org + "/settings/signer").as("admin").json(Map.of("value", signer))
                .expect(200, r -> assertThat(r.json().path("value").asString()).isEqualTo(signer));
        walk.get(org + "/settings/signer/history").as("admin").expect(200, r -> assertThat(r.json().size()).isPositive());

        // an acting period of the walk's own people, planned, changed (which replaces it), ended
        Instant from = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String acting = walk.post(org + "/acting").as("admin").json(Map.of("username", deputy, "acting", other,
                "validFrom", from.toString(), "validTo", from.plus(1, ChronoUnit.DAYS).toString())).expect(201, r -> {
                    assertThat(r.json().path("username").asString()).isEqualTo(deputy);
                    assertThat(r.json().path("acting").asString()).isEqualTo(other);
                }).json().path("id").asString();
        walk.get(org + "/acting?username=" + deputy + "&all=true").as("admin")
                .expect(200, r -> assertThat(r.json().toString()).contains("\"id\":" + acting));
        walk.get(org + "/acting/" + acting).as("admin")
                .expect(200, r -> assertThat(r.json().path("acting").asString()).isEqualTo(other));
        String replaced = walk.put(org + "/acting/" + acting).as("admin").json(Map.of("validTo",
                from.plus(2, ChronoUnit.DAYS).toString())).expect(200, r -> assertThat(r.json().path("validTo")
                .asString()).isEqualTo(from.plus(2, ChronoUnit.DAYS).toString())).json().path("id").asString();
        walk.delete(org + "/acting/" + replaced).as("admin")
                .expect(200, r -> assertThat(r.json().path("cancelledAt").isNull()).isFalse());

        for (String username : List.of(clerk, deputy, other)) {
            walk.delete(org + "/people/" + username).as("admin")
                    .expect(200, r -> assertThat(r.json().path("validTo").isNull()).isFalse());
        }
        walk.delete(org + "/units/" + unit).as("admin")
                .expect(200, r -> assertThat(r.json().path("validTo").isNull()).isFalse());
    }

    /** A post of the unit: given to {@code first}, read, changed to {@code second}, its history read, ended. */
    private void post(String org, String post, String unit, String first, String second) {
        walk.post(org + "/" + post).as("admin").json(Map.of("unit", unit, "username", first))
                .expect(201, r -> assertThat(r.json().path("username").asString()).isEqualTo(first));
        walk.get(org + "/" + post).as("admin").expect(200, r -> assertThat(r.json().toString()).contains(unit));
        walk.put(org + "/" + post + "/" + unit).as("admin").json(Map.of("username", second))
                .expect(200, r -> assertThat(r.json().path("username").asString()).isEqualTo(second));
        walk.get(org + "/" + post + "/" + unit).as("admin")
                .expect(200, r -> assertThat(r.json().path("username").asString()).isEqualTo(second));
        walk.get(org + "/" + post + "/" + unit + "/history").as("admin")
                .expect(200, r -> assertThat(r.json().size()).isEqualTo(2));
        walk.delete(org + "/" + post + "/" + unit).as("admin")
                .expect(200, r -> assertThat(r.json().path("validTo").isNull()).isFalse());
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static Map<String, Object> person(String username, String name, String unit, String role, String clearance) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("username", username);
        person.put("name", name);
        person.put("unit", unit);
        person.put("role", role);
        person.put("clearance", clearance);
        return person;
    }

    private static List<String> reviewers(JsonNode review) {
        return StreamSupport.stream(review.path("steps").spliterator(), false)
                .map(s -> s.path("reviewer").asString()).toList();
    }

    private static List<String> ids(JsonNode items) {
        return StreamSupport.stream(items.spliterator(), false).map(i -> i.path("documentId").asString()).toList();
    }

    /** A field later steps need: stops the walk if the step did not give it. */
    private static String require(Answer answer, String field) {
        String value = answer.json().path(field).asString("");
        if (value.isBlank()) {
            throw new AssertionError("the walk cannot go on without " + field + " from " + answer
                    + "; failures so far: " + walk.failures());
        }
        return value;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] pdf(String title) {
        return ("%PDF-1.7\n% " + title + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
