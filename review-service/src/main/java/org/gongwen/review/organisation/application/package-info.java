/**
 * Managing the organisation data (units, people, positions, acting periods) and its ports.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.review.organisation.application;

import org.jspecify.annotations.NullMarked;
