/**
 * 分发 and 签收 (条例 第二十四条): an issued document reaches every 主送 and 抄送 unit as a delivery; our own units sign
 * for it (签收) or send it back (退回), outside organs' copies are sent by the office's 机要 clerk. Plain Java.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.registry.delivery.domain;

import org.jspecify.annotations.NullMarked;
