package org.gongwen.archive.log.domain;

import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * A signed statement of the log's state: origin, tree size, root hash and time. The signed bytes are the text
 * body of a C2SP-style checkpoint note, so the offline verifier can rebuild them from the JSON alone:
 * {@code <origin>\n<size>\n<base64 root>\n<time ISO-8601>\n}.
 */
public record Checkpoint(String origin, long treeSize, byte[] rootHash, Instant timestamp) {

    public Checkpoint {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(rootHash, "rootHash");
        Objects.requireNonNull(timestamp, "timestamp");
        if (treeSize < 0 || rootHash.length != LogHash.SIZE || origin.contains("\n")) {
            throw new IllegalArgumentException("malformed checkpoint");
        }
    }

    public String signedBody() {
        return origin + "\n" + treeSize + "\n" + Base64.getEncoder().encodeToString(rootHash) + "\n" + timestamp + "\n";
    }
}
