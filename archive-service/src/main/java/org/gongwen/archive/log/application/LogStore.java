package org.gongwen.archive.log.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongwen.archive.log.domain.MerkleTree;

/** The integrated log: leaves, perfect-subtree nodes and signed checkpoints, all append-only. */
public interface LogStore extends MerkleTree.Nodes {

    /** The stored nodes among {@code ids}, in one read (absent ones are left out). */
    Map<MerkleTree.NodeId, byte[]> nodes(List<MerkleTree.NodeId> ids);

    /** A queued entry: its kind ("record", "correction", "legal-hold"), ids and the exact bytes to hash. */
    record Pending(long seq, String kind, String entryId, String documentId, byte[] data) {
    }

    /** A leaf of the log. */
    record Leaf(long index, String kind, String entryId, String documentId, byte[] data) {
    }

    /** Serialises sequencers (several service instances, one log) for the rest of the transaction. */
    void lockForAppend();

    long size();

    List<Pending> pending(int max);

    void append(List<Leaf> leaves, List<MerkleTree.Node> nodes, List<Pending> integrated, SignedCheckpoint checkpoint);

    Optional<Leaf> leafOf(String kind, String entryId);

    /**
     * The data of every entry of this kind filed under the document, integrated or still queued, by entry id: what
     * the log holds (or is about to hold) to compare with the rows the entries were made from.
     */
    Map<String, byte[]> entriesOf(String kind, String documentId);

    /** Whether an entry is still queued. */
    boolean isPending(String kind, String entryId);

    Optional<SignedCheckpoint> latestCheckpoint();

    Optional<SignedCheckpoint> checkpoint(long treeSize);
}
