package org.gongwen.testsupport.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

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
        assertOnlyThisRuleReports(root, ServiceArchitecture::domainIsPlainJava,
                "org.springframework.util.StringUtils", "tools.jackson.databind.JsonNode", "java.sql.Timestamp",
                "org.apache.kafka.clients.producer.ProducerRecord", "org.gongwen.platform.web.problem.ProblemException",
                root + ".draft.application.Drafting");
    }

    @Test
    void theApplicationRuleReportsEveryAdapterAndEveryFramework() {
        String root = FIXTURES + "brokenapplication";
        Stream<String> adapters = ServiceArchitecture.ADAPTERS.stream()
                .map(adapter -> root + ".draft." + adapter + ".");
        Stream<String> frameworks = Stream.of("org.springframework.util.StringUtils", "tools.jackson.databind.JsonNode",
                "java.sql.Connection", "org.apache.kafka.clients.producer.ProducerRecord",
                "org.gongwen.platform.web.problem.ProblemException");
        assertOnlyThisRuleReports(root, ServiceArchitecture::applicationKnowsNoAdaptersOrFrameworks,
                Stream.concat(adapters, frameworks).toArray(String[]::new));
    }

    @Test
    void theCycleRuleReportsTwoCapabilitiesThatNeedEachOther() {
        String root = FIXTURES + "cycle";
        assertOnlyThisRuleReports(root, ServiceArchitecture::capabilitiesAreFreeOfCycles,
                root + ".draft.domain.Draft", root + ".trail.domain.Trail", root + ".trail.application.Tracing");
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

    /** The rule reports a violation naming each of {@code named}, and the other rules of the set hold. */
    private static void assertOnlyThisRuleReports(String root, Function<String, ArchRule> rule, String... named) {
        JavaClasses classes = classesOf(root);
        ArchRule broken = rule.apply(root);
        EvaluationResult result = broken.evaluate(classes);
        assertThat(result.hasViolation()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails())).contains(named);
        List<String> failing = ServiceArchitecture.rulesFor(root).stream()
                .filter(each -> each.evaluate(classes).hasViolation())
                .map(ArchRule::getDescription)
                .toList();
        assertThat(failing).containsExactly(broken.getDescription());
    }

    private static JavaClasses classesOf(String root) {
        return new ClassFileImporter().importPackages(root);
    }
}
