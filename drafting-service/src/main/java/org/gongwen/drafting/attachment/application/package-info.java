/**
 * The attachment file store port.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.drafting.attachment.application;

import org.jspecify.annotations.NullMarked;
