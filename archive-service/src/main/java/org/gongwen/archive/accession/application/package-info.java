/**
 * Accession use cases: archiving an issued document with its verified attachments, and their ports.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.archive.accession.application;

import org.jspecify.annotations.NullMarked;
