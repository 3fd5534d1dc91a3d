package org.gongwen.e2e.authz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.gongwen.gatewayclient.GatewayClient;
import org.gongwen.e2e.Lifecycle;
import tools.jackson.databind.JsonNode;

/**
 * The objects a matrix row aims at, made on first use. A row whose call succeeded for one persona may have used
 * its object up (submitted, approved, deleted), so {@link #renew} makes the next persona meet a fresh one in the
 * same state: every cell of a row sees the same situation.
 */
final class Targets {

    /** What a row is about. All documents are zhangwei's (see {@link Personas}). */
    enum Target {
        /** no particular object (lists, creation, organisation reads) */
        NONE,
        /** a draft being written (状态 DRAFT, 非密) with one attachment */
        DRAFT,
        /** the same, classified 机密 (drafted by zhangwei cleared for 机密) */
        SECRET_DRAFT,
        /** submitted, waiting for sunli (level 1) */
        IN_REVIEW,
        /** approved by sunli, waiting for zhaomin (level 2): the previous approver can still recall */
        AT_LEVEL_2,
        /** issued and archived, 非密 */
        ARCHIVED,
        /** issued and archived, 机密 */
        SECRET_ARCHIVED,
        /** a unit, a clerk in it and an acting period, made by admin for the matrix */
        ORGANISATION,
        /**
         * the archive's log has a signed checkpoint (made periodically after the first record is archived); id: the
         * latest checkpoint's tree size
         */
        CHECKPOINTED
    }

    /** One object: its id and, for organisation rows, the unit code, username and acting-period id. */
    record Instance(String id, String unit, String username, String acting) {
    }

    static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    private final GatewayClient api;
    private final Lifecycle life;
    private final Map<Target, Instance> current = new EnumMap<>(Target.class);

    Targets(GatewayClient api) {
        this.api = api;
        this.life = new Lifecycle(api);
    }

    Instance get(Target target) {
        return current.computeIfAbsent(target, this::make);
    }

    void renew(Target target) {
        current.remove(target);
    }

    /** The user who wrote the target's document (and may read its ETag). */
    static String drafter(Target target) {
        return target == Target.SECRET_DRAFT || target == Target.SECRET_ARCHIVED ? Personas.CLASSIFIED_DRAFTER
                : "zhangwei";
    }

    /** The document's current ETag, as its drafter reads it. */
    String etag(Target target) {
        return api.get(drafter(target), "/api/drafts/" + get(target).id()).header("ETag");
    }

    private Instance make(Target target) {
        return switch (target) {
            case NONE -> new Instance("", "", "", "");
            case DRAFT, SECRET_DRAFT -> new Instance(draftWithAttachment(drafter(target), classification(target)),
                    "", "", "");
            case IN_REVIEW -> new Instance(submitted("zhangwei", null), "", "", "");
            case AT_LEVEL_2 -> {
                String id = submitted("zhangwei", null);
                life.approve("sunli", id, 1);
                life.awaitInInbox("zhaomin", id, 1);
                yield new Instance(id, "", "", "");
            }
            case ARCHIVED, SECRET_ARCHIVED -> new Instance(archived(drafter(target), classification(target)),
                    "", "", "");
            case ORGANISATION -> organisation();
            case CHECKPOINTED -> {
                get(Target.ARCHIVED);
                AtomicReference<GatewayClient.Response> latest = new AtomicReference<>();
                await("a signed checkpoint of the archive's log").atMost(Duration.ofSeconds(90)).until(() -> {
                    latest.set(api.get("zhoushen", "/api/archive/checkpoints/latest"));
                    return latest.get().status() == 200;
                });
                // its tree size: checkpoints are signed now and then, so one of size 1 exists only if the first
                // was signed after exactly one record (not after ConcurrentIssuanceIT, say)
                yield new Instance(latest.get().body().path("treeSize").asString(), "", "", "");
            }
        };
    }

    private static String classification(Target target) {
        return target == Target.SECRET_DRAFT || target == Target.SECRET_ARCHIVED ? "机密" : null;
    }

    private Map<String, Object> draft(String classification) {
        Map<String, Object> draft = new LinkedHashMap<>(Lifecycle.请示(Lifecycle.uniqueSubject()));
        if (classification != null) {
            draft.put("classification", classification);
            draft.put("classificationPeriodYears", 10);
            draft.put("copyNumber", "000001"); // 份号: a classified document needs one (GB-SEC-4)
        }
        return draft;
    }

    private String draftWithAttachment(String drafter, String classification) {
        String id = life.create(drafter, draft(classification));
        GatewayClient.Response uploaded = upload(api, drafter, id, "\"1\"");
        assertThat(uploaded.status()).as("attachment: " + uploaded).isEqualTo(201);
        return id;
    }

    /** POST (or, with {@code number}, PUT) of a small PDF as the multipart {@code file} part. */
    static GatewayClient.Response upload(GatewayClient api, String user, String draftId, String ifMatch) {
        return multipart(api, user, "POST", "/api/drafts/" + draftId + "/attachments", ifMatch);
    }

    static GatewayClient.Response multipart(GatewayClient api, String user, String method, String path, String ifMatch) {
        String boundary = "matrix" + UUID.randomUUID().toString().replace("-", "");
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"名单.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + PDF.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(PDF, 0, body, head.length, PDF.length);
        System.arraycopy(tail, 0, body, head.length + PDF.length, tail.length);
        HttpRequest.Builder request = HttpRequest.newBuilder()
                .header("Authorization", "Bearer " + api.token(user))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return api.exchange(request, path);
    }

    private String submitted(String drafter, String classification) {
        String id = life.create(drafter, draft(classification));
        GatewayClient.Response submitted = api.post(drafter, "/api/drafts/" + id + "/submit", null);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(202);
        life.awaitInInbox("sunli", id, 1);
        return id;
    }

    private String archived(String drafter, String classification) {
        String id = submitted(drafter, classification);
        life.approve("sunli", id, 1);
        life.approve("zhaomin", id, 1);
        life.approve("wangqiang", id, 1);
        life.awaitArchiveRecord("zhoushen", id);
        return id;
    }

    private Instance organisation() {
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        String unit = ("MX" + suffix).substring(0, Math.min(10, 2 + suffix.length()));
        String username = "mx" + suffix.toLowerCase();
        created(api.post("admin", "/api/reviews/organisation/units", Map.of("code", unit, "name", "矩阵测试科")));
        created(api.post("admin", "/api/reviews/organisation/people", Map.of("username", username,
                "name", "矩阵", "unit", unit, "role", "CLERK", "clearance", "秘密")));
        JsonNode acting = created(api.post("admin", "/api/reviews/organisation/acting", actingPeriod()));
        return new Instance("", unit, username, acting.path("id").asString());
    }

    private static final AtomicInteger actingPeriods = new AtomicInteger();

    /** liuyang acting for wangqiang for one day far ahead, a different day each time (periods may not overlap). */
    static Map<String, Object> actingPeriod() {
        Instant from = Instant.parse("2040-01-01T00:00:00Z")
                .plus(Duration.ofDays(2L * actingPeriods.incrementAndGet()));
        return Map.of("username", "liuyang", "acting", "wangqiang", "validFrom", from.toString(),
                "validTo", from.plus(Duration.ofDays(1)).toString());
    }

    private static JsonNode created(GatewayClient.Response response) {
        assertThat(response.status()).as("organisation fixture: " + response).isBetween(200, 201);
        return response.body();
    }
}
