package org.gongwen.testsupport.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * Every rule of {@link ServiceArchitecture} is broken on purpose by the fixture classes under {@code fixtures}, and
 * each must report it: a rule that cannot fail proves nothing. Each fixture is its own "service" root.
 */
class ServiceArchitectureTest {

    private static final String FIXTURES = "org.gongwen.testsupport.architecture.fixtures.";

    @Test
    void theSetIsTheThreeRules() {
        assertThat(ServiceArchitecture.rulesFor(FIXTURES + "clean")).hasSize(3);
    }

    @Test
    void aServiceSplitByCapabilityThatKeepsTheRulesPassesEveryRule() {
        assertEveryRuleHolds("clean");
    }

    @Test
    void aServiceStillSplitByLayerPassesEveryRuleEvenWithAdaptersInACycle() {
        assertEveryRuleHolds("layered");
    }

    @Test
    void theDomainRuleReportsSpringJacksonSqlKafkaPlatformAndItsOwnApplicationLayer() {
        String root = FIXTURES + "brokendomain";
        EvaluationResult result = evaluate(root, ServiceArchitecture::domainIsPlainJava);

        assertThat(result.hasViolation()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails()))
                .contains("org.springframework.util.StringUtils", "tools.jackson.databind.JsonNode",
                        "java.sql.Timestamp", "org.apache.kafka.clients.producer.ProducerRecord",
                        "org.gongwen.platform.web.problem.ProblemException", root + ".draft.application.Drafting");
        assertOnlyThisRuleFails(root, ServiceArchitecture.domainIsPlainJava(root));
    }

    @Test
    void theApplicationRuleReportsEveryAdapterAndEveryFramework() {
        String root = FIXTURES + "brokenapplication";
        EvaluationResult result = evaluate(root, ServiceArchitecture::applicationKnowsNoAdaptersOrFrameworks);

        assertThat(result.hasViolation()).isTrue();
        String details = String.join("\n", result.getFailureReport().getDetails());
        for (String adapter : ServiceArchitecture.ADAPTERS) {
            assertThat(details).contains(root + ".draft." + adapter + ".");
        }
        assertThat(details).contains("org.springframework.util.StringUtils", "tools.jackson.databind.JsonNode",
                "java.sql.Connection", "org.apache.kafka.clients.producer.ProducerRecord",
                "org.gongwen.platform.web.problem.ProblemException");
        assertOnlyThisRuleFails(root, ServiceArchitecture.applicationKnowsNoAdaptersOrFrameworks(root));
    }

    @Test
    void theCycleRuleReportsTwoCapabilitiesThatNeedEachOther() {
        String root = FIXTURES + "cycle";
        EvaluationResult result = evaluate(root, ServiceArchitecture::capabilitiesAreFreeOfCycles);

        assertThat(result.hasViolation()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails()))
                .contains(root + ".draft.domain.Draft", root + ".trail.domain.Trail",
                        root + ".trail.application.Tracing");
        assertOnlyThisRuleFails(root, ServiceArchitecture.capabilitiesAreFreeOfCycles(root));
    }

    @Test
    void aMistypedRootFailsInsteadOfPassingEmpty() {
        String root = FIXTURES + "nosuchservice";
        JavaClasses none = classesOf(root);
        assertThatThrownBy(() -> ServiceArchitecture.domainIsPlainJava(root).check(none))
                .isInstanceOf(AssertionError.class).hasMessageContaining("failed to check any classes");
        assertThatThrownBy(() -> ServiceArchitecture.applicationKnowsNoAdaptersOrFrameworks(root).check(none))
                .isInstanceOf(AssertionError.class).hasMessageContaining("failed to check any classes");
    }

    private static void assertEveryRuleHolds(String fixture) {
        String root = FIXTURES + fixture;
        JavaClasses classes = classesOf(root);
        for (ArchRule rule : ServiceArchitecture.rulesFor(root)) {
            EvaluationResult result = rule.evaluate(classes);
            assertThat(result.hasViolation()).as(rule.getDescription() + ": " + result.getFailureReport()).isFalse();
        }
    }

    private static void assertOnlyThisRuleFails(String root, ArchRule broken) {
        JavaClasses classes = classesOf(root);
        List<String> failing = ServiceArchitecture.rulesFor(root).stream()
                .filter(rule -> rule.evaluate(classes).hasViolation())
                .map(ArchRule::getDescription)
                .toList();
        assertThat(failing).containsExactly(broken.getDescription());
    }

    private static EvaluationResult evaluate(String root, Function<String, ArchRule> rule) {
        return rule.apply(root).evaluate(classesOf(root));
    }

    private static JavaClasses classesOf(String root) {
        return new ClassFileImporter().importPackages(root);
    }
}
