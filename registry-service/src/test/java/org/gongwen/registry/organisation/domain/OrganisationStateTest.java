package org.gongwen.registry.organisation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.gongwen.events.Classification;
import org.gongwen.events.ReviewOrganisationChanged;
import org.gongwen.events.ReviewOrganisationChanged.Member;
import org.gongwen.events.ReviewOrganisationChanged.Unit;
import org.junit.jupiter.api.Test;

class OrganisationStateTest {

    private static final OrganisationState STATE = OrganisationState.of(new ReviewOrganisationChanged(7,
            Instant.parse("2026-12-05T08:00:00Z"),
            List.of(new Unit("SHJZ", "社会救助科"), new Unit("JLD", "局领导"), new Unit("ZXB", "专项工作办公室")),
            List.of(new Member("zhangwei", "张伟", "SHJZ", "CLERK", "秘密"),
                    new Member("admin", "系统管理员", null, "ADMIN", null),
                    new Member("wangqiang", "王强", "JLD", "CHIEF", "绝密"))));

    @Test
    void aUnitIsKnownByItsNameAndByItsNameAfterTheOrgans() {
        Map<String, String> byName = STATE.unitsByName("江城市民政局", Map.of());
        assertThat(byName).containsEntry("社会救助科", "SHJZ").containsEntry("江城市民政局社会救助科", "SHJZ")
                .containsEntry("专项工作办公室", "ZXB").containsEntry("江城市民政局专项工作办公室", "ZXB");
    }

    @Test
    void configuredAliasesCountOnlyForUnitsThatStillExist() {
        Map<String, String> byName = STATE.unitsByName("江城市民政局", Map.of("局长办公会", "JLD", "养老服务科", "YLFW"));
        assertThat(byName).containsEntry("局长办公会", "JLD").doesNotContainKey("养老服务科");
    }

    @Test
    void thePublishedNameWinsOverAnAliasForAnotherUnit() {
        assertThat(STATE.unitsByName("江城市民政局", Map.of("社会救助科", "JLD"))).containsEntry("社会救助科", "SHJZ");
    }

    @Test
    void aPersonHasTheRoleUnitAndClearancePublished() {
        assertThat(STATE.person("wangqiang")).hasValueSatisfying(p -> {
            assertThat(p.unit()).isEqualTo("JLD");
            assertThat(p.isLeader()).isTrue();
            assertThat(p.isClearedFor(Classification.ofDocument("机密"))).isTrue();
        });
        assertThat(STATE.person("nobody")).isEmpty();
    }

    @Test
    void noClearanceMeansNoneAndNoUnitMeansNone() {
        assertThat(STATE.person("admin")).hasValueSatisfying(p -> {
            assertThat(p.unit()).isEmpty();
            assertThat(p.isClearedFor(Classification.ofDocument("秘密"))).isFalse();
        });
    }
}
