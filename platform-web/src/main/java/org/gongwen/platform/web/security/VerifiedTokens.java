package org.gongwen.platform.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers the tokens already verified, so that a user's many requests with one token cost one RSA signature
 * check, not one each (it was 7–8 % of the gateway's CPU per request, and the same again in every service).
 * <p>
 * Safe because the key is the whole compact token, signature included: a token differing in one byte is a
 * different key and goes through the full check. A remembered token is answered only while it is still valid
 * (its {@code exp} plus the validator's 60 s skew, and at most {@link #REMEMBER} after it was verified, so that a
 * key withdrawn from a JWK Set URI stops being honoured within that time, as Nimbus' own key cache does);
 * otherwise the full check decides again, with its own error.
 */
final class VerifiedTokens implements ReactiveJwtDecoder {

    static final Duration REMEMBER = Duration.ofMinutes(5);
    private static final Duration SKEW = Duration.ofSeconds(60);
    /** Bounded: beyond this many distinct live tokens the memory is emptied and fills again (no per-hit bookkeeping). */
    static final int CAPACITY = 4096;

    private record Verified(Jwt jwt, Instant until) {
    }

    private final ReactiveJwtDecoder verifier;
    private final Clock clock;
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    VerifiedTokens(ReactiveJwtDecoder verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    @Override
    public Mono<Jwt> decode(String token) throws JwtException {
        Verified known = verified.get(token);
        Instant now = clock.instant();
        if (known != null && now.isBefore(known.until())) {
            return Mono.just(known.jwt());
        }
        if (known != null) {
            verified.remove(token, known);
        }
        return verifier.decode(token).doOnNext(jwt -> remember(token, jwt, now));
    }

    private void remember(String token, Jwt jwt, Instant verifiedAt) {
        Instant until = verifiedAt.plus(REMEMBER);
        if (jwt.getExpiresAt() != null && jwt.getExpiresAt().plus(SKEW).isBefore(until)) {
            until = jwt.getExpiresAt().plus(SKEW);
        }
        if (verified.size() >= CAPACITY) {
            verified.clear();
        }
        verified.put(token, new Verified(jwt, until));
    }

    int size() {
        return verified.size();
    }
}
