package org.gongwen.registry.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The registry's "五不" dashboard: open work with holder, since and deadline; for 主任, 局长 and the auditor only. */
class DashboardIT extends RegistryServiceIT {

    @Test
    void aDirectorSeesOpenMattersWithHolderSinceAndDeadlineOverdueFirst() {
        Map<String, Object> matter = SupervisionIT.matter("MEETING", "YLFW");
        String id = post("wangqiang", "/api/registry/matters", matter).expectStatus().isCreated()
                .returnResult(Void.class).getResponseHeaders().getLocation().getPath().replaceAll(".*/", "");
        // one long overdue, so it must come before every item that is not
        jdbc.sql("UPDATE assigned_matters SET deadline = deadline - 400 WHERE id = CAST(? AS uuid)").param(id).update();

        @SuppressWarnings("unchecked")
        Map<String, Object> body = get("zhaomin", "/api/registry/dashboard").expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) body.get("items");
        Map<String, Object> mine = items.stream().filter(i -> id.equals(i.get("id"))).findFirst().orElseThrow();
        assertThat(mine).containsEntry("kind", "MATTER").containsEntry("holder", "YLFW").containsKey("since");
        assertThat(((Number) mine.get("overdueSeconds")).longValue()).isPositive();
        int at = items.indexOf(mine);
        assertThat(items.subList(at, items.size()))
                .allMatch(i -> ((Number) i.get("overdueSeconds")).longValue() <= ((Number) mine.get("overdueSeconds")).longValue());
        assertThat(((Number) body.get("overdue")).longValue()).isPositive();

        get("zhaomin", "/api/registry/dashboard?unit=SHJZ").expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.id == '" + id + "')]").isEmpty();
    }

    @Test
    void aClerkMayNotSeeTheDashboard() {
        get("zhangwei", "/api/registry/dashboard").expectStatus().isForbidden().expectBody()
                .jsonPath("$.type").isEqualTo("urn:gongwen:problem:dashboard-forbidden");
    }
}
