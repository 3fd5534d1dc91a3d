package org.gongwen.registry.delivery.application;

import java.time.Instant;
import java.util.Map;

/** What distribution needs to know of our organisation (port: the organisation is review-service's data). */
public interface Organisation {

    /** Our units by the names documents use for them (全称 and 规范化简称) → unit code. */
    Map<String, String> unitsByName();

    /** When a delivery that arrives at {@code at} falls due for 签收 (working days of the office's calendar). */
    Instant signingDue(Instant at, String urgency);
}
