package org.gongwen.platform.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

class VerifiedTokensTest {

    private static final Instant T0 = Instant.parse("2026-12-04T08:00:00Z");

    private final AtomicInteger checks = new AtomicInteger();
    private final MutableClock clock = new MutableClock(T0);

    /** Stands for the signature check: accepts only tokens starting with "good", each expiring an hour from T0. */
    private final ReactiveJwtDecoder verifier = token -> {
        checks.incrementAndGet();
        if (!token.startsWith("good")) {
            return Mono.error(new BadJwtException("bad signature"));
        }
        return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("zhangwei")
                .issuedAt(T0).expiresAt(T0.plus(Duration.ofHours(1))).build());
    };
    private final VerifiedTokens tokens = new VerifiedTokens(verifier, clock);

    @Test
    void aTokenAlreadyVerifiedIsNotCheckedAgain() {
        assertThat(tokens.decode("good.1").block().getSubject()).isEqualTo("zhangwei");
        assertThat(tokens.decode("good.1").block().getSubject()).isEqualTo("zhangwei");
        assertThat(checks).hasValue(1);
    }

    @Test
    void aTokenDifferingInAnyByteIsCheckedInFullAndARefusedOneIsNeverRemembered() {
        tokens.decode("good.1").block();
        assertThatThrownBy(() -> tokens.decode("evil.1").block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("evil.1").block()).isInstanceOf(BadJwtException.class);
        assertThat(checks).hasValue(3);
        assertThat(tokens.size()).isEqualTo(1);
    }

    @Test
    void anExpiredTokenGoesBackToTheFullCheckAfterTheClockSkew() {
        tokens.decode("good.1").block();
        clock.now = T0.plus(Duration.ofHours(1)).plusSeconds(59);
        tokens.decode("good.1").block();
        assertThat(checks).hasValue(2); // REMEMBER (5 min) ran out first: checked again, remembered until exp + 60 s
        clock.now = T0.plus(Duration.ofHours(1)).plusSeconds(61);
        tokens.decode("good.1").block();
        assertThat(checks).hasValue(3);
    }

    @Test
    void aRememberedTokenIsCheckedAgainAfterFiveMinutesSoThatAWithdrawnKeyStopsCounting() {
        tokens.decode("good.1").block();
        clock.now = T0.plus(VerifiedTokens.REMEMBER).minusSeconds(1);
        tokens.decode("good.1").block();
        assertThat(checks).hasValue(1);
        clock.now = T0.plus(VerifiedTokens.REMEMBER);
        tokens.decode("good.1").block();
        assertThat(checks).hasValue(2);
    }

    @Test
    void theMemoryIsBounded() {
        for (int i = 0; i <= VerifiedTokens.CAPACITY; i++) {
            tokens.decode("good." + i).block();
        }
        assertThat(tokens.size()).isLessThanOrEqualTo(VerifiedTokens.CAPACITY);
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
