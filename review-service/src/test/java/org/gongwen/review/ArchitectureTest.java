package org.gongwen.review;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.gongwen.testsupport.architecture.ServiceArchitecture;
import org.junit.jupiter.api.Test;

/**
 * review-service is cut by capability ({@code org.gongwen.review.<capability>}: decision, countersign, delegation,
 * followup, organisation, numbering, plus a small {@code shared} kernel), each slice with its own
 * {@code domain}/{@code application} and the adapters it needs ({@code persistence}, {@code web}, {@code messaging},
 * {@code config}). {@code org.gongwen.review.config} wires the slices together.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = ServiceArchitecture.mainClasses("org.gongwen.review");

    /** The rule set every service shares (test-support ServiceArchitecture): domain, application. */
    @Test
    void theDomainIsPlainJava() {
        ServiceArchitecture.domainIsPlainJava("org.gongwen.review").check(CLASSES);
    }

    @Test
    void theApplicationKnowsNoAdaptersOrFrameworks() {
        ServiceArchitecture.applicationKnowsNoAdaptersOrFrameworks("org.gongwen.review").check(CLASSES);
    }

    @Test
    void theSharedKernelDependsOnNoCapability() {
        noClasses().that().resideInAPackage("org.gongwen.review.shared..")
                .should().dependOnClassesThat().resideInAnyPackage("org.gongwen.review.decision..",
                        "org.gongwen.review.countersign..", "org.gongwen.review.delegation..",
                        "org.gongwen.review.followup..", "org.gongwen.review.organisation..",
                        "org.gongwen.review.numbering..", "org.gongwen.review.config..")
                .check(CLASSES);
    }

    /**
     * Capability slices depend on each other in one direction only (decision → organisation, numbering; countersign,
     * delegation, followup → decision, organisation; all → shared), with one known exception, a real cycle:
     * decision → countersign.domain. The 会签 state ({@code Countersign}) is part of the {@code Review} aggregate's
     * {@code Step}, and a countersigner's decision is taken inside {@code Review.decide} under the aggregate's lock
     * ({@code Countersigning.decide}), while {@code Countersigning} works on the aggregate's
     * {@code Review}/{@code Round}/{@code Step}; the aggregate's persistence, views and use cases (送审 with a
     * standing 会签, the 会签 request) use it too. Breaking it means moving the 会签 state into the aggregate or
     * behind a port in decision — a redesign, not a move. Only that edge is ignored: any other cycle fails here.
     */
    @Test
    void capabilitiesAreFreeOfCyclesExceptDecisionAndCountersign() {
        ServiceArchitecture.capabilitiesAreFreeOfCyclesExcept("org.gongwen.review",
                        resideInAPackage("org.gongwen.review.decision.."),
                        resideInAPackage("org.gongwen.review.countersign.domain.."))
                .check(CLASSES);
    }
}
