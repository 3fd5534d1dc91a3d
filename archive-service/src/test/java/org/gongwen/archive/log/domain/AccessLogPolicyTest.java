package org.gongwen.archive.log.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AccessLogPolicyTest {

    @Test
    void theAdminSeesEveryonesReads() {
        assertThat(AccessLogPolicy.scope("admin", Set.of("ADMIN"), Optional.empty()))
                .isInstanceOf(AccessLogPolicy.Everyone.class);
    }

    @Test
    void anAuditorSeesOthersButNeverThemselves() {
        assertThat(AccessLogPolicy.scope("zhoushen", Set.of("AUDITOR"), Optional.empty()))
                .isEqualTo(new AccessLogPolicy.AllBut("zhoushen"));
        assertThat(AccessLogPolicy.scope("zhoushen", Set.of("AUDITOR"), Optional.of("wangqiang")))
                .isEqualTo(new AccessLogPolicy.AllBut("zhoushen"));
        assertThat(AccessLogPolicy.scope("zhoushen", Set.of("AUDITOR"), Optional.of("zhoushen")))
                .isInstanceOf(AccessLogPolicy.Refused.class);
    }

    @Test
    void nobodyElseMayQueryTheAccessLog() {
        assertThat(AccessLogPolicy.scope("wangqiang", Set.of("CHIEF"), Optional.empty()))
                .isInstanceOf(AccessLogPolicy.Refused.class);
    }
}
