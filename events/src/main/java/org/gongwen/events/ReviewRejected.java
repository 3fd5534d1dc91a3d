package org.gongwen.events;

import java.time.Instant;

/** The reviewer refused the draft for good; it will not be issued. */
public record ReviewRejected(String documentId, int revision, int level, String role, Person reviewer,
                             String opinion, Instant decidedAt) implements GongwenEvent {
}
