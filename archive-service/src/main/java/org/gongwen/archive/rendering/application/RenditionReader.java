package org.gongwen.archive.rendering.application;

import org.gongwen.archive.rendering.domain.RenditionFormat;
import org.jspecify.annotations.Nullable;

/** Opens a stored file in a reader of its format (可用性: the file opens, not only its bytes are there). */
public interface RenditionReader {

    /** The page count, or why the file did not open. */
    record Opened(@Nullable Integer pages, @Nullable String error) {
    }

    Opened open(RenditionFormat format, byte[] data);
}
