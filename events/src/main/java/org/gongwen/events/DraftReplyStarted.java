package org.gongwen.events;

import java.time.Instant;

/**
 * 答复起草 (issue 17, addition): a draft was started as the reply to a 收文 of registry-service. Published by
 * drafting-service on gongwen.drafting in the transaction that creates the draft, so it precedes every other event of
 * that draft; {@code revision} is 0: nothing is submitted yet. registry-service records the reply on the 收文 and, when
 * the draft is issued (document.issued, same document id), concludes the 收文 with it.
 *
 * @param drafterClearance the drafter's clearance as the token said (绝密/机密/秘密, absent for none): the registry
 *                         links a reply only from someone cleared for the 收文
 * @param title            the draft's title when it was started
 */
public record DraftReplyStarted(String documentId, int revision, Person drafter, String drafterClearance,
                                InReplyTo inReplyTo, String title, Instant startedAt) implements GongwenEvent {

    /** The 收文 answered: its id in registry-service and its 收文编号 (e.g. 收〔2026〕12号). */
    public record InReplyTo(String incomingId, String receiptNumber) {
    }
}
