/**
 * The organisation as review-service publishes it (units, people, roles, clearances): registry-service keeps the
 * latest state it received instead of configuring its own (issue 17).
 */
@NullMarked
package org.gongwen.registry.organisation.domain;

import org.jspecify.annotations.NullMarked;
