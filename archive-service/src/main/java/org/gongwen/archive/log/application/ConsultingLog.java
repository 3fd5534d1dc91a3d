package org.gongwen.archive.log.application;

import java.util.List;
import java.util.Optional;

import org.gongwen.archive.log.domain.MerkleTree;
import org.gongwen.archive.shared.application.ArchiveRecords;
import org.gongwen.archive.shared.domain.ArchiveRecord;
import org.gongwen.archive.shared.domain.Clearance;
import org.jspecify.annotations.Nullable;

/** Proofs over the log: inclusion of a record against a checkpoint, consistency between two tree sizes. */
public final class ConsultingLog {

    public static final int DRAIN_BATCH = 1000;

    public record InclusionProof(String documentId, long leafIndex, long treeSize, byte[] leafHash,
                                 List<byte[]> auditPath, SignedCheckpoint checkpoint, byte[] leafData) {
    }

    public record ConsistencyProof(long from, long to, List<byte[]> proof) {
    }

    private final ArchiveRecords records;
    private final LogStore store;
    private final IntegratingLog integrating;
    private final CheckpointSigner signer;

    public ConsultingLog(ArchiveRecords records, LogStore store, IntegratingLog integrating, CheckpointSigner signer) {
        this.signer = signer;
        this.records = records;
        this.store = store;
        this.integrating = integrating;
    }

    /**
     * The record's leaf and its path to the latest checkpoint (or to the checkpoint of {@code treeSize}); empty
     * when the record is unknown, above the reader's clearance, or not in a tree of that size.
     */
    public Optional<InclusionProof> inclusion(Clearance clearance, String documentId, @Nullable Long treeSize) {
        Optional<ArchiveRecord> record = records.find(documentId).filter(r -> clearance.covers(r.classification()));
        if (record.isEmpty()) {
            return Optional.empty();
        }
        if (store.isPending("record", documentId)) {
            integrating.drain(DRAIN_BATCH);
        }
        Optional<LogStore.Leaf> leaf = store.leafOf("record", documentId);
        Optional<SignedCheckpoint> checkpoint = treeSize == null ? store.latestCheckpoint() : store.checkpoint(treeSize);
        if (leaf.isEmpty() || checkpoint.isEmpty() || leaf.get().index() >= checkpoint.get().checkpoint().treeSize()) {
            return Optional.empty();
        }
        long size = checkpoint.get().checkpoint().treeSize();
        return Optional.of(new InclusionProof(documentId, leaf.get().index(), size,
                org.gongwen.archive.log.domain.LogHash.leaf(leaf.get().data()),
                MerkleTree.inclusionProof(store, leaf.get().index(), size), checkpoint.get(), leaf.get().data()));
    }

    public byte[] publicKey() {
        return signer.publicKey();
    }

    /** The current key and the previous ones that older checkpoints were signed with. */
    public org.gongwen.archive.verifier.LogKeys publicKeys() {
        return signer.trustedKeys();
    }

    public Optional<SignedCheckpoint> latest() {
        return store.latestCheckpoint();
    }

    public Optional<SignedCheckpoint> checkpoint(long treeSize) {
        return store.checkpoint(treeSize);
    }

    /** Empty when either size is beyond the log. */
    public Optional<ConsistencyProof> consistency(long from, long to) {
        if (from < 0 || from > to || to > store.size()) {
            return Optional.empty();
        }
        return Optional.of(new ConsistencyProof(from, to, MerkleTree.consistencyProof(store, from, to)));
    }
}
