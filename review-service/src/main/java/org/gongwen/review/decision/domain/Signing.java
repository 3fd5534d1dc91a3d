package org.gongwen.review.decision.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

import org.gongwen.events.Person;
import org.gongwen.review.numbering.domain.IssueNumbers;
import org.gongwen.review.numbering.domain.MinutesPeriods;
import org.gongwen.review.organisation.domain.OrganisationChart;
import org.gongwen.review.shared.domain.ReviewDeadlines;
import org.gongwen.kernel.WorkingCalendar;

/**
 * What a decision needs besides the review: the time, the step deadlines, for 签发 the 代字 and the counter, the
 * standing acting assignments valid now (owner username → who acts for them while on leave), and the organisation
 * valid now with the signing rules, from which a level is staffed when it is assigned (REVIEW-CHAIN-4).
 * 成文日期 and the 文号's year are the 签发 date in {@link #CALENDAR_ZONE}; a 纪要 also draws its 期号 from
 * {@code minutesPeriods} (第N期, per 代字 and year).
 */
public record Signing(Instant now, ReviewDeadlines deadlines, String agencyCode, IssueNumbers numbers,
                      Map<String, Person> actingFor, OrganisationChart organisation, SigningRules signingRules,
                      MinutesPeriods minutesPeriods) {

    public static final ZoneId CALENDAR_ZONE = WorkingCalendar.ZONE;

    public Signing {
        actingFor = Map.copyOf(actingFor);
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(signingRules, "signingRules");
        Objects.requireNonNull(minutesPeriods, "minutesPeriods");
    }

    /** For decisions that sign no 纪要: a 纪要 signed with it fails loudly rather than print a made-up 期号. */
    public Signing(Instant now, ReviewDeadlines deadlines, String agencyCode, IssueNumbers numbers,
                   Map<String, Person> actingFor, OrganisationChart organisation, SigningRules signingRules) {
        this(now, deadlines, agencyCode, numbers, actingFor, organisation, signingRules, (code, year) -> {
            throw new IllegalStateException("no 纪要 期号 counter given");
        });
    }
}
