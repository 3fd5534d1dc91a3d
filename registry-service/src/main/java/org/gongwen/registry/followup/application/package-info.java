/**
 * The 催办 sweep: claim the open items whose follow-up is due, record and publish what the domain says went out.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.registry.followup.application;

import org.jspecify.annotations.NullMarked;
