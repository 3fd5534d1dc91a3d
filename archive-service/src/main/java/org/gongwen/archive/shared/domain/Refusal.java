package org.gongwen.archive.shared.domain;

/** A business "no" with a stable code and a message in both languages. */
public record Refusal(String code, String messageZh, String messageEn) {
}
