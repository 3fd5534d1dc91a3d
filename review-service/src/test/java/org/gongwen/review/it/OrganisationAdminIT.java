package org.gongwen.review.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.gongwen.events.DocumentIssued;
import org.gongwen.events.GongwenEvent;
import org.gongwen.events.TrailEntry;
import org.gongwen.platform.web.security.DemoUser;
import org.gongwen.testsupport.TestInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * ADMIN's organisation API (REVIEW-ORG-*): versions instead of overwrites, {@code asOf} reads, problem+json with
 * every violated field; and REVIEW-CHAIN-4 end to end: 赵敏 replaced as 办公室主任 while a document is at level 1.
 */
class OrganisationAdminIT extends ReviewServiceIT {

    private static final String ORG = "/api/reviews/organisation";

    @AfterEach
    void zhaominDirectsAgain() {
        // the context and database are shared with the other ITs, which expect the demo organisation
        String director = jdbc.sql("SELECT value FROM organisation_settings WHERE key = 'office_director'"
                + " AND valid_to IS NULL").query(String.class).single();
        if (!"zhaomin".equals(director)) {
            admin(HttpMethod.PUT, ORG + "/settings/office_director", Map.of("value", "zhaomin")).expectStatus().isOk();
        }
    }

    private WebTestClient.ResponseSpec admin(HttpMethod method, String uri, Object body) {
        return as("admin", method, uri, body);
    }

