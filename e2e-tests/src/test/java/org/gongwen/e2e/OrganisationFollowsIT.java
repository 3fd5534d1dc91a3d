package org.gongwen.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.gongwen.e2e.authz.Tokens;
import org.gongwen.gatewayclient.GatewayClient;
import org.gongwen.platform.web.security.DemoUser;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The organisation is review-service's, and registry-service follows it (issue 17): a unit the administrator creates
 * through the gateway receives, signs for and finds the next document issued to it, without any registry
 * configuration naming it.
 */
class OrganisationFollowsIT {

    private final GatewayClient api = new GatewayClient(Suite.get().gatewayUrl());
    private final Lifecycle life = new Lifecycle(api);

    @Test
    void aUnitCreatedByTheAdministratorReceivesTheNextDocumentIssuedToIt() {
        String suffix = UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        String code = "ZX" + suffix;
        String name = "专项工作组" + suffix;
        GatewayClient.Response created = api.post("admin", "/api/reviews/organisation/units",
                Map.of("code", code, "name", name));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String username = "zx" + suffix.toLowerCase();
        GatewayClient.Response person = api.post("admin", "/api/reviews/organisation/people", Map.of("username",
                username, "name", "专班联络员", "unit", code, "role", "CLERK", "clearance", "秘密"));
        assertThat(person.status()).as(person.toString()).isEqualTo(201);

        String id = issueNoticeTo("江城市民政局" + name);

        String member = Tokens.valid(new DemoUser(username, "专班联络员", code, Set.of("CLERK"), "秘密"));
        AtomicReference<JsonNode> delivery = new AtomicReference<>();
        await("the new unit's delivery of " + id).atMost(Duration.ofSeconds(30)).until(() -> {
            GatewayClient.Response mine = api.sendRaw("GET", "/api/registry/deliveries?pending=true", member, null, null);
            assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
            for (JsonNode d : mine.body()) {
                if (id.equals(d.get("documentId").asString())) {
                    delivery.set(d);
                }
            }
            return delivery.get() != null;
        });
        assertThat(delivery.get().get("unit").asString()).isEqualTo(code);
        assertThat(delivery.get().get("route").asString()).isEqualTo("INTERNAL");

        GatewayClient.Response signed = api.sendRaw("POST", "/api/registry/deliveries/"
                + delivery.get().get("id").asString() + "/sign", member, null, null);
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        assertThat(signed.body().get("status").asString()).isEqualTo("SIGNED");
    }

    private String issueNoticeTo(String recipient) {
        return life.issue("zhangwei", Lifecycle.通知("江城市民政局关于做好专项工作有关事项的通知", List.of(recipient),
                List.of(), null));
    }
}
