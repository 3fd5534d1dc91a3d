package org.gongwen.archive.log.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The archive's log as an RFC 6962 Merkle tree (RFC 9162 §2.1), computed from its stored perfect subtrees: a node
 * at level L and index i is the root of leaves [i·2^L, (i+1)·2^L). Every node is written once, when its last leaf
 * arrives, so roots, inclusion proofs and consistency proofs of any size need O(log n) stored nodes.
 */
public final class MerkleTree {

    /** Stored perfect subtree roots; level 0 holds the leaf hashes. */
    public interface Nodes {
        byte[] node(int level, long index);
    }

    /** A perfect subtree root to store. */
    public record Node(int level, long index, byte[] hash) {
    }

    private MerkleTree() {
    }

    /** MTH(D[0:size]). */
    public static byte[] root(Nodes nodes, long size) {
        if (size < 0) {
            throw new IllegalArgumentException("size " + size);
        }
        return size == 0 ? LogHash.empty() : subtree(nodes, 0, size);
    }

    /** RFC 6962 §2.1.1 PATH(index, D[0:size]), leaf-side first. */
    public static List<byte[]> inclusionProof(Nodes nodes, long index, long size) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of size " + size);
        }
        List<byte[]> path = new ArrayList<>();
        path(nodes, index, 0, size, path);
        return path;
    }

    /** RFC 6962 §2.1.2 PROOF(m, D[0:n]); empty when m == n or m == 0. */
    public static List<byte[]> consistencyProof(Nodes nodes, long m, long n) {
        if (m < 0 || m > n) {
            throw new IllegalArgumentException("no consistency proof from " + m + " to " + n);
        }
        List<byte[]> proof = new ArrayList<>();
        if (m > 0 && m < n) {
            subproof(nodes, m, 0, n, true, proof);
        }
        return proof;
    }

    /**
     * The nodes completed by appending {@code leafHashes} at {@code firstIndex} (= the current size): every leaf,
     * and every parent whose right child is now complete. Parents left of the batch come from {@code existing}.
     */
    public static List<Node> append(Nodes existing, long firstIndex, List<byte[]> leafHashes) {
        Map<String, byte[]> fresh = new HashMap<>();
        List<Node> out = new ArrayList<>();
        Nodes lookup = (level, index) -> {
            byte[] h = fresh.get(level + ":" + index);
            return h != null ? h : existing.node(level, index);
        };
        for (int k = 0; k < leafHashes.size(); k++) {
            long index = firstIndex + k;
            byte[] hash = leafHashes.get(k);
            int level = 0;
            while (true) {
                fresh.put(level + ":" + index, hash);
                out.add(new Node(level, index, hash));
                if ((index & 1) == 0) {
                    break;
                }
                hash = LogHash.node(lookup.node(level, index - 1), hash);
                index >>= 1;
                level++;
            }
        }
        return out;
    }

    /**
     * The roots of the perfect subtrees a tree of {@code size} leaves decomposes into, largest first: all the stored
     * nodes that appending to it and computing its next root read (one per set bit of the size).
     */
    public static List<NodeId> frontier(long size) {
        List<NodeId> ids = new ArrayList<>();
        for (int level = 63 - Long.numberOfLeadingZeros(Math.max(size, 1)); level >= 0; level--) {
            if ((size >> level & 1) == 1) {
                ids.add(new NodeId(level, (size >> level) - 1));
            }
        }
        return ids;
    }

    /** Where a node sits: its level (0 = leaves) and its index within the level. */
    public record NodeId(int level, long index) {
    }

    /** MTH(D[start:end]): a stored node when the range is a perfect aligned subtree, else split per RFC 6962. */
    private static byte[] subtree(Nodes nodes, long start, long end) {
        long width = end - start;
        if (Long.bitCount(width) == 1 && start % width == 0) {
            return nodes.node(Long.numberOfTrailingZeros(width), start / width);
        }
        long k = largestPowerOfTwoBelow(width);
        return LogHash.node(subtree(nodes, start, start + k), subtree(nodes, start + k, end));
    }

    private static void path(Nodes nodes, long m, long start, long end, List<byte[]> out) {
        long width = end - start;
        if (width == 1) {
            return;
        }
        long k = largestPowerOfTwoBelow(width);
        if (m < k) {
            path(nodes, m, start, start + k, out);
            out.add(subtree(nodes, start + k, end));
        } else {
            path(nodes, m - k, start + k, end, out);
            out.add(subtree(nodes, start, start + k));
        }
    }

    private static void subproof(Nodes nodes, long m, long start, long end, boolean whole, List<byte[]> out) {
        long width = end - start;
        if (m == width) {
            if (!whole) {
                out.add(subtree(nodes, start, end));
            }
            return;
        }
        long k = largestPowerOfTwoBelow(width);
        if (m <= k) {
            subproof(nodes, m, start, start + k, whole, out);
            out.add(subtree(nodes, start + k, end));
        } else {
            subproof(nodes, m - k, start + k, end, false, out);
            out.add(subtree(nodes, start, start + k));
        }
    }

    /** The largest power of two strictly smaller than n (n ≥ 2). */
    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }
}
