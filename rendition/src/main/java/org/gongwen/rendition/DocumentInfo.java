package org.gongwen.rendition;

import java.time.ZonedDateTime;

/**
 * What both files say about themselves (PDF's information dictionary and XMP, OFD's DocInfo).
 *
 * @param title   标题
 * @param author  发文机关 (the lead organ)
 * @param subject 发文字号
 * @param created when it was issued; the files carry no other time, so the same document gives the same PDF
 */
public record DocumentInfo(String title, String author, String subject, ZonedDateTime created) {
}
