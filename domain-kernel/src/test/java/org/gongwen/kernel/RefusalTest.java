package org.gongwen.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RefusalTest {

    @Test
    void aRuleViolationNamesTheRuleAndCarriesItAsItsOneFieldFinding() {
        Refusal refusal = Refusal.ruleViolation("invalid-countersign", "会签单位重复。", "Duplicate units.",
                "REVIEW-COUNTERSIGN-1", "units");

        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.RULE_VIOLATION);
        assertThat(refusal.rule()).isEqualTo("REVIEW-COUNTERSIGN-1");
        assertThat(refusal.violations()).containsExactly(
                RuleViolation.error("REVIEW-COUNTERSIGN-1", "units", "会签单位重复。", "Duplicate units."));
    }

    @Test
    void aPlainRefusalHasNeitherRuleNorFindings() {
        Refusal refusal = Refusal.conflict("not-in-review", "该公文不在审核中。", "Not in review.");

        assertThat(refusal.rule()).isNull();
        assertThat(refusal.violations()).isEmpty();
    }

    @Test
    void theFindingsAreFixedWhenTheRefusalIsMade() {
        List<RuleViolation> findings = new ArrayList<>(
                List.of(RuleViolation.error("GB-TITLE-1", "title", "标题", "Title")));
        Refusal refusal = new Refusal(Refusal.Kind.INVALID, "invalid-draft", "未保存。", "Not saved.", null, findings);

        findings.clear();

        assertThat(refusal.violations()).hasSize(1);
        assertThatThrownBy(() -> refusal.violations().add(RuleViolation.error("GB-NO-1", "documentNumber", "号", "No.")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void onlyAnErrorBlocks() {
        assertThat(RuleViolation.error("GB-TITLE-1", "title", "标题", "Title").blocking()).isTrue();
        assertThat(new RuleViolation("TL-UP-1", null, Severity.WARNING, "主送", "Recipient", null, null).blocking())
                .isFalse();
    }
}
