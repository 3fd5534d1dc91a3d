package org.gongwen.drafting.attachment.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.gongwen.events.AttachmentRef;

/** An uploaded file as stored: SHA-256 of its bytes (lowercase hex), size in bytes, type sniffed from the bytes. */
public record StoredFile(String sha256, long size, String contentType) {

    /** The 附件说明 entry {@code name} backed by this file. */
    public AttachmentRef as(String name) {
        return new AttachmentRef(name, sha256, size, contentType);
    }

    /** The file these bytes make, if they are of an accepted kind ({@link ContentSniffer}). */
    public static Optional<StoredFile> of(byte[] bytes) {
        return ContentSniffer.sniff(bytes).map(type -> new StoredFile(sha256(bytes), bytes.length, type));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public static StoredFile of(AttachmentRef ref) {
        return new StoredFile(ref.sha256(), ref.size() == null ? 0 : ref.size(), ref.contentType());
    }
}
