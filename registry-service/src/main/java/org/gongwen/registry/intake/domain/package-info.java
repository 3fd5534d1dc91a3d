/**
 * 收文办理 (条例 第二十四条): a document from outside is registered with a gap-free 收文编号, checked (初审: accepted,
 * or returned to its sender with the reasons), proposed (拟办) by the office, assigned (批办) by a leader to one
 * 主办 unit with any 协办 units and a deadline, handled (承办) and closed (办结) with a result or an issued reply.
 * Plain Java. Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.registry.intake.domain;

import org.jspecify.annotations.NullMarked;
