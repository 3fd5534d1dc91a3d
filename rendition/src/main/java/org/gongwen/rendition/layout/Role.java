package org.gongwen.rendition.layout;

/** What an element of a page is, in the terms of GB/T 9704 (条例 第九条's 要素 and the 版记's rules). */
public enum Role {
    COPY_NUMBER,
    SECRECY,
    URGENCY,
    ORGAN_MARK,
    DOCUMENT_NUMBER,
    SIGNER,
    RED_RULE,
    /** 信函格式: the red double lines at the top and the bottom of page 1. */
    DOUBLE_RULE,
    /** 命令格式: the 令号 (第N号) below the mark. */
    ORDER_NUMBER,
    TITLE,
    MAIN_RECIPIENTS,
    BODY,
    ATTACHMENT_NOTE,
    SIGNATURE,
    DATE,
    SEAL,
    /** 命令格式: the 签发人职务 beside the 签名章. */
    SIGNER_TITLE,
    /** 命令格式: the 签名章 (a placeholder: the signer's name in red). */
    SIGNATURE_STAMP,
    /** 纪要格式: the 期号 (第N期) where the general format has the 发文字号. */
    MINUTES_PERIOD,
    /** 纪要格式: 出席, 请假, 列席 and their names. */
    ATTENDEES,
    NOTE,
    ATTACHMENT_LABEL,
    ATTACHMENT_TITLE,
    ATTACHMENT_BODY,
    COLOPHON_RULE,
    COPY_TO,
    PRINTED_BY,
    PAGE_NUMBER
}
