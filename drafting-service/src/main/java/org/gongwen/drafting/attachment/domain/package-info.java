/**
 * Attachment files: type sniffing, size limits, storage by hash.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.drafting.attachment.domain;

import org.jspecify.annotations.NullMarked;
