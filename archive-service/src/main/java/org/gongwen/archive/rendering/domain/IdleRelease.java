package org.gongwen.archive.rendering.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When the render worker lets go of what rendering keeps between documents: the parsed CJK fonts are ≈ 130 MB of
 * heap (issue 15, P6), worth keeping through a burst of issued documents but not through the hours an office issues
 * nothing. Held from the first render; released once no job has been rendered for {@code after}; held again by the
 * next render (≈ 0.3 s to parse the fonts again).
 */
public final class IdleRelease {

    private final Duration after;
    private Instant lastRender;

    public IdleRelease(Duration after) {
        if (after.isNegative() || after.isZero()) {
            throw new IllegalArgumentException("after must be positive");
        }
        this.after = after;
    }

    /** A render has just finished: what it holds is in use. */
    public void rendered(Instant at) {
        lastRender = at;
    }

    /**
     * Whether to release now, seen from an idle round at {@code now}: true once per idle stretch, when something is
     * held and the last render is at least {@code after} ago.
     */
    public boolean releaseDue(Instant now) {
        if (lastRender == null || Duration.between(lastRender, now).compareTo(after) < 0) {
            return false;
        }
        lastRender = null;
        return true;
    }
}
