package org.gongwen.archive.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * RFC 6962 test vectors (the eight leaves and proofs used by Certificate Transparency's and Trillian's test
 * suites), and tamper checks: flipping any single byte of a leaf, a proof element or a root makes it fail.
 */
class LogProofsTest {

    static final HexFormat HEX = HexFormat.of();
    static final String[] LEAVES = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f"};
    static final String ROOT_5 = "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4";
    static final String ROOT_8 = "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328";
    static final String ROOT_2 = "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125";
    static final String ROOT_6 = "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef";
    static final String ROOT_1 = "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d";

    static List<byte[]> hexes(String... hs) {
        List<byte[]> out = new ArrayList<>();
        for (String h : hs) {
            out.add(HEX.parseHex(h));
        }
        return out;
    }

    static final List<byte[]> PATH_0_OF_8 = hexes(
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");

    @Test
    void rfc6962LeafHashOfTheEmptyLeafIsTheVectorsFirstRoot() {
        assertThat(HEX.formatHex(LogProofs.leafHash(new byte[0]))).isEqualTo(ROOT_1);
    }

    @Test
    void rfc6962InclusionProofOfLeafZeroInEightVerifies() {
        assertThat(LogProofs.verifyInclusion(LogProofs.leafHash(new byte[0]), 0, 8, PATH_0_OF_8,
                HEX.parseHex(ROOT_8))).isTrue();
    }

    @Test
    void rfc6962ConsistencyProofsVerify() {
        assertThat(LogProofs.verifyConsistency(1, 8, HEX.parseHex(ROOT_1), HEX.parseHex(ROOT_8), PATH_0_OF_8)).isTrue();
        assertThat(LogProofs.verifyConsistency(6, 8, HEX.parseHex(ROOT_6), HEX.parseHex(ROOT_8), hexes(
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"))).isTrue();
        assertThat(LogProofs.verifyConsistency(2, 5, HEX.parseHex(ROOT_2), HEX.parseHex(ROOT_5), hexes(
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"))).isTrue();
    }

    @Test
    void anySingleByteChangeOfTheLeafTheProofOrTheRootFailsInclusion() {
        byte[] leaf = HEX.parseHex(LEAVES[0]);
        for (int i = 0; i < PATH_0_OF_8.size(); i++) {
            for (int b = 0; b < 32; b++) {
                List<byte[]> tampered = copy(PATH_0_OF_8);
                tampered.get(i)[b] ^= 0x01;
                assertThat(LogProofs.verifyInclusion(LogProofs.leafHash(leaf), 0, 8, tampered, HEX.parseHex(ROOT_8)))
                        .as("path[%d] byte %d", i, b).isFalse();
            }
        }
        for (int b = 0; b < 32; b++) {
            byte[] root = HEX.parseHex(ROOT_8);
            root[b] ^= 0x01;
            assertThat(LogProofs.verifyInclusion(LogProofs.leafHash(leaf), 0, 8, PATH_0_OF_8, root)).isFalse();
        }
        assertThat(LogProofs.verifyInclusion(LogProofs.leafHash(new byte[] {0}), 0, 8, PATH_0_OF_8,
                HEX.parseHex(ROOT_8))).as("a different leaf").isFalse();
        assertThat(LogProofs.verifyInclusion(LogProofs.leafHash(leaf), 1, 8, PATH_0_OF_8, HEX.parseHex(ROOT_8)))
                .as("another index").isFalse();
        assertThat(LogProofs.verifyInclusion(LogProofs.leafHash(leaf), 0, 9, PATH_0_OF_8, HEX.parseHex(ROOT_8)))
                .as("another size").isFalse();
    }

    @Test
    void anySingleByteChangeOfAConsistencyProofFailsIt() {
        for (int i = 0; i < PATH_0_OF_8.size(); i++) {
            for (int b = 0; b < 32; b++) {
                List<byte[]> tampered = copy(PATH_0_OF_8);
                tampered.get(i)[b] ^= 0x01;
                assertThat(LogProofs.verifyConsistency(1, 8, HEX.parseHex(ROOT_1), HEX.parseHex(ROOT_8), tampered))
                        .isFalse();
            }
        }
    }

    @Test
    void equalSizesNeedEqualRootsAndAnEmptyProof() {
        assertThat(LogProofs.verifyConsistency(8, 8, HEX.parseHex(ROOT_8), HEX.parseHex(ROOT_8), List.of())).isTrue();
        assertThat(LogProofs.verifyConsistency(8, 8, HEX.parseHex(ROOT_8), HEX.parseHex(ROOT_6), List.of())).isFalse();
        assertThat(LogProofs.verifyConsistency(8, 6, HEX.parseHex(ROOT_8), HEX.parseHex(ROOT_6), List.of()))
                .as("a shrinking log").isFalse();
    }

    static List<byte[]> copy(List<byte[]> path) {
        return new ArrayList<>(path.stream().map(byte[]::clone).toList());
    }
}
