/**
 * Review use cases: starting, deciding, withdrawing and reading reviews, and their ports.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.review.decision.application;

import org.jspecify.annotations.NullMarked;
