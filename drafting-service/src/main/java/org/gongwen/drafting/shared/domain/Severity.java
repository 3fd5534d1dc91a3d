package org.gongwen.drafting.shared.domain;

/** ERROR blocks submission; WARNING is shown to the drafter and the reviewers but lets the draft go on. */
public enum Severity {
    ERROR, WARNING
}
