package org.gongwen.registry.it;

import java.util.Map;
import java.util.UUID;

import org.gongwen.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Bad input is the client's fault: 400 or 422 as problem+json, never a 500. */
class BadInputIT extends RegistryServiceIT {

    @Test
    void malformedJsonAMissingBodyAndAnIdThatIsNoUuidAre400() {
        web.post().uri("/api/registry/incoming")
                .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("qianxiao"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"title\": ")
                .exchange().expectStatus().isBadRequest().expectHeader().contentType("application/problem+json");
        postEmpty("lina", "/api/registry/deliveries/{id}/return", UUID.randomUUID()).expectStatus().isBadRequest()
                .expectHeader().contentType("application/problem+json");
        postEmpty("zhangwei", "/api/registry/deliveries/not-a-uuid/sign").expectStatus().isBadRequest()
                .expectHeader().contentType("application/problem+json");
        get("qianxiao", "/api/registry/incoming?size=0").expectStatus().isBadRequest();
    }

    @Test
    void anUnknownIdIsNotFoundAndNullsInAListAreMalformed() {
        postEmpty("zhangwei", "/api/registry/deliveries/{id}/sign", UUID.randomUUID()).expectStatus().isNotFound()
                .expectBody().jsonPath("$.reason").isEqualTo("delivery-not-found");
        post("zhaomin", "/api/registry/incoming/{id}/assignment",
                Map.of("leadUnit", "SHJZ", "assistingUnits", java.util.Arrays.asList("YLFW", null),
                        "instruction", "办理。"), UUID.randomUUID())
                .expectStatus().isBadRequest();
    }

    @Test
    void RCV_HANDLE_3_anExtensionWithoutADeadlineNamesTheRule() {
        post("wangqiang", "/api/registry/incoming/{id}/extension", Map.of("reason", "情况复杂"), UUID.randomUUID())
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.rule").isEqualTo("RCV-HANDLE-3");
    }
}
