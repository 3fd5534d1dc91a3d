/**
 * 传阅 (条例 第二十四条: "随时掌握公文去向，不得漏传、误传、延误"): a document sent round leaders in order or all at
 * once; each reading is recorded with its time and any 批示, and at every moment the circulation says who holds it
 * and since when. Plain Java. Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.registry.circulation.domain;

import org.jspecify.annotations.NullMarked;
