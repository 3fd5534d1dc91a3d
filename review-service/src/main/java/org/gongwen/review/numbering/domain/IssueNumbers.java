package org.gongwen.review.numbering.domain;

/** Hands out the next 发文顺序号 of an 代字 and year; gap-free as long as the caller's transaction commits. */
@FunctionalInterface
public interface IssueNumbers {

    int next(String agencyCode, int year);
}
