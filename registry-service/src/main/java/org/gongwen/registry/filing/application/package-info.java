/**
 * 归档移交 use case and its ports: on 办结, the archive's event is built in the concluding transaction.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.registry.filing.application;

import org.jspecify.annotations.NullMarked;
