/**
 * 督办: a leader's 交办事项 — from a 批示, a meeting decision or ad hoc — with its 承办 unit, deadline, progress
 * reports and 办结. The office's first "五不": 不让领导交办的工作在我手中延误. Plain Java.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.registry.supervision.domain;

import org.jspecify.annotations.NullMarked;
