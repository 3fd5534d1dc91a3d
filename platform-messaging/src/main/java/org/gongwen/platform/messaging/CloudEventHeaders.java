package org.gongwen.platform.messaging;

/** CloudEvents 1.0 Kafka protocol binding, binary content mode: attributes as {@code ce_*} headers. */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String CONTENT_TYPE = "content-type";

    /** Added when a message is parked in a dead-letter topic: why, and where it came from. */
    public static final String DLT_REASON = "gongwen_dlt_reason";
    public static final String DLT_ORIGIN = "gongwen_dlt_origin";
    public static final String DLT_CONSUMER = "gongwen_dlt_consumer";

    private CloudEventHeaders() {
    }
}
