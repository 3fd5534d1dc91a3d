package org.gongwen.review.domain;

import java.time.Instant;
import java.time.ZoneId;

/**
 * What a decision needs besides the review: the time, the step deadlines, and for 签发 the 代字 and the
 * counter. 成文日期 and the 文号's year are the 签发 date in {@link #CALENDAR_ZONE}.
 */
public record Signing(Instant now, ReviewDeadlines deadlines, String agencyCode, IssueNumbers numbers) {

    public static final ZoneId CALENDAR_ZONE = ZoneId.of("Asia/Shanghai");
}
