package org.gongwen.drafting.config;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

import org.gongwen.drafting.attachment.application.AttachmentFiles;
import org.gongwen.drafting.attachment.domain.AttachmentLimits;
import org.gongwen.drafting.draft.application.ChangingAttachments;
import org.gongwen.drafting.draft.application.ContentHasher;
import org.gongwen.drafting.draft.application.CreatingDraft;
import org.gongwen.drafting.draft.application.DraftEvents;
import org.gongwen.drafting.draft.application.Drafts;
import org.gongwen.drafting.draft.application.EditingDraft;
import org.gongwen.drafting.draft.application.FollowingReview;
import org.gongwen.drafting.draft.application.ReadingAttachments;
import org.gongwen.drafting.draft.application.ReadingDrafts;
import org.gongwen.drafting.draft.application.ReadingVersions;
import org.gongwen.drafting.draft.application.SubmittingDraft;
import org.gongwen.drafting.format.domain.FormatChecker;
import org.gongwen.drafting.format.domain.FormatRules;
import org.gongwen.drafting.format.domain.Organisation;
import org.gongwen.drafting.format.domain.RuleSeverities;
import org.gongwen.kernel.Transactions;
import org.gongwen.drafting.template.domain.DraftTemplates;
import org.gongwen.drafting.template.domain.ReplySkeletons;
import org.gongwen.platform.messaging.ContentHash;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases, wired by hand: the application layer knows nothing of Spring. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({FormatProperties.class, AttachmentProperties.class})
class DraftingConfiguration {

    /** PostgreSQL keeps microseconds; cutting here makes a draft read back equal to the one written. */
    private static Supplier<Instant> now(Clock clock) {
        return () -> clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The platform's canonical-JSON SHA-256, behind the application's port (the application knows no Jackson). */
    @Bean
    ContentHasher contentHasher() {
        return ContentHash::of;
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
    ReplySkeletons replySkeletons(DraftTemplates templates, Organisation organisation) {
        return new ReplySkeletons(templates, organisation);
    }

    @Bean
    CreatingDraft creatingDraft(Drafts drafts, Transactions transactions, ContentHasher hasher, DraftEvents events,
                                Clock clock) {
        return new CreatingDraft(drafts, transactions, hasher, events, now(clock));
    }

    /** Inconsistent limits (a file larger than a draft may be) fail the start. */
    @Bean
    AttachmentLimits attachmentLimits(AttachmentProperties properties) {
        return new AttachmentLimits(properties.maxFileSize().toBytes(), properties.maxDraftSize().toBytes());
    }

    @Bean
    EditingDraft editingDraft(Drafts drafts, Transactions transactions, AttachmentFiles files, AttachmentLimits limits,
                              ContentHasher hasher, Clock clock) {
        return new EditingDraft(drafts, transactions, files, limits, hasher, now(clock));
    }

    @Bean
    ChangingAttachments changingAttachments(Drafts drafts, AttachmentFiles files, Transactions transactions,
                                            AttachmentLimits limits, ContentHasher hasher, Clock clock) {
        return new ChangingAttachments(drafts, files, transactions, limits, hasher, now(clock));
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
                                    ContentHasher hasher, Clock clock) {
        return new SubmittingDraft(drafts, transactions, events, checker, hasher, now(clock));
    }

    @Bean
    FollowingReview followingReview(Drafts drafts, Transactions transactions) {
        return new FollowingReview(drafts, transactions);
    }
}
