package org.gongwen.registry.intake.domain;

/**
 * 收文编号: a running serial per year, gap-free like the 文号 (the persistence adapter allocates it in the
 * registering transaction), written as GB-NO-1 writes a 文号 — full year in 六角括号, the serial in Arabic numerals
 * without padding or 第: {@code 收〔2026〕12号}.
 */
public record ReceiptNumber(int year, int serial) {

    public ReceiptNumber {
        if (year < 2000 || year > 9999 || serial < 1) {
            throw new IllegalArgumentException("no 收文编号 " + year + "/" + serial);
        }
    }

    @Override
    public String toString() {
        return "收〔" + year + "〕" + serial + "号";
    }
}
