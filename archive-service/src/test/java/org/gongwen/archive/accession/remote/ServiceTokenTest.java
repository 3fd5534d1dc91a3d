package org.gongwen.archive.accession.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;

import org.gongwen.archive.accession.application.AttachmentSource.Unavailable;
import org.junit.jupiter.api.Test;

/** When the service token is reused and when it is asked for again, on a clock the test moves. */
class ServiceTokenTest {

    private static final Instant START = Instant.parse("2026-11-22T03:00:00Z");

    private final MovableClock clock = new MovableClock(START);
    private final Deque<IssuedToken> answers = new ArrayDeque<>();
    private int issued;
    private final ServiceToken token = new ServiceToken(() -> {
        issued++;
        return answers.removeFirst();
    }, clock);

    @Test
    void a_token_is_reused_until_a_minute_before_it_expires() {
        answers.add(new IssuedToken("first", Duration.ofMinutes(5)));
        answers.add(new IssuedToken("second", Duration.ofMinutes(5)));

        assertThat(token.current()).isEqualTo("first");
        clock.advance(Duration.ofMinutes(3).plusSeconds(59));
        assertThat(token.current()).isEqualTo("first");
        clock.advance(Duration.ofSeconds(1));
        assertThat(token.current()).as("4 minutes of 5: renewed").isEqualTo("second");
        assertThat(issued).isEqualTo(2);
    }

    @Test
    void a_short_lived_token_is_renewed_at_half_its_lifetime_not_on_every_call() {
        answers.add(new IssuedToken("short", Duration.ofSeconds(30)));
        answers.add(new IssuedToken("next", Duration.ofSeconds(30)));

        assertThat(token.current()).isEqualTo("short");
        clock.advance(Duration.ofSeconds(14));
        assertThat(token.current()).isEqualTo("short");
        clock.advance(Duration.ofSeconds(1));
        assertThat(token.current()).isEqualTo("next");
        assertThat(issued).isEqualTo(2);
    }

    @Test
    void a_forgotten_token_is_asked_for_again_at_once() {
        answers.add(new IssuedToken("refused", Duration.ofHours(1)));
        answers.add(new IssuedToken("fresh", Duration.ofHours(1)));

        assertThat(token.current()).isEqualTo("refused");
        token.forget();
        assertThat(token.current()).isEqualTo("fresh");
        assertThat(token.current()).isEqualTo("fresh");
        assertThat(issued).isEqualTo(2);
    }

    @Test
    void a_failed_issuance_keeps_no_token_and_the_next_call_asks_again() {
        ServiceToken failingOnce = new ServiceToken(() -> {
            if (issued++ == 0) {
                throw new Unavailable("token endpoint answered 503", null);
            }
            return new IssuedToken("after the outage", Duration.ofMinutes(5));
        }, clock);

        assertThatThrownBy(failingOnce::current).isInstanceOf(Unavailable.class);
        assertThat(failingOnce.current()).isEqualTo("after the outage");
        assertThat(issued).isEqualTo(2);
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
