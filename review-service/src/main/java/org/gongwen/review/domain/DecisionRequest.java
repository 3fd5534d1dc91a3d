package org.gongwen.review.domain;

/** A reviewer's decision as asked for: who, what, why, and on which revision they read. */
public record DecisionRequest(String username, Decision decision, String opinion, int revision) {
}
