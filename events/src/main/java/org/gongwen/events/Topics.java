package org.gongwen.events;

import java.util.List;

/** Kafka topics, one per producing bounded context; every record is keyed by the document id. */
public final class Topics {

    public static final String DRAFTING = "gongwen.drafting";
    public static final String REVIEW = "gongwen.review";
    public static final String ARCHIVE = "gongwen.archive";
    public static final String REGISTRY = "gongwen.registry";

    public static final List<String> ALL = List.of(DRAFTING, REVIEW, ARCHIVE, REGISTRY);

    private Topics() {
    }

    /** Where a consumer parks a message it could not apply after bounded retries. */
    public static String deadLetterOf(String topic) {
        return topic + ".dlt";
    }
}
