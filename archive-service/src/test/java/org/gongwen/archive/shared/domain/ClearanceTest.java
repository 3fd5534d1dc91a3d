package org.gongwen.archive.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.gongwen.events.Classification;
import org.junit.jupiter.api.Test;

class ClearanceTest {

    @Test
    void classificationsAreOrderedUnclassifiedSecretConfidentialTopSecret() {
        assertThat(Clearance.ofClassification(null)).isLessThan(Clearance.ofClassification("秘密"));
        assertThat(Clearance.ofClassification("秘密")).isLessThan(Clearance.ofClassification("机密"));
        assertThat(Clearance.ofClassification("机密")).isLessThan(Clearance.ofClassification("绝密"));
        assertThat(Clearance.ofClassification("非密")).isEqualTo(Clearance.UNCLASSIFIED);
    }

    @Test
    void aReaderSeesRecordsAtOrBelowTheirClearanceOnly() {
        Clearance secret = Clearance.ofReader("秘密");
        assertThat(secret.covers(Clearance.UNCLASSIFIED)).isTrue();
        assertThat(secret.covers(Clearance.SECRET)).isTrue();
        assertThat(secret.covers(Clearance.CONFIDENTIAL)).isFalse();
        assertThat(Clearance.ofReader("绝密").covers(Clearance.TOP_SECRET)).isTrue();
    }

    @Test
    void anUnknownRecordClassificationIsTreatedAsTopSecret() {
        assertThat(Clearance.ofClassification("内部")).isEqualTo(Clearance.TOP_SECRET);
    }

    @Test
    void anUnknownOrMissingReaderClearanceIsTreatedAsUnclassified() {
        assertThat(Clearance.ofReader("内部")).isEqualTo(Clearance.UNCLASSIFIED);
        assertThat(Clearance.ofReader("")).isEqualTo(Clearance.UNCLASSIFIED);
        assertThat(Clearance.ofReader(null)).isEqualTo(Clearance.UNCLASSIFIED);
    }

    @Test
    void theArchiveNamesAreTheSharedClassificationInTheSameOrder() {
        for (Classification level : Classification.values()) {
            assertThat(Clearance.of(level).level()).isEqualTo(level);
            assertThat(Clearance.of(level).rank()).isEqualTo(level.rank());
        }
        assertThat(Clearance.TOP_SECRET.label()).isEqualTo("绝密");
        assertThat(Clearance.UNCLASSIFIED.label()).as("stored as empty for 非密").isEmpty();
        assertThat(Clearance.ofClassification(" 机密 ")).isEqualTo(Clearance.CONFIDENTIAL);
    }

    @Test
    void onlyAuditorsAndChiefsMayConsultTheArchive() {
        assertThat(ArchiveAccess.mayConsult(Set.of("AUDITOR"))).isTrue();
        assertThat(ArchiveAccess.mayConsult(Set.of("CHIEF"))).isTrue();
        assertThat(ArchiveAccess.mayConsult(Set.of("CLERK"))).isFalse();
        assertThat(ArchiveAccess.mayConsult(Set.of("DIRECTOR", "ADMIN"))).isFalse();
    }
}