    private WebTestClient.ResponseSpec as(String user, HttpMethod method, String uri, Object body) {
        WebTestClient.RequestBodySpec spec = web.method(method).uri(uri)
                .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer(user));
        return body == null ? spec.exchange() : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(WebTestClient.ResponseSpec response) {
        return response.expectBody(Map.class).returnResult().getResponseBody();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 6);
    }

    @Test
    void onlyAdminManagesTheOrganisation() {
        web.get().uri(ORG + "/units").exchange().expectStatus().isUnauthorized();
        get("zhaomin", ORG + "/units").expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.reason").isEqualTo("not-admin");
        as("zhaomin", HttpMethod.POST, ORG + "/units", Map.of("code", "XX", "name", "x")).expectStatus().isForbidden();
        get("admin", ORG + "/units").expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.code == 'SHJZ')].name").isEqualTo("社会救助科");
        get("admin", ORG).expectStatus().isOk()
                .expectBody().jsonPath("$.supervision[?(@.unit == 'SHJZ')].username").isEqualTo("sunli")
                .jsonPath("$.settings[?(@.key == 'signer')].value").isEqualTo("wangqiang");
    }

    @Test
    void aChangeClosesTheVersionAndAsOfAnswersTheOrganisationAsItWas() {
        String code = "T" + suffix().toUpperCase();
        Map<String, Object> created = body(admin(HttpMethod.POST, ORG + "/units", Map.of("code", code, "name", "试点科"))
                .expectStatus().isCreated());
        String createdAt = (String) created.get("validFrom");
        admin(HttpMethod.PUT, ORG + "/units/" + code, Map.of("name", "试点二科")).expectStatus().isOk()
                .expectBody().jsonPath("$.name").isEqualTo("试点二科");

        get("admin", ORG + "/units/" + code).expectStatus().isOk().expectBody().jsonPath("$.name").isEqualTo("试点二科");
        get("admin", ORG + "/units/" + code + "?asOf=" + createdAt).expectStatus().isOk()
                .expectBody().jsonPath("$.name").isEqualTo("试点科");
        List<?> history = get("admin", ORG + "/units/" + code + "/history").expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
        assertThat(history).hasSize(2);
        assertThat(((Map<?, ?>) history.get(0)).get("validTo")).isEqualTo(((Map<?, ?>) history.get(1)).get("validFrom"));

        Map<String, Object> ended = body(admin(HttpMethod.DELETE, ORG + "/units/" + code, null).expectStatus().isOk());
        assertThat(ended.get("validTo")).isNotNull();
        get("admin", ORG + "/units/" + code).expectStatus().isNotFound();
        get("admin", ORG + "/units/" + code + "?asOf=" + createdAt).expectStatus().isOk();
        get("admin", ORG + "/units?asOf=nonsense").expectStatus().isBadRequest();
    }

    @Test
    void refusalsAreProblemsNamingEveryField() {
        admin(HttpMethod.POST, ORG + "/people", Map.of("username", "p" + suffix(), "name", "某人", "unit", "NOPE",
                "role", "BOSS")).expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.reason").isEqualTo("invalid-organisation-change")
                .jsonPath("$.violations[?(@.field == 'unit')].rule").isEqualTo("REVIEW-ORG-2")
                .jsonPath("$.violations[?(@.field == 'role')].rule").isEqualTo("REVIEW-ORG-2");
        admin(HttpMethod.POST, ORG + "/supervision", Map.of("unit", "SHJZ", "username", "sunli"))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.violations[0].rule").isEqualTo("REVIEW-ORG-3")
                .jsonPath("$.violations[0].field").isEqualTo("username");
        admin(HttpMethod.PUT, ORG + "/supervision/SHJZ", Map.of("username", "ghost")).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.violations[0].field").isEqualTo("username");
        admin(HttpMethod.PUT, ORG + "/units/NOPE", Map.of("name", "x")).expectStatus().isNotFound();
        admin(HttpMethod.DELETE, ORG + "/people/sunli", null).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.violations[0].rule").isEqualTo("REVIEW-ORG-5");
        admin(HttpMethod.POST, ORG + "/units", null).expectStatus().isBadRequest();
    }

    @Test
    void actingPeriodsOfOnePersonNeverOverlapAndEndWithoutBeingErased() {
        String owner = "p" + suffix();
        admin(HttpMethod.POST, ORG + "/people", Map.of("username", owner, "name", "休假人", "unit", "YLFW",
                "role", "CLERK", "clearance", "秘密")).expectStatus().isCreated();
        String from = clockIn(10);
        String to = clockIn(20);
        Map<String, Object> period = body(admin(HttpMethod.POST, ORG + "/acting", Map.of("username", owner,
                "acting", "lina", "validFrom", from, "validTo", to)).expectStatus().isCreated());
        admin(HttpMethod.POST, ORG + "/acting", Map.of("username", owner, "acting", "qianxiao",
                "validFrom", clockIn(15), "validTo", clockIn(25))).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.violations[0].rule").isEqualTo("REVIEW-ORG-6");
        Object id = period.get("id");
        admin(HttpMethod.PUT, ORG + "/acting/" + id, Map.of("acting", "qianxiao")).expectStatus().isOk()
                .expectBody().jsonPath("$.acting").isEqualTo("qianxiao");
        get("admin", ORG + "/acting/" + id).expectStatus().isOk()
                .expectBody().jsonPath("$.cancelledAt").isNotEmpty();
        get("admin", ORG + "/acting?username=" + owner + "&asOf=" + clockIn(12)).expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(1).jsonPath("$[0].acting").isEqualTo("qianxiao");
        get("admin", ORG + "/acting?all=true&username=" + owner).expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(2);
    }

    @Test
    void concurrentChangesAreSerialisedIntoOneUnbrokenHistory() throws Exception {
        String code = "C" + suffix().toUpperCase();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<Integer>> creations = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                creations.add(() -> admin(HttpMethod.POST, ORG + "/units", Map.of("code", code, "name", "并发科"))
                        .returnResult(String.class).getStatus().value());
            }
            List<Integer> created = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(creations)) {
                created.add(f.get());
            }
            assertThat(created).containsOnlyOnce(201).filteredOn(s -> s != 201).containsOnly(422);

            List<Callable<Integer>> renames = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String name = "并发科" + i;
                renames.add(() -> admin(HttpMethod.PUT, ORG + "/units/" + code, Map.of("name", name))
                        .returnResult(String.class).getStatus().value());
            }
            for (Future<Integer> f : pool.invokeAll(renames)) {
                assertThat(f.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        List<?> history = get("admin", ORG + "/units/" + code + "/history").expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
        assertThat(history).hasSize(11);
        for (int i = 1; i < history.size(); i++) {
            assertThat(((Map<?, ?>) history.get(i - 1)).get("validTo"))
                    .isEqualTo(((Map<?, ?>) history.get(i)).get("validFrom"));
        }
        assertThat(((Map<?, ?>) history.get(10)).get("validTo")).isNull();
    }

    private String clockIn(int days) {
        return java.time.Instant.now().plus(java.time.Duration.ofDays(days)).toString();
    }

    @Test
    void aDirectorReplacedWhileTheDocumentIsAtLevel1DecidesLevel2AndTheTrailSaysSo() {
        String zy = "zy" + suffix();
        admin(HttpMethod.POST, ORG + "/people", Map.of("username", zy, "name", "周毅", "unit", "BGS",
                "role", "DIRECTOR", "clearance", "机密")).expectStatus().isCreated();
        String id = newDocumentId();
        submit(id, 1, "zhangwei");
        String before = get("admin", ORG + "/settings/office_director/history").expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        Map<String, Object> appointed = body(admin(HttpMethod.PUT, ORG + "/settings/office_director",
                Map.of("value", zy)).expectStatus().isOk());

        approveUpTo(id, 1, "sunli");

        String token = "Bearer " + TestInfrastructure.tokens().mint(new DemoUser(zy, "周毅", "BGS", Set.of("DIRECTOR"),
                "机密"));
        web.get().uri("/api/reviews/inbox").header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.documentId == '" + id + "')].level").isEqualTo(2);
        get("zhaomin", "/api/reviews/inbox").expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.documentId == '" + id + "')]").isEmpty();
        decide("zhaomin", id, "APPROVE", "同意", 1).expectStatus().isForbidden();
        web.post().uri("/api/reviews/{id}/decisions", id).header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("decision", "APPROVE", "opinion", "同意", "revision", 1)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.steps[1].reviewer").isEqualTo(zy);
        approveUpTo(id, 1, "wangqiang");

        List<GongwenEvent> events = reviewEvents(id, 4);
        DocumentIssued issued = (DocumentIssued) events.get(3);
        assertThat(issued.trail()).extracting(t -> t.actor().username())
                .containsExactly("zhangwei", "sunli", zy, "wangqiang");
        assertThat(issued.trail()).extracting(TrailEntry::action)
                .containsExactly("SUBMITTED", "APPROVED", "APPROVED", "SIGNED");
        // the organisation as it was just before the appointment still names 赵敏
        String appointedAt = (String) appointed.get("validFrom");
        get("admin", ORG + "/settings?asOf=" + java.time.Instant.parse(appointedAt).minusNanos(1000))
                .expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.key == 'office_director')].value").isEqualTo("zhaomin");
        assertThat(before).contains("zhaomin");
    }
}
