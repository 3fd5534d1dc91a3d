package org.gongwen.drafting.domain;

import java.time.Instant;

import org.gongwen.events.Person;

/** A reviewer's reasons for sending a revision back (RETURN) or refusing it for good (REJECT); kept for the drafter. */
public record ReviewOpinion(int revision, String decision, int level, String role, Person reviewer, String opinion,
                            Instant decidedAt) {
}
