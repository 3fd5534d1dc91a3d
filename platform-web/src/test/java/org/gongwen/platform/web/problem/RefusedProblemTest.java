package org.gongwen.platform.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.gongwen.kernel.Refusal;
import org.gongwen.kernel.RuleViolation;
import org.junit.jupiter.api.Test;

/** A domain-kernel refusal on the wire: status from its kind, its code as the type, its findings as violations. */
class RefusedProblemTest {

    @Test
    void eachKindOfRefusalHasItsOwnStatus() {
        assertThat(List.of(Refusal.Kind.values()).stream().map(Problems::status).toList())
                .containsExactly(400, 403, 404, 409, 412, 413, 415, 422, 428, 429);
    }

    @Test
    void aRuleViolationListsTheBrokenRuleAndFieldAsTheProblemsViolation() {
        Refusal refusal = Refusal.ruleViolation("opinion-required", "退回须填写审核意见。", "RETURN needs an opinion.",
                "REVIEW-OPINION-1", "opinion");

        Map<String, Object> body = Problems.refused(refusal, "Rule violation").body(null, true);

        assertThat(body).containsEntry("type", "urn:gongwen:problem:opinion-required").containsEntry("status", 422)
                .containsEntry("title", "Rule violation").containsEntry("detail", "RETURN needs an opinion.");
        assertThat(body.get("violations")).isEqualTo(List.of(new Violation("REVIEW-OPINION-1", "opinion", "ERROR",
                "退回须填写审核意见。", "RETURN needs an opinion.")));
    }

    @Test
    void aRefusalWithoutFindingsHasNoViolationsMember() {
        Refusal refusal = Refusal.forbidden("not-archivist", "仅档案人员可以更正。", "Only AUDITOR may correct.");

        assertThat(Problems.refused(refusal, "Forbidden").body(null, false))
                .containsEntry("status", 403).doesNotContainKey("violations");
    }

    @Test
    void aWarningKeepsItsSeverityOnTheWire() {
        RuleViolation warning = new RuleViolation("TL-UP-1", "mainRecipients", org.gongwen.kernel.Severity.WARNING,
                "上行文宜只有一个主送机关。", "One main recipient.", null, null);

        assertThat(Violation.of(warning).severity()).isEqualTo("WARNING");
    }
}
