package org.gongwen.e2e.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.gongwen.gatewayclient.GatewayClient;
import org.gongwen.e2e.Lifecycle;
import tools.jackson.databind.node.ObjectNode;

/**
 * Real objects for bad and unauthorised requests to aim at, all by zhangwei (社会救助科, 秘密), whose chain is
 * sunli → zhaomin → wangqiang: a draft still being written, a document at sunli's desk, and an archived record; and
 * a unit with one person of the fuzzer's own for the organisation endpoints, so that a bad request the service
 * rightly accepts (a DELETE whose fault is in a parameter it ignores, say) changes that unit, never the demo
 * organisation whose chains the other e2e classes rely on. {@link #state()} reads everything a wrongly accepted
 * request could change.
 */
public final class Fixtures {

    public static final String DRAFTER = "zhangwei";

    private final GatewayClient api;
    private final Lifecycle life;
    public final String draftId;
    public final String inReviewId;
    public final String archivedId;
    private final String unit;
    private final String person;

    public Fixtures(GatewayClient api) {
        this.api = api;
        this.life = new Lifecycle(api);
        this.draftId = life.create(DRAFTER, Lifecycle.请示(Lifecycle.uniqueSubject()));
        this.inReviewId = life.submitNew(DRAFTER);
        life.awaitInInbox("sunli", inReviewId, 1);
        this.archivedId = life.submitNew(DRAFTER);
        life.approve("sunli", archivedId, 1);
        life.approve("zhaomin", archivedId, 1);
        life.approve("wangqiang", archivedId, 1);
        life.awaitArchiveRecord("zhoushen", archivedId);
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        this.unit = ("FZ" + suffix).substring(0, Math.min(10, 2 + suffix.length()));
        this.person = "fz" + suffix.toLowerCase();
        created(api.post("admin", "/api/reviews/organisation/units", Map.of("code", unit, "name", "模糊测试科")));
        created(api.post("admin", "/api/reviews/organisation/people", Map.of("username", person, "name", "模糊",
                "unit", unit, "role", "CLERK", "clearance", "秘密")));
    }

    private static void created(GatewayClient.Response response) {
        assertThat(response.status()).as("organisation fixture: %s", response).isBetween(200, 201);
    }

    /**
     * What a refused request must leave as it was: the fixtures' versions and statuses, the drafter's draft count,
     * the review's steps, the archive's record count and the record's amendments, the organisation.
     */
    public Map<String, String> state() {
        Map<String, String> state = new LinkedHashMap<>();
        for (String id : new String[] {draftId, inReviewId, archivedId}) {
            GatewayClient.Response draft = read(DRAFTER, "/api/drafts/" + id);
            state.put("draft " + id, draft.header("ETag") + " " + draft.body().path("status").asString()
                    + " v" + draft.body().path("version").asString());
        }
        state.put("drafts of " + DRAFTER, read(DRAFTER, "/api/drafts?size=1").body().path("total").asString());
        state.put("review " + inReviewId, read("sunli", "/api/reviews/" + inReviewId).body().toString());
        state.put("archive records", read("zhoushen", "/api/archive/records?size=1").body().path("total").asString());
        state.put("amendments " + archivedId,
                read("zhoushen", "/api/archive/records/" + archivedId + "/amendments").body().toString());
        // the organisation as it stands; "asOf" is the moment of reading, not state
        ObjectNode organisation = (ObjectNode) read("admin", "/api/reviews/organisation").body();
        organisation.remove("asOf");
        state.put("organisation", organisation.toString());
        return state;
    }

    /** Real values for the path parameters the service declares, by parameter name. */
    public Map<String, String> knownIds(String service) {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("id", draftId);
        ids.put("documentId", service.equals("archive-service") ? archivedId : inReviewId);
        ids.put("number", "1");
        ids.put("version", "1");
        ids.put("code", unit);
        ids.put("unit", unit);
        ids.put("username", person);
        ids.put("post", "supervision");
        ids.put("docType", "请示");
        ids.put("treeSize", "1");
        return ids;
    }

    private GatewayClient.Response read(String user, String path) {
        GatewayClient.Response response = api.get(user, path);
        assertThat(response.status()).as("fixture read %s %s: %s", user, path, response).isEqualTo(200);
        return response;
    }
}
