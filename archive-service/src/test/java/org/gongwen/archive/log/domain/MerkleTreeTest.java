package org.gongwen.archive.log.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.gongwen.archive.verifier.LogProofs;
import org.junit.jupiter.api.Test;

/**
 * The proof builder against RFC 6962's eight-leaf test vectors, and against the independent verifier
 * (archive-verifier, written from RFC 9162's verification algorithms) for every size and index of larger trees
 * built in uneven batches — the way the sequencer builds them.
 */
class MerkleTreeTest {

    static final HexFormat HEX = HexFormat.of();
    static final String[] LEAVES = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f"};
    static final String[] ROOTS = {
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};

    /** In-memory node store, filled exactly as the sequencer fills the table. */
    static final class Store implements MerkleTree.Nodes {
        final Map<String, byte[]> nodes = new HashMap<>();
        long size;

        void append(List<byte[]> leafData) {
            List<byte[]> hashes = leafData.stream().map(LogHash::leaf).toList();
            for (MerkleTree.Node n : MerkleTree.append(this, size, hashes)) {
                assertThat(nodes.put(n.level() + ":" + n.index(), n.hash())).as("each node written once").isNull();
            }
            size += leafData.size();
        }

        @Override
        public byte[] node(int level, long index) {
            byte[] h = nodes.get(level + ":" + index);
            if (h == null) {
                throw new IllegalStateException("missing " + level + ":" + index);
            }
            return h;
        }
    }

    @Test
    void rfc6962RootsOfTheTestVectorTreesOfSizesOneToEight() {
        Store store = new Store();
        for (int n = 1; n <= 8; n++) {
            store.append(List.of(HEX.parseHex(LEAVES[n - 1])));
            assertThat(HEX.formatHex(MerkleTree.root(store, n))).as("root of %d", n).isEqualTo(ROOTS[n - 1]);
        }
        assertThat(MerkleTree.root(store, 0)).isEqualTo(LogHash.empty());
    }

    @Test
    void rfc6962InclusionPathOfLeafZeroInEight() {
        Store store = vectorTree();
        assertThat(MerkleTree.inclusionProof(store, 0, 8).stream().map(HEX::formatHex).toList()).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
    }

    @Test
    void rfc6962ConsistencyProofFromSixToEight() {
        assertThat(MerkleTree.consistencyProof(vectorTree(), 6, 8).stream().map(HEX::formatHex).toList())
                .containsExactly("0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
    }

    @Test
    void everyInclusionAndConsistencyProofOfATreeBuiltInUnevenBatchesVerifies() {
        Store store = new Store();
        List<byte[]> data = new ArrayList<>();
        int[] batches = {1, 2, 3, 5, 8, 13, 1, 1, 7, 30};
        for (int batch : batches) {
            List<byte[]> leaves = new ArrayList<>();
            for (int i = 0; i < batch; i++) {
                leaves.add(("leaf " + data.size() + leaves.size()).getBytes());
            }
            store.append(leaves);
            data.addAll(leaves);
        }
        int n = data.size();
        for (int size = 1; size <= n; size++) {
            byte[] root = MerkleTree.root(store, size);
            for (int m = 0; m < size; m++) {
                assertThat(LogProofs.verifyInclusion(LogHash.leaf(data.get(m)), m, size,
                        MerkleTree.inclusionProof(store, m, size), root)).as("leaf %d of %d", m, size).isTrue();
            }
            for (int older = 0; older <= size; older++) {
                assertThat(LogProofs.verifyConsistency(older, size, MerkleTree.root(store, older), root,
                        MerkleTree.consistencyProof(store, older, size))).as("%d -> %d", older, size).isTrue();
            }
        }
    }

    @Test
    void aProofFailsAfterAnySingleByteOfTheLeafOrOfTheProofChanges() {
        Store store = new Store();
        List<byte[]> data = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            data.add(("{\"documentId\":\"" + i + "\"}").getBytes());
        }
        store.append(data);
        byte[] root = MerkleTree.root(store, 21);
        List<byte[]> path = MerkleTree.inclusionProof(store, 13, 21);
        for (int b = 0; b < data.get(13).length; b++) {
            byte[] leaf = data.get(13).clone();
            leaf[b] ^= 0x20;
            assertThat(LogProofs.verifyInclusion(LogHash.leaf(leaf), 13, 21, path, root)).isFalse();
        }
        for (int i = 0; i < path.size(); i++) {
            for (int b = 0; b < LogHash.SIZE; b++) {
                List<byte[]> tampered = new ArrayList<>(path.stream().map(byte[]::clone).toList());
                tampered.get(i)[b] ^= 0x01;
                assertThat(LogProofs.verifyInclusion(LogHash.leaf(data.get(13)), 13, 21, tampered, root)).isFalse();
            }
        }
    }

    private static Store vectorTree() {
        Store store = new Store();
        List<byte[]> leaves = new ArrayList<>();
        for (String l : LEAVES) {
            leaves.add(HEX.parseHex(l));
        }
        store.append(leaves);
        return store;
    }

    @Test
    void appendingAndTheNextRootReadOnlyTheFrontierOfTheCurrentSize() {
        Store store = new Store();
        for (int batch = 1; batch <= 12; batch++) {
            long size = store.size;
            java.util.Set<String> frontier = new java.util.HashSet<>();
            MerkleTree.frontier(size).forEach(id -> frontier.add(id.level() + ":" + id.index()));
            java.util.Set<String> read = new java.util.HashSet<>();
            MerkleTree.Nodes watched = (level, index) -> {
                read.add(level + ":" + index);
                return store.node(level, index);
            };
            List<byte[]> hashes = java.util.stream.IntStream.range(0, batch % 4 + 1)
                    .mapToObj(k -> LogHash.leaf(new byte[] {(byte) k})).toList();
            List<MerkleTree.Node> fresh = MerkleTree.append(watched, size, hashes);
            Map<String, byte[]> byKey = new HashMap<>();
            fresh.forEach(n -> byKey.put(n.level() + ":" + n.index(), n.hash()));
            MerkleTree.root((level, index) -> byKey.containsKey(level + ":" + index)
                    ? byKey.get(level + ":" + index) : watched.node(level, index), size + hashes.size());

            assertThat(frontier).as("frontier of %d", size).containsAll(read);
            fresh.forEach(n -> store.nodes.put(n.level() + ":" + n.index(), n.hash()));
            store.size += hashes.size();
        }
        assertThat(MerkleTree.frontier(0)).isEmpty();
        assertThat(MerkleTree.frontier(6)).containsExactly(new MerkleTree.NodeId(2, 0), new MerkleTree.NodeId(1, 2));
    }
}
