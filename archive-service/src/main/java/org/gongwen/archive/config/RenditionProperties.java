package org.gongwen.archive.config;

import java.time.Duration;

import org.gongwen.archive.rendering.domain.IdleBackoff;
import org.gongwen.archive.rendering.domain.IdleRelease;
import org.gongwen.archive.rendering.domain.RenderJobPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The render worker (issue 18).
 *
 * @param printingOrgan  印发机关 in the 版记 (the office that prints and sends the organ's documents)
 * @param maxAttempts    attempts per job before it is recorded as failed
 * @param firstRetry     wait after the first failure, doubled after each further one up to {@code maxRetry}
 * @param maxRetry       longest wait between attempts
 * @param lease          how long a claimed job is its worker's; after that another worker (or this one after a
 *                       restart) takes it up again
 * @param minPoll        the idle worker's first wait (it is woken after each archiving anyway)
 * @param maxPoll        the idle worker's longest wait
 * @param releaseAfter   how long the worker keeps the parsed fonts (≈ 130 MB of heap) after its last render
 */
@ConfigurationProperties("gongwen.archive.rendition")
public record RenditionProperties(String printingOrgan, Integer maxAttempts, Duration firstRetry, Duration maxRetry,
                                  Duration lease, Duration minPoll, Duration maxPoll,
                                  Duration releaseAfter) {

    public RenditionProperties {
        printingOrgan = printingOrgan == null || printingOrgan.isBlank() ? "江城市民政局办公室" : printingOrgan;
        maxAttempts = maxAttempts == null ? 5 : maxAttempts;
        firstRetry = firstRetry == null ? Duration.ofSeconds(10) : firstRetry;
        maxRetry = maxRetry == null ? Duration.ofMinutes(10) : maxRetry;
        lease = lease == null ? Duration.ofMinutes(5) : lease;
        minPoll = minPoll == null ? Duration.ofMillis(500) : minPoll;
        maxPoll = maxPoll == null ? Duration.ofSeconds(30) : maxPoll;
        releaseAfter = releaseAfter == null ? Duration.ofSeconds(60) : releaseAfter;
    }

    RenderJobPolicy policy() {
        return new RenderJobPolicy(maxAttempts, firstRetry, maxRetry, lease);
    }

    IdleRelease idleRelease() {
        return new IdleRelease(releaseAfter);
    }

    IdleBackoff idleBackoff() {
        return new IdleBackoff(minPoll, maxPoll);
    }
}
