package org.gongwen.archive.rendering.application;

import org.gongwen.archive.shared.domain.ArchiveRecord;

/** Lays an archived record out by GB/T 9704-2012 and writes it as PDF/A-2b and OFD. Blocking CPU work. */
public interface Renderer {

    record Rendered(byte[] pdf, byte[] ofd, int pageCount) {
    }

    /** Throws when the record cannot be rendered (a font missing, a character no font has). */
    Rendered render(ArchiveRecord record);

    /**
     * Lets go of what is kept between documents (the parsed fonts) while no job waits; the next render takes it up
     * again. Called on the render worker's thread only, never during a render.
     */
    default void release() {
    }
}
