/**
 * The domain kernel every gongwen service shares: the one shape of a business refusal ({@link
 * org.gongwen.kernel.Refusal}) and of a field-level finding ({@link org.gongwen.kernel.RuleViolation}). Plain Java,
 * no framework; values here are never null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.kernel;

import org.jspecify.annotations.NullMarked;
