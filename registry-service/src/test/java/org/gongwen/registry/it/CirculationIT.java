package org.gongwen.registry.it;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** 传阅 of a 收文 through the API: who holds it and since when, each reading with its 批示. */
class CirculationIT extends RegistryServiceIT {

    String registered(String classification) {
        return post("qianxiao", "/api/registry/incoming", IntakeIT.form("关于加强社会救助资金监管的通知", classification, null))
                .expectStatus().isCreated().returnResult(Void.class).getResponseHeaders().getLocation().getPath()
                .replaceAll(".*/", "");
    }

    String started(String incomingId, String order, List<String> readers) {
        return post("qianxiao", "/api/registry/incoming/{id}/circulations",
                Map.of("order", order, "readers", readers), incomingId)
                .expectStatus().isCreated().returnResult(Void.class).getResponseHeaders().getLocation().getPath()
                .replaceAll(".*/", "");
    }

    @Test
    void CIRC_READ_1_inOrderTheDocumentReachesTheNextReaderOnlyOnceTheOneBeforeHasReadIt() {
        String round = started(registered(null), "SEQUENTIAL", List.of("zhaomin", "wangqiang"));
        get("qianxiao", "/api/registry/circulations/{id}", round).expectStatus().isOk().expectBody()
                .jsonPath("$.holders").isEqualTo(List.of("zhaomin"));
        post("wangqiang", "/api/registry/circulations/{id}/reading", Map.of(), round).expectStatus().isForbidden()
                .expectBody().jsonPath("$.reason").isEqualTo("circulation-not-holder");
        get("wangqiang", "/api/registry/circulations").expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.id == '" + round + "')]").isEmpty();

        post("zhaomin", "/api/registry/circulations/{id}/reading", Map.of("instruction", "请社会救助科研究落实。"), round)
                .expectStatus().isOk().expectBody()
                .jsonPath("$.holders").isEqualTo(List.of("wangqiang"))
                .jsonPath("$.readings[0].instruction").isEqualTo("请社会救助科研究落实。")
                .jsonPath("$.readings[1].receivedAt").exists();
        get("wangqiang", "/api/registry/circulations").expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.id == '" + round + "')].holders[0]").isEqualTo("wangqiang");
        post("wangqiang", "/api/registry/circulations/{id}/reading", Map.of(), round).expectStatus().isOk()
                .expectBody().jsonPath("$.finished").isEqualTo(true);
        post("wangqiang", "/api/registry/circulations/{id}/reading", Map.of(), round).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.reason").isEqualTo("circulation-already-read");
    }

    @Test
    void CIRC_START_1_readersAreKnownNamedOnceAndClearedForTheDocument() {
        String secret = registered("秘密");
        post("qianxiao", "/api/registry/incoming/{id}/circulations",
                Map.of("order", "PARALLEL", "readers", List.of("zhaomin", "nobody")), secret)
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.rule").isEqualTo("CIRC-START-1");
        post("qianxiao", "/api/registry/incoming/{id}/circulations",
                Map.of("order", "PARALLEL", "readers", List.of("zhaomin", "zhaomin")), secret)
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.rule").isEqualTo("CIRC-START-1");
        post("zhangwei", "/api/registry/incoming/{id}/circulations",
                Map.of("order", "PARALLEL", "readers", List.of("zhaomin")), secret)
                .expectStatus().isForbidden().expectBody().jsonPath("$.reason").isEqualTo("circulation-not-office");
        String round = started(secret, "PARALLEL", List.of("zhaomin", "sunli"));
        get("qianxiao", "/api/registry/circulations/{id}", round).expectStatus().isOk().expectBody()
                .jsonPath("$.holders.length()").isEqualTo(2);
        get("lina", "/api/registry/circulations/{id}", round).expectStatus().isNotFound();
        post("qianxiao", "/api/registry/incoming/{id}/circulations", Map.of("readers", List.of("zhaomin")), secret)
                .expectStatus().isBadRequest();
    }
}
