/**
 * 催办 of what the registry waits on — a delivery's 签收, a 收文's 承办, a 交办事项 — on the office's working-day
 * calendar: a reminder, a 催办 each working day it is overdue, one escalation. Plain Java.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.registry.followup.domain;

import org.jspecify.annotations.NullMarked;
