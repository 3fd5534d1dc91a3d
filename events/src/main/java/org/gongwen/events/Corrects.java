package org.gongwen.events;

/**
 * 更正 after 签发 (条例 第二十五条: a substantive change to a signed document goes back to its signer): the
 * revision carrying this field replaces issued revision {@code revision}, which bore 文号 {@code documentNumber}
 * and was signed by {@code signer}; {@code reason} is the drafter's 更正理由. Carried by draft.submitted (the
 * correction asked of the signer) and by document.issued (the correction signed). Additive to contract v1.
 */
public record Corrects(int revision, String documentNumber, Person signer, String reason) {
}
