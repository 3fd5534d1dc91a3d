package org.gongwen.review.config;

import java.time.Clock;

import org.gongwen.review.decision.application.DecidingReview;
import org.gongwen.review.decision.application.ReadingReviews;
import org.gongwen.review.decision.application.ReviewEvents;
import org.gongwen.review.decision.application.ReviewQueries;
import org.gongwen.review.decision.application.Reviews;
import org.gongwen.review.decision.application.ChangingReviewers;
import org.gongwen.review.decision.application.StartingReview;
import org.gongwen.review.decision.application.WithdrawingReview;
import org.gongwen.review.delegation.application.DelegatingReview;
import org.gongwen.review.followup.application.FollowingUpReviews;
import org.gongwen.review.followup.application.UrgingReview;
import org.gongwen.review.followup.domain.Reminders;
import org.gongwen.review.numbering.domain.IssueNumbers;
import org.gongwen.review.numbering.domain.MinutesPeriods;
import org.gongwen.review.organisation.application.ManagingOrganisation;
import org.gongwen.review.organisation.application.Organisation;
import org.gongwen.review.organisation.application.OrganisationRecords;
import org.gongwen.review.organisation.application.PublishingOrganisation;
import org.gongwen.review.organisation.application.PublishingOrganisation.PublishedVersions;
import org.gongwen.kernel.Transactions;
import org.gongwen.review.shared.domain.ReviewDeadlines;
import org.springframework.boot.ApplicationRunner;
import org.gongwen.kernel.WorkingCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases, wired by hand: application code carries no framework annotations. */
@Configuration(proxyBeanMethods = false)
class ReviewConfiguration {

    @Bean
    ReviewDeadlines reviewDeadlines(ReviewProperties properties, WorkingCalendar calendar) {
        return properties.reviewDeadlines(calendar);
    }

    @Bean
    Reminders reminders(ReviewProperties properties) {
        return properties.reminderPolicy();
    }

    @Bean
    FollowingUpReviews followingUpReviews(Reviews reviews, ReviewQueries queries, ReviewEvents events,
                                          Transactions tx, Reminders reminders, Clock clock, Organisation organisation,
                                          ReviewProperties properties) {
        return new FollowingUpReviews(reviews, queries, events, tx, reminders, clock, organisation,
                properties.signingRules());
    }

    @Bean
    StartingReview startingReview(Reviews reviews, Organisation organisation, ReviewEvents events, Transactions tx,
                                  ReviewDeadlines deadlines, Clock clock, ReviewProperties properties) {
        return new StartingReview(reviews, organisation, events, tx, deadlines, clock,
                properties.countersignRules(), properties.signingRules());
    }

    @Bean
    DecidingReview decidingReview(Reviews reviews, Organisation organisation, IssueNumbers numbers,
                                  ReviewEvents events, Transactions tx, ReviewDeadlines deadlines, Clock clock,
                                  ReviewProperties properties, MinutesPeriods minutesPeriods) {
        return new DecidingReview(reviews, organisation, numbers, events, tx, deadlines, clock,
                properties.signingRules(), minutesPeriods);
    }

    @Bean
    ChangingReviewers changingReviewers(DecidingReview deciding) {
        return new ChangingReviewers(deciding);
    }

    @Bean
    DelegatingReview delegatingReview(DecidingReview deciding) {
        return new DelegatingReview(deciding);
    }

    @Bean
    UrgingReview urgingReview(DecidingReview deciding, Reminders reminders) {
        return new UrgingReview(deciding, reminders);
    }

    @Bean
    WithdrawingReview withdrawingReview(Reviews reviews, Transactions tx) {
        return new WithdrawingReview(reviews, tx);
    }

    @Bean
    ReadingReviews readingReviews(Reviews reviews, ReviewQueries queries) {
        return new ReadingReviews(reviews, queries);
    }

    @Bean
    PublishingOrganisation publishingOrganisation(OrganisationRecords records, PublishedVersions versions,
                                                  ReviewEvents events, Transactions tx, Clock clock) {
        return new PublishingOrganisation(records, versions, events::publish, tx, clock);
    }

    @Bean
    ManagingOrganisation managingOrganisation(OrganisationRecords records, PublishingOrganisation publishing,
                                              Transactions tx, Clock clock) {
        return new ManagingOrganisation(records, publishing, tx, clock);
    }

    /** The organisation as it stands at start (the first state, or a change made by SQL meanwhile) goes out too. */
    @Bean
    ApplicationRunner publishOrganisationAtStart(PublishingOrganisation publishing) {
        return arguments -> publishing.publishIfChanged();
    }
}
