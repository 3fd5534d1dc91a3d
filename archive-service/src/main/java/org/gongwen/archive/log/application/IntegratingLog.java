package org.gongwen.archive.log.application;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongwen.archive.log.domain.Checkpoint;
import org.gongwen.archive.log.domain.LogHash;
import org.gongwen.archive.log.domain.MerkleTree;
import org.gongwen.kernel.Transactions;

/**
 * The log's sequencer: takes queued entries in batches, makes them the next leaves, stores the completed subtree
 * nodes and publishes one signed checkpoint per batch — one transaction per batch, so a burst of archivings costs
 * a few tree updates, not one each.
 */
public final class IntegratingLog {

    private final LogStore store;
    private final CheckpointSigner signer;
    private final Transactions transactions;
    private final String origin;
    private final Clock clock;

    public IntegratingLog(LogStore store, CheckpointSigner signer, Transactions transactions, String origin,
                          Clock clock) {
        this.store = store;
        this.signer = signer;
        this.transactions = transactions;
        this.origin = origin;
        this.clock = clock;
    }

    /** Integrates up to {@code maxBatch} queued entries; returns how many. */
    public int integrate(int maxBatch) {
        return transactions.inTransaction(() -> {
            store.lockForAppend();
            List<LogStore.Pending> pending = store.pending(maxBatch);
            if (pending.isEmpty()) {
                return 0;
            }
            long size = store.size();
            List<LogStore.Leaf> leaves = new ArrayList<>();
            List<byte[]> hashes = new ArrayList<>();
            for (LogStore.Pending p : pending) {
                leaves.add(new LogStore.Leaf(size + leaves.size(), p.kind(), p.entryId(), p.documentId(), p.data()));
                hashes.add(LogHash.leaf(p.data()));
            }
            // the nodes appending and the new root read, fetched together rather than one round trip each
            Map<MerkleTree.NodeId, byte[]> frontier = store.nodes(MerkleTree.frontier(size));
            MerkleTree.Nodes stored = (level, index) -> {
                byte[] h = frontier.get(new MerkleTree.NodeId(level, index));
                return h != null ? h : store.node(level, index);
            };
            List<MerkleTree.Node> nodes = MerkleTree.append(stored, size, hashes);
            long newSize = size + leaves.size();
            byte[] root = MerkleTree.root(withFresh(stored, nodes), newSize);
            SignedCheckpoint checkpoint = signer.sign(new Checkpoint(origin, newSize, root,
                    clock.instant().truncatedTo(ChronoUnit.MILLIS)));
            store.append(leaves, nodes, pending, checkpoint);
            return pending.size();
        });
    }

    /** Integrates until nothing is queued (used before answering a proof for a just-archived record). */
    public void drain(int maxBatch) {
        while (integrate(maxBatch) == maxBatch) {
            // another full batch may be waiting
        }
    }

    private static MerkleTree.Nodes withFresh(MerkleTree.Nodes stored, List<MerkleTree.Node> fresh) {
        Map<MerkleTree.NodeId, byte[]> byId = new HashMap<>();
        fresh.forEach(n -> byId.put(new MerkleTree.NodeId(n.level(), n.index()), n.hash()));
        return (level, index) -> {
            byte[] h = byId.get(new MerkleTree.NodeId(level, index));
            return h != null ? h : stored.node(level, index);
        };
    }
}
