/**
 * Drafting use cases (create, edit, read, submit, follow review, attachments) and their ports.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.drafting.draft.application;

import org.jspecify.annotations.NullMarked;
