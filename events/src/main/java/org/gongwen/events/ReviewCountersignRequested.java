package org.gongwen.events;

import java.time.Instant;
import java.util.List;

/**
 * 会签: the step at {@code level} needs the parallel approval of {@code countersigners} (heads of other units)
 * before it can be approved. {@code rule} is ALL, ANY or N_OF_M; {@code required} how many approvals complete it.
 */
public record ReviewCountersignRequested(String documentId, int revision, int level, String rule, int required,
                                         List<Person> countersigners, Person requestedBy, Instant at)
        implements GongwenEvent {

    public ReviewCountersignRequested {
        countersigners = countersigners == null ? List.of() : List.copyOf(countersigners);
    }
}
