/**
 * Accession rules: whether an issued document may be archived, its retention, the 四性 checks.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.archive.accession.domain;

import org.jspecify.annotations.NullMarked;
