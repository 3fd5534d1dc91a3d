package org.gongwen.archive.shared.domain;

import java.util.Arrays;
import java.util.Optional;

/** 保管期限 (国家档案局令第8号): 永久 or 定期 30/10 年, with the codes DA/T 22-2015 puts into the 档号. */
public enum Retention {

    PERMANENT("Y", "永久"),
    THIRTY_YEARS("D30", "定期30年"),
    TEN_YEARS("D10", "定期10年");

    private final String code;
    private final String label;

    Retention(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<Retention> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equalsIgnoreCase(code == null ? "" : code.trim()))
                .findFirst();
    }
}
