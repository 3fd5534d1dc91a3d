/**
 * The public event contract between gongwen's services (see shared/contract.md §3).
 *
 * <p>Wire identity is the logical type name in {@link org.gongwen.events.EventType}, never a Java class
 * name, so that classes can move and be renamed freely. Within one version only additive changes are
 * allowed; consumers ignore fields they do not know. Envelope data (event id, source, time, subject) travels
 * as CloudEvents 1.0 Kafka headers, the payload records below as the JSON value.
 */
package org.gongwen.events;
