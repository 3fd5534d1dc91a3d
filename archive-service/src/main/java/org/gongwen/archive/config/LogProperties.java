package org.gongwen.archive.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param signingKey Ed25519 private key (PKCS#8 PEM) that signs checkpoints; generated there, with its public key
 *                   beside it ({@code .pub}), when the file does not exist — one key per installation
 * @param previousPublicKeys the public halves of earlier signing keys (after a rotation), so that checkpoints
 *                   signed with them still verify: comma-separated PEM files or directories of {@code *.pub} files
 * @param origin     the log's name in every checkpoint (default {@code gongwen-archive/<全宗号>})
 * @param batchSize  at most this many entries per integration (one checkpoint each)
 * @param interval   shortest pause between two integrations: what is queued meanwhile becomes one batch
 * @param idleInterval longest pause without a signal that entries were queued (LogSequencer)
 */
@ConfigurationProperties("gongwen.archive.log")
public record LogProperties(String signingKey, String previousPublicKeys, String origin, Integer batchSize,
                            Duration interval, Duration idleInterval) {

    public LogProperties {
        signingKey = signingKey == null || signingKey.isBlank() ? ".gongwen/keys/archive-log-ed25519.pem" : signingKey;
        batchSize = batchSize == null || batchSize < 1 ? 1000 : batchSize;
        interval = interval == null ? Duration.ofMillis(200) : interval;
        idleInterval = idleInterval == null ? Duration.ofSeconds(5) : idleInterval;
    }
}
