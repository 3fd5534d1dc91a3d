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
    TITLE,
    MAIN_RECIPIENTS,
    BODY,
    ATTACHMENT_NOTE,
    SIGNATURE,
    DATE,
    SEAL,
    NOTE,
    ATTACHMENT_LABEL,
    ATTACHMENT_TITLE,
    ATTACHMENT_BODY,
    COLOPHON_RULE,
    COPY_TO,
    PRINTED_BY,
    PAGE_NUMBER
}
