package org.gongwen.testsupport.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SliceRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.DynamicTest;

/**
 * The architecture every gongwen service keeps (docs/architecture.md, "Inside a service"), as one ArchUnit rule set
 * parameterised by the service's root package. A service adopts it with one test class:
 *
 * <pre>{@code
 * class ArchitectureTest {
 *     @TestFactory
 *     Stream<DynamicTest> architecture() {
 *         return ServiceArchitecture.testsFor("org.gongwen.review");
 *     }
 * }
 * }</pre>
 *
 * <p>The rules hold whether the service is split by layer ({@code <root>.domain}, {@code <root>.application}, …) or
 * by capability ({@code <root>.<capability>.domain}, {@code <root>.<capability>.application}, …):
 * <ul>
 *   <li>{@link #domainIsPlainJava}: {@code ..domain..} depends only on {@code java..} (not {@code java.sql}),
 *       {@code org.gongwen.events..}, the domain kernel {@code org.gongwen.kernel..}, JSpecify's nullness
 *       annotations and the service's own domain packages — no Spring, Jackson, SQL, Kafka or platform;</li>
 *   <li>{@link #applicationKnowsNoAdaptersOrFrameworks}: {@code ..application..} depends on no adapter package
 *       ({@code persistence web messaging remote config}) and not on Spring, Kafka, JDBC, Jackson or
 *       {@code org.gongwen.platform};</li>
 *   <li>{@link #capabilitiesAreFreeOfCycles}: the capability slices {@code <root>.(*)..} do not depend on each
 *       other in a cycle; packages named after a layer or adapter are not capabilities, so a service still split by
 *       layer has no slices and passes.</li>
 * </ul>
 */
public final class ServiceArchitecture {

    /** Adapter packages: the application layer knows none of them. */
    public static final List<String> ADAPTERS = List.of("persistence", "web", "messaging", "remote", "config");

    /** Frameworks neither the domain nor the application layer may touch. */
    private static final List<String> FRAMEWORKS = List.of(
            "org.springframework..", "org.apache.kafka..", "java.sql..", "javax.sql..", "tools.jackson..",
            "com.fasterxml.jackson..", "org.gongwen.platform..");

    /** First-level packages that name a layer, an adapter or a test group, not a capability. */
    private static final Set<String> NOT_CAPABILITIES = Set.of(
            "domain", "application", "persistence", "web", "messaging", "remote", "config", "it", "bench");

    private ServiceArchitecture() {
    }

    /** Every rule of the set for the service whose classes live under {@code rootPackage}. */
    public static List<ArchRule> rulesFor(String rootPackage) {
        return List.of(domainIsPlainJava(rootPackage), applicationKnowsNoAdaptersOrFrameworks(rootPackage),
                capabilitiesAreFreeOfCycles(rootPackage));
    }

    /** One JUnit dynamic test per rule, checked against the service's main (non-test) classes. */
    public static Stream<DynamicTest> testsFor(String rootPackage) {
        JavaClasses classes = mainClasses(rootPackage);
        return rulesFor(rootPackage).stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(classes)));
    }

    /** The service's production classes (test classes left out). */
    public static JavaClasses mainClasses(String rootPackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
    }

    public static ArchRule domainIsPlainJava(String rootPackage) {
        return classes().that().resideInAPackage(rootPackage + "..domain..")
                .should().onlyDependOnClassesThat(
                        resideInAnyPackage("java..", "org.gongwen.events..", "org.gongwen.kernel..",
                                "org.jspecify.annotations..", rootPackage + "..domain..")
                                .and(not(resideInAnyPackage("java.sql.."))))
                .as("the domain of " + rootPackage + " depends only on the JDK (not java.sql), the event contract, "
                        + "the domain kernel, JSpecify's annotations and its own domain packages");
    }

    public static ArchRule applicationKnowsNoAdaptersOrFrameworks(String rootPackage) {
        Stream<String> adapters = ADAPTERS.stream().map(adapter -> rootPackage + ".." + adapter + "..");
        String[] forbidden = Stream.concat(adapters, FRAMEWORKS.stream()).toArray(String[]::new);
        return noClasses().that().resideInAPackage(rootPackage + "..application..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .as("the application layer of " + rootPackage + " knows no adapter (" + String.join(", ", ADAPTERS)
                        + ") and no framework (Spring, Kafka, JDBC, Jackson, org.gongwen.platform)");
    }

    public static ArchRule capabilitiesAreFreeOfCycles(String rootPackage) {
        return cycleRule(rootPackage).allowEmptyShould(true);
    }

    /**
     * As {@link #capabilitiesAreFreeOfCycles}, but for one known edge of a cycle the service keeps on purpose (the
     * reason belongs next to the call): dependencies of {@code from} classes on {@code to} classes are not counted.
     */
    public static ArchRule capabilitiesAreFreeOfCyclesExcept(String rootPackage,
                                                              DescribedPredicate<? super JavaClass> from,
                                                              DescribedPredicate<? super JavaClass> to) {
        return cycleRule(rootPackage).ignoreDependency(from, to).allowEmptyShould(true);
    }

    private static SliceRule cycleRule(String rootPackage) {
        return SlicesRuleDefinition.slices().assignedFrom(capabilities(rootPackage))
                .should().beFreeOfCycles()
                .as("the capabilities of " + rootPackage + " (" + rootPackage + ".(*)..) are free of cycles");
    }

    private static SliceAssignment capabilities(String rootPackage) {
        String prefix = rootPackage + ".";
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String packageName = javaClass.getPackageName();
                if (!packageName.startsWith(prefix)) {
                    return SliceIdentifier.ignore();
                }
                String first = packageName.substring(prefix.length()).split("\\.", 2)[0];
                return NOT_CAPABILITIES.contains(first) ? SliceIdentifier.ignore() : SliceIdentifier.of(first);
            }

            @Override
            public String getDescription() {
                return "capabilities " + rootPackage + ".(*)..";
            }
        };
    }
}
