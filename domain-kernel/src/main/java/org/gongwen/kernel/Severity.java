package org.gongwen.kernel;

/** ERROR blocks (a draft's submission, a request); WARNING is shown to the drafter and the reviewers but lets the draft go on. */
public enum Severity {
    ERROR, WARNING
}
