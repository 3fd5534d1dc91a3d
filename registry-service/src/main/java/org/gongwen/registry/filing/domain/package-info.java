/**
 * 归档移交 (issue 17): what a concluded 收文 or 交办事项 hands to the archive — its registration or assignment, the
 * 承办 and the result, and the full trail (业务行为, 行为时间, 机构人员名称; GB/T 18894's 收文 acts 登记, 初审, 承办,
 * 传阅, 催办, 答复), with each act's code from the events' one list. Plain Java.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.registry.filing.domain;

import org.jspecify.annotations.NullMarked;
