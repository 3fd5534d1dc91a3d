package org.gongwen.kernel;

/** ERROR blocks (a draft's submission, a request); WARNING is shown to the drafter and reviewers but lets it go on. */
public enum Severity {
    ERROR, WARNING
}
