package org.gongwen.drafting.config;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

import org.gongwen.drafting.application.AttachmentFiles;
import org.gongwen.drafting.application.ChangingAttachments;
import org.gongwen.drafting.application.CreatingDraft;
import org.gongwen.drafting.application.DraftEvents;
import org.gongwen.drafting.application.Drafts;
import org.gongwen.drafting.application.EditingDraft;
import org.gongwen.drafting.application.FollowingReview;
import org.gongwen.drafting.application.ReadingAttachments;
import org.gongwen.drafting.application.ReadingDrafts;
import org.gongwen.drafting.application.ReadingVersions;
import org.gongwen.drafting.application.SubmittingDraft;
import org.gongwen.drafting.application.Transactions;
import org.gongwen.drafting.domain.attachment.AttachmentLimits;
import org.gongwen.drafting.domain.format.FormatChecker;
import org.gongwen.drafting.domain.format.FormatRules;
import org.gongwen.drafting.domain.format.Organisation;
import org.gongwen.drafting.domain.format.RuleSeverities;
import org.gongwen.drafting.domain.template.DraftTemplates;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/** The use cases, wired by hand: the application layer knows nothing of Spring. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({FormatProperties.class, AttachmentProperties.class})
class DraftingConfiguration {

    /** PostgreSQL keeps microseconds; cutting here makes a draft read back equal to the one written. */
    private static Supplier<Instant> now(Clock clock) {
        return () -> clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @Bean
    Transactions transactions(TransactionTemplate template) {
        return new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return template.execute(status -> work.get());
            }
        };
    }

    @Bean
    Organisation organisation(FormatProperties properties) {
        FormatProperties.Org org = properties.organisation();
        return org.name() == null ? Organisation.demo()
                : new Organisation(org.name(), org.superiors(), org.higherOrgans());
    }

    /** Unknown rule keys or levels fail the start: a mistyped 实施细则 must not silently check less. */
    @Bean
    FormatChecker formatChecker(FormatProperties properties, Organisation organisation) {
        return new FormatChecker(FormatRules.all(organisation), RuleSeverities.of(properties.severities()));
    }

    /** The templates speak in the organisation's name and address its superior (the same configuration). */
    @Bean
    DraftTemplates draftTemplates(Organisation organisation) {
        return new DraftTemplates(organisation);
    }

    @Bean
    CreatingDraft creatingDraft(Drafts drafts, Transactions transactions, Clock clock) {
        return new CreatingDraft(drafts, transactions, now(clock));
    }

    /** Inconsistent limits (a file larger than a draft may be) fail the start. */
    @Bean
    AttachmentLimits attachmentLimits(AttachmentProperties properties) {
        return new AttachmentLimits(properties.maxFileSize().toBytes(), properties.maxDraftSize().toBytes());
    }

    @Bean
    EditingDraft editingDraft(Drafts drafts, Transactions transactions, AttachmentFiles files, AttachmentLimits limits,
                              Clock clock) {
        return new EditingDraft(drafts, transactions, files, limits, now(clock));
    }

    @Bean
    ChangingAttachments changingAttachments(Drafts drafts, AttachmentFiles files, Transactions transactions,
                                            AttachmentLimits limits, Clock clock) {
        return new ChangingAttachments(drafts, files, transactions, limits, now(clock));
    }

    @Bean
    ReadingAttachments readingAttachments(Drafts drafts, AttachmentFiles files, ReadingDrafts reading) {
        return new ReadingAttachments(drafts, files, reading);
    }

    @Bean
    ReadingDrafts readingDrafts(Drafts drafts, FormatChecker checker) {
        return new ReadingDrafts(drafts, checker);
    }

    @Bean
    ReadingVersions readingVersions(Drafts drafts, ReadingDrafts reading) {
        return new ReadingVersions(drafts, reading);
    }

    @Bean
    SubmittingDraft submittingDraft(Drafts drafts, Transactions transactions, DraftEvents events, FormatChecker checker,
                                    Clock clock) {
        return new SubmittingDraft(drafts, transactions, events, checker, now(clock));
    }

    @Bean
    FollowingReview followingReview(Drafts drafts, Transactions transactions) {
        return new FollowingReview(drafts, transactions);
    }
}
