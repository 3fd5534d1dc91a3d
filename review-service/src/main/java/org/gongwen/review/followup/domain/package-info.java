/**
 * Reminders, escalation and manual 催办 of the current step.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.review.followup.domain;

import org.jspecify.annotations.NullMarked;
