package org.gongwen.e2e.authz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongwen.gatewayclient.GatewayClient;
import org.gongwen.platform.web.security.DemoUser;
import org.gongwen.platform.web.security.DemoUsers;

/**
 * The matrix's columns: who calls, relative to the fixtures, which are all drafted by zhangwei (社会救助科 SHJZ,
 * 秘密), whose chain is sunli → zhaomin → wangqiang. Demo users get their token from /dev/token; the personas
 * the demo organisation lacks (a colleague in zhangwei's own unit, an auditor of lower clearance, zhangwei
 * cleared for 机密 to draft the classified fixtures) are tokens with those claims, signed by the suite's key.
 */
final class Personas {

    /** Column heading → the identity behind it, in the matrix's column order. */
    static final Map<String, DemoUser> COLUMNS = new LinkedHashMap<>();

    /** Draws the classified fixtures (机密): zhangwei as if cleared for 机密; not a column. */
    static final String CLASSIFIED_DRAFTER = "zhangwei·机密";

    static {
        column("zhangwei", DemoUsers.get("zhangwei"));
        column("colleague", new DemoUser("chenjing", "陈静", "SHJZ", Set.of("CLERK"), "秘密"));
        column("lina", DemoUsers.get("lina"));
        column("qianxiao", DemoUsers.get("qianxiao"));
        column("sunli", DemoUsers.get("sunli"));
        column("zhaomin", DemoUsers.get("zhaomin"));
        column("wangqiang", DemoUsers.get("wangqiang"));
        column("liuyang", DemoUsers.get("liuyang"));
        column("zhoushen", DemoUsers.get("zhoushen"));
        column("zhoushen·秘密", new DemoUser("zhoushen", "周慎", "DAS", Set.of("AUDITOR"), "秘密"));
        column("admin", DemoUsers.get("admin"));
        column("service", DemoUsers.get("archive-service"));
    }

    /** Who each column is, for the document. */
    static final List<String> DESCRIPTIONS = List.of(
            "zhangwei: CLERK SHJZ 秘密 — the drafter: **own**",
            "colleague: CLERK SHJZ 秘密 (token only: 陈静) — **another's, same unit**",
            "lina: CLERK YLFW 秘密 — **another's, other unit** (no 分管主任: her chain is zhaomin → wangqiang)",
            "qianxiao: CLERK BGS 秘密 — **another's, other unit** (the unit of sunli and zhaomin)",
            "sunli: DEPUTY_DIRECTOR BGS 机密 — zhangwei's level 1 reviewer (分管主任)",
            "zhaomin: DIRECTOR BGS 机密 — level 2 (办公室主任)",
            "wangqiang: CHIEF JLD 绝密 — level 3, signs (签发)",
            "liuyang: CHIEF JLD 绝密 — the other 局长, not in this chain",
            "zhoushen: AUDITOR DAS 机密",
            "zhoushen·秘密: the auditor with clearance 秘密 (token only) — **clearance below a 机密 document**",
            "admin: ADMIN, no clearance",
            "service: SERVICE principal archive-service 绝密 (service-to-service)");

    private Personas() {
    }

    private static void column(String heading, DemoUser user) {
        COLUMNS.put(heading, user);
    }

    /**
     * Makes every persona callable by its heading through this client, with a token minted here (the same claims
     * and key as /dev/token, which a service's own port does not offer).
     */
    static void register(GatewayClient api) {
        COLUMNS.forEach((heading, user) -> api.useToken(heading, Tokens.valid(user)));
        DemoUser zhangwei = DemoUsers.get("zhangwei");
        api.useToken(CLASSIFIED_DRAFTER, Tokens.valid(new DemoUser(zhangwei.username(), zhangwei.name(),
                zhangwei.unit(), zhangwei.roles(), "机密")));
    }
}
