package org.gongwen.archive.rendering.domain;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The 四性 judgement of a record's renditions (DA/T 70, reference.md §3.5): 真实性 — each stored file still hashes to
 * the SHA-256 stored with it and logged in its leaf; 可用性 — each opens in its reader (PDFBox, ofdrw) with the page
 * count it was rendered with. A record not rendered yet, or archived before renditions existed, has nothing to
 * fail; a render given up is a 可用性 fault (the document has no readable 版式文件).
 */
public final class RenditionCheck {

    /** One stored file as found now: its stored and recomputed SHA-256, and what opening it gave. */
    public record Inspection(String format, String storedSha256, String actualSha256, @Nullable Integer pages,
                             @Nullable String openError) {
    }

    /** The log's leaf for the renditions against what is stored about them now. */
    public enum LeafState { MATCHES, QUEUED, DIFFERS, MISSING }

    /** The two files, their leaf and the page count they were rendered with. */
    public record Stored(Inspection pdf, Inspection ofd, LeafState leaf, int pageCount) {
    }

    public sealed interface State permits Rendered, Pending, GivenUp, NotRendered {
    }

    public record Rendered(Stored stored) implements State {
    }

    /** A job waits (or runs): the files will come. */
    public record Pending() implements State {
    }

    public record GivenUp(String lastError) implements State {
    }

    /** No job and no files: archived before the archive rendered documents. */
    public record NotRendered() implements State {
    }

    /** Faults per property (empty = passed) and what was found, in Chinese and English. */
    public record Verdict(List<String> hashFaults, List<String> readFaults, String stateZh, String stateEn) {
    }

    private RenditionCheck() {
    }

    public static Verdict judge(State state) {
        if (state instanceof Rendered rendered) {
            return judge(rendered.stored());
        }
        if (state instanceof GivenUp givenUp) {
            return new Verdict(List.of(), List.of("版式文件生成失败 (" + givenUp.lastError() + ")"), "版式文件生成失败",
                    "rendering failed");
        }
        if (state instanceof Pending) {
            return new Verdict(List.of(), List.of(), "版式文件生成中", "renditions being made");
        }
        return new Verdict(List.of(), List.of(), "无版式文件（归档时未生成）", "no renditions (archived before rendering)");
    }

    private static Verdict judge(Stored s) {
        List<String> hashFaults = new ArrayList<>();
        List<String> readFaults = new ArrayList<>();
        hash(s.pdf(), hashFaults);
        hash(s.ofd(), hashFaults);
        if (s.leaf() == LeafState.DIFFERS) {
            hashFaults.add("版式文件的哈希与日志叶子不符 (stored hashes differ from the log leaf)");
        } else if (s.leaf() == LeafState.MISSING) {
            hashFaults.add("版式文件不在日志中 (renditions not in the log)");
        }
        read(s.pdf(), s.pageCount(), readFaults);
        read(s.ofd(), s.pageCount(), readFaults);
        return new Verdict(hashFaults, readFaults, "PDF 与 OFD 各 " + s.pageCount() + " 页",
                "PDF and OFD, " + s.pageCount() + " pages each");
    }

    private static void hash(Inspection file, List<String> faults) {
        if (!file.actualSha256().equals(file.storedSha256())) {
            faults.add(file.format() + " 哈希不符 (hash mismatch)");
        }
    }

    private static void read(Inspection file, int pageCount, List<String> faults) {
        if (file.openError() != null || file.pages() == null) {
            faults.add(file.format() + " 无法打开 (" + file.openError() + ")");
        } else if (file.pages() != pageCount) {
            faults.add(file.format() + " 页数 " + file.pages() + "，应为 " + pageCount);
        }
    }
}
