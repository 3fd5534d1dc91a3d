package org.gongwen.archive.accession.remote;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The service principal's current token, asked of its issuer ({@link TokenIssuer#issue}) only when there is none or it is about
 * to expire, and forgotten when drafting-service refuses it (the issuer's key rotated, the client was disabled).
 */
public final class ServiceToken {

    /** Renew this long before expiry, so a token never expires between check and use. */
    static final Duration RENEW_BEFORE = Duration.ofSeconds(60);

    private final Supplier<IssuedToken> issuer;
    private final Clock clock;
    private String token;
    private Instant renewAt = Instant.MIN;

    ServiceToken(Supplier<IssuedToken> issuer, Clock clock) {
        this.issuer = issuer;
        this.clock = clock;
    }

    synchronized String current() {
        Instant now = clock.instant();
        if (token != null && now.isBefore(renewAt)) {
            return token;
        }
        IssuedToken issued = issuer.get();
        token = issued.value();
        renewAt = now.plus(issued.lifetime()).minus(margin(issued.lifetime()));
        return token;
    }

    synchronized void forget() {
        token = null;
        renewAt = Instant.MIN;
    }

    /** A minute, or half the lifetime of short-lived tokens, which would otherwise be renewed on every call. */
    private static Duration margin(Duration lifetime) {
        Duration half = lifetime.dividedBy(2);
        return half.compareTo(RENEW_BEFORE) < 0 ? half : RENEW_BEFORE;
    }
}
