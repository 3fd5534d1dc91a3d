package org.gongwen.drafting.draft.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.gongwen.kernel.RuleViolation;

/**
 * The 收文 a draft answers (答复, issue 17): its id in registry-service and its 收文编号. Drafting cannot ask the registry
 * (services talk through events only), so it keeps the link as given and announces it (draft.reply-started);
 * registry-service decides whether the drafter may answer that 收文 (RCV-REPLY-1) and concludes it when the reply
 * is issued.
 */
public record ReplyTo(UUID incomingId, String receiptNumber) {

    /** A 收文编号 is short (收〔2026〕12号); anything longer is not one. */
    public static final int RECEIPT_NUMBER_MAX = 50;

    /** DRAFT-REPLY-1: the link names its 收文 by a 收文编号 of one line, short and never blank. */
    public List<RuleViolation> violations() {
        List<RuleViolation> v = new ArrayList<>();
        String number = receiptNumber == null ? "" : receiptNumber;
        if (number.isBlank() || number.codePointCount(0, number.length()) > RECEIPT_NUMBER_MAX
                || DraftInputRules.hasControlCharacter(number, false)) {
            v.add(RuleViolation.error("DRAFT-REPLY-1", "inReplyTo.receiptNumber",
                    "答复须写明所答复收文的收文编号（不超过 " + RECEIPT_NUMBER_MAX + " 个字符）。",
                    "A reply names the 收文 it answers by its receipt number (at most " + RECEIPT_NUMBER_MAX
                            + " characters)."));
        }
        return v;
    }
}
