/**
 * Running due reminders and escalations, and 催办.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.review.followup.application;

import org.jspecify.annotations.NullMarked;
