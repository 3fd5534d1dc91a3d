package org.gongwen.review.followup.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.review.decision.domain.DemoOrganisation.T0;
import static org.gongwen.review.decision.domain.DemoOrganisation.submitted;

import java.time.Duration;
import java.time.Instant;

import org.gongwen.events.ReviewEscalated;
import org.gongwen.events.ReviewReminderDue;
import org.gongwen.review.decision.domain.Decision;
import org.gongwen.review.decision.domain.DecisionRequest;
import org.gongwen.review.decision.domain.DemoOrganisation;
import org.gongwen.review.decision.domain.Outcomes.Decided;
import org.gongwen.review.decision.domain.Outcomes.Noted;
import org.gongwen.review.decision.domain.Outcomes.Refused;
import org.gongwen.review.decision.domain.Review;
import org.gongwen.review.decision.domain.ReviewStatus;
import org.gongwen.review.decision.domain.Round;
import org.gongwen.review.followup.domain.FollowingUp.FollowUp;
import org.gongwen.kernel.Refusal;
import org.junit.jupiter.api.Test;

/** 条例 第二十四条 催办: REVIEW-DEADLINE-1 (remind, then escalate), -2 (never approve), REVIEW-URGE-1/2. */
class FollowUpTest {

    /** zhangwei's draft is at sunli from T0 (Monday 09:00) and due three working days later. */
    private static final Review AT_SUNLI = submitted("zhangwei");
    private static final Instant DUE = AT_SUNLI.current().currentStep().dueAt();

    @Test
    void nothingIsSentBeforeTheReminderTime() {
        assertThat(FollowingUp.due(AT_SUNLI, T0.plus(Duration.ofHours(1)), Reminders.DEFAULT).events()).isEmpty();
    }

    @Test
    void aReminderGoesOutOnceHalfTheTimeHasPassed() {
        Instant half = T0.plus(Duration.between(T0, DUE).dividedBy(2));
        FollowUp first = FollowingUp.due(AT_SUNLI, half, Reminders.DEFAULT);
        assertThat(first.events()).singleElement().isInstanceOfSatisfying(ReviewReminderDue.class,
                e -> assertThat(e.kind()).isEqualTo("REMINDER"));
        assertThat(FollowingUp.due(first.review(), half.plusSeconds(60), Reminders.DEFAULT).events()).isEmpty();
    }

    @Test
    void anOverdueStepIsEscalatedToTheNextLevelButNeverApproved() {
        FollowUp overdue = FollowingUp.due(AT_SUNLI, DUE.plusSeconds(1), Reminders.DEFAULT);
        assertThat(overdue.events()).hasSize(2);
        ReviewEscalated escalated = (ReviewEscalated) overdue.events().get(1);
        assertThat(escalated.escalatedTo().username()).isEqualTo("zhaomin");
        Round round = overdue.review().current();
        assertThat(round.currentLevel()).isEqualTo(1);
        assertThat(round.currentStep().decided()).isFalse();
        assertThat(round.status()).isEqualTo(ReviewStatus.IN_REVIEW);
        assertThat(round.involves("zhaomin")).isTrue();
        assertThat(FollowingUp.due(overdue.review(), DUE.plus(Duration.ofDays(10)), Reminders.DEFAULT).events())
                .isEmpty();
    }

    @Test
    void theDrafterOrADirectorMayUrgeAtMostOncePerInterval() {
        Instant t = T0.plus(Duration.ofHours(2));
        Noted urged = (Noted) FollowingUp.urge(AT_SUNLI, DemoOrganisation.person("zhangwei"), false, "请尽快", t,
                Reminders.DEFAULT);
        assertThat(((ReviewReminderDue) urged.event()).kind()).isEqualTo("URGED");
        Refused tooSoon = (Refused) FollowingUp.urge(urged.review(), DemoOrganisation.person("zhaomin"), true, null,
                t.plus(Duration.ofMinutes(59)), Reminders.DEFAULT);
        assertThat(tooSoon.refusal().kind()).isEqualTo(Refusal.Kind.TOO_MANY);
        assertThat(tooSoon.refusal().rule()).isEqualTo("REVIEW-URGE-2");
        assertThat(FollowingUp.urge(urged.review(), DemoOrganisation.person("zhaomin"), true, null,
                t.plus(Duration.ofMinutes(61)), Reminders.DEFAULT)).isInstanceOf(Noted.class);
        Refused stranger = (Refused) FollowingUp.urge(AT_SUNLI, DemoOrganisation.person("lina"), false, null, t,
                Reminders.DEFAULT);
        assertThat(stranger.refusal().kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
    }

    @Test
    void REVIEW_ADHOC_anAddedReviewersStepIsRemindedEscalatedAndUrgedLikeAnyOther() {
        Instant later = T0.plus(Duration.ofHours(1));
        Review atZhaomin = ((Decided) AT_SUNLI.decide(new DecisionRequest("sunli", Decision.APPROVE, "同意", 1),
                DemoOrganisation.signingAt(later, 7))).review();
        Review added = ((Noted) atZhaomin.addReviewer("zhaomin", 1, "liuyang", "请刘洋局长把关",
                DemoOrganisation.signingAt(later, 7))).review();
        Review atLiuyang = ((Decided) added.decide(new DecisionRequest("zhaomin", Decision.APPROVE, "同意", 1),
                DemoOrganisation.signingAt(later, 7))).review();
        Instant due = atLiuyang.current().currentStep().dueAt();
        assertThat(atLiuyang.current().currentStep().reviewer().username()).isEqualTo("liuyang");

        FollowUp overdue = FollowingUp.due(atLiuyang, due.plusSeconds(1), Reminders.DEFAULT);
        ReviewEscalated escalated = (ReviewEscalated) overdue.events().get(overdue.events().size() - 1);
        assertThat(escalated.reviewer().username()).isEqualTo("liuyang");
        assertThat(escalated.escalatedTo().username()).isEqualTo("wangqiang");
        Noted urged = (Noted) FollowingUp.urge(atLiuyang, DemoOrganisation.person("zhangwei"), false, "请尽快",
                later.plus(Duration.ofHours(1)), Reminders.DEFAULT);
        assertThat(((ReviewReminderDue) urged.event()).reviewer().username()).isEqualTo("liuyang");
    }
}
