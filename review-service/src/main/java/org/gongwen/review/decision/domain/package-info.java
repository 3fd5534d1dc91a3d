/**
 * The review aggregate: chain, steps, decisions, staffing and 签发.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.review.decision.domain;

import org.jspecify.annotations.NullMarked;
