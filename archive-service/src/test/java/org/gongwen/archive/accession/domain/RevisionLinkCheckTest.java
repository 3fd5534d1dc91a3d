package org.gongwen.archive.accession.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** 更正 links against their log leaves (issue 18, ARCHIVE-CORRECTION; DA/T 70 真实性). */
class RevisionLinkCheckTest {

    private static byte[] leaf(String reason) {
        return ("{\"kind\":\"revision-link\",\"reason\":\"" + reason + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void everyLinkEqualToItsLeafIsNoFinding() {
        assertThat(RevisionLinkCheck.compare(Map.of("d~r2", leaf("a"), "d~r3", leaf("b")),
                Map.of("d~r2", leaf("a"), "d~r3", leaf("b")))).isEmpty();
        assertThat(RevisionLinkCheck.compare(Map.of(), Map.of())).isEmpty();
    }

    @Test
    void aLoggedLinkMissingFromTheTableWasDeleted() {
        assertThat(RevisionLinkCheck.compare(Map.of("d~r2", leaf("a"), "d~r3", leaf("b")), Map.of("d~r2", leaf("a"))))
                .containsExactly(new RevisionLinkCheck.Finding("d~r3", RevisionLinkCheck.Fault.DELETED));
    }

    @Test
    void aLinkWhoseRowDiffersFromItsLeafWasAltered() {
        assertThat(RevisionLinkCheck.compare(Map.of("d~r2", leaf("主送有误")), Map.of("d~r2", leaf("x"))))
                .containsExactly(new RevisionLinkCheck.Finding("d~r2", RevisionLinkCheck.Fault.ALTERED));
    }

    @Test
    void aLinkWithoutALeafWasNotMadeByTheService() {
        assertThat(RevisionLinkCheck.compare(Map.of(), Map.of("d~r2", leaf("a"))))
                .containsExactly(new RevisionLinkCheck.Finding("d~r2", RevisionLinkCheck.Fault.NOT_LOGGED));
    }
}
