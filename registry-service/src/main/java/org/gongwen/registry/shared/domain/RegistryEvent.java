package org.gongwen.registry.shared.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A past-tense fact one of the registry's aggregates records: about which document (the delivery's issued document
 * or the 收文), and when. The messaging adapter gives each a logical type and version when it leaves the service.
 */
public interface RegistryEvent {

    UUID documentId();

    Instant at();
}
