package org.gongwen.rendition.fonts;

/** A face's font file is not installed or lacks a character: says which package or variable fixes it. */
public class MissingFontException extends RuntimeException {

    public MissingFontException(String message) {
        super(message);
    }
}
