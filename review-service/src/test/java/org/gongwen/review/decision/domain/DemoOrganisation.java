package org.gongwen.review.decision.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.gongwen.events.DocumentContent;
import org.gongwen.events.Person;
import org.gongwen.events.ReviewChainAssigned.ChainStep;
import org.gongwen.review.organisation.domain.OrganisationChart;
import org.gongwen.review.shared.domain.ReviewDeadlines;

/** Contract §1 as an {@link OrganisationChart}, and reviews built on it, for tests without I/O. */
public final class DemoOrganisation {

    public static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    public static final OrganisationChart CHART = new OrganisationChart(Stream.of(
                    new OrganisationChart.Member("zhangwei", "张伟", "SHJZ", "CLERK"),
                    new OrganisationChart.Member("lina", "李娜", "YLFW", "CLERK"),
                    new OrganisationChart.Member("qianxiao", "钱晓", "BGS", "CLERK"),
                    new OrganisationChart.Member("sunli", "孙立", "BGS", "DEPUTY_DIRECTOR"),
                    new OrganisationChart.Member("zhaomin", "赵敏", "BGS", "DIRECTOR"),
                    new OrganisationChart.Member("wangqiang", "王强", "JLD", "CHIEF"),
                    new OrganisationChart.Member("liuyang", "刘洋", "JLD", "CHIEF"),
                    new OrganisationChart.Member("zhoushen", "周慎", "DAS", "AUDITOR"))
            .collect(Collectors.toMap(OrganisationChart.Member::username, m -> m)),
            Map.of("SHJZ", "sunli", "BGS", "sunli"), "zhaomin", "wangqiang", "江民发");

    private DemoOrganisation() {
    }

    public static Person person(String username) {
        return CHART.member(username).orElseThrow().asPerson();
    }

    public static DocumentContent content(String urgency) {
        return new DocumentContent("通知", "关于做好2026年春节期间困难群众走访慰问工作的通知", List.of("各区民政局"), List.of(),
                "正文", urgency, null, null, "下行", List.of(), null);
    }

    public static List<ChainStep> chainOf(String drafter) {
        return ((ChainPolicy.ChainOutcome.Built) ChainPolicy.build(person(drafter), CHART)).steps();
    }

    public static Submission submission(String documentId, int revision, String drafter, String urgency) {
        return new Submission(documentId, revision, person(drafter), content(urgency), "hash-" + revision, T0);
    }

    public static Review submitted(String drafter) {
        return started(java.util.Optional.empty(), submission("doc-1", 1, drafter, null));
    }

    public static Review started(java.util.Optional<Review> stored, Submission submission) {
        Outcomes.SubmissionOutcome outcome = Review.receive(stored, submission, chainOf(submission.drafter().username()),
                null, T0, ReviewDeadlines.DEFAULT);
        return ((Outcomes.Started) outcome).review();
    }

    public static Signing signingAt(Instant now, int nextNumber) {
        return new Signing(now, ReviewDeadlines.DEFAULT, "江民发", (code, year) -> nextNumber, Map.of(), CHART,
                SigningRules.CHIEF_SIGNS_ALL);
    }
}
