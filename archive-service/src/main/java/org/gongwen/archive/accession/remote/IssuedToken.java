package org.gongwen.archive.accession.remote;

import java.time.Duration;

/** An access token as a token endpoint answered it: the value and how long it is valid from the answer on. */
record IssuedToken(String value, Duration lifetime) {

    /** Tokens whose endpoint does not say (expires_in is only RECOMMENDED, RFC 6749 §5.1) are kept this long. */
    static final Duration ASSUMED_LIFETIME = Duration.ofMinutes(5);
}
