package org.gongwen.drafting.trail.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A character-level diff of two texts for 痕迹保留: Myers' O(ND) algorithm over Unicode code points, so that
 * Chinese (no spaces, no words to split on) and characters outside the BMP come out right. A passage deleted in
 * one place and inserted unchanged in another is reported as moved rather than as unrelated edits.
 *
 * <p>Common prefix and suffix are cut first, so a small edit in a long body costs little. When the texts differ
 * in more than {@link #MAX_EDITS} code points, the middle is reported as one replacement instead: the search
 * grows with the square of the differences, and a diff that large tells a reader nothing passage by passage.
 */
public final class TextDiff {

    public static final int MAX_EDITS = 4_000;
    /** Shorter passages recur by chance (的, 和, 工作); only longer identical ones count as moved. */
    public static final int MIN_MOVE = 4;

    public enum Kind { EQUAL, DELETE, INSERT }

    /**
     * One run of the diff. Offsets are code points: {@code oldOffset} in the old text (DELETE, EQUAL),
     * {@code newOffset} in the new one (INSERT, EQUAL). {@code move} pairs a DELETE with the INSERT that
     * carries the same passage elsewhere (same number on both), null when the run did not move.
     */
    public record Op(Kind kind, String text, int oldOffset, int newOffset, @Nullable Integer move) {
        Op moved(int id) {
            return new Op(kind, text, oldOffset, newOffset, id);
        }
    }

    /** A passage that moved: where it was in the old text and where it is in the new one. */
    public record Move(int id, String text, int oldOffset, int newOffset) {
    }

    public record Result(List<Op> ops, List<Move> moves, boolean coarse) {
        public boolean unchanged() {
            return ops.stream().allMatch(o -> o.kind() == Kind.EQUAL);
        }
    }

    private TextDiff() {
    }

    public static Result of(String before, String after) {
        int[] a = (before == null ? "" : before).codePoints().toArray();
        int[] b = (after == null ? "" : after).codePoints().toArray();
        int prefix = 0;
        while (prefix < a.length && prefix < b.length && a[prefix] == b[prefix]) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.length - prefix && suffix < b.length - prefix
                && a[a.length - 1 - suffix] == b[b.length - 1 - suffix]) {
            suffix++;
        }
        List<Kind> script = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            script.add(Kind.EQUAL);
        }
        boolean coarse = middle(a, prefix, a.length - suffix, b, prefix, b.length - suffix, script);
        for (int i = 0; i < suffix; i++) {
            script.add(Kind.EQUAL);
        }
        List<Op> ops = runs(script, a, b);
        return withMoves(ops, coarse);
    }

    /** Myers' greedy forward search with the trace kept for the walk back; true when it gave up (coarse). */
    private static boolean middle(int[] a, int aFrom, int aTo, int[] b, int bFrom, int bTo, List<Kind> script) {
        int n = aTo - aFrom;
        int m = bTo - bFrom;
        int max = n + m;
        if (max == 0) {
            return false;
        }
        int limit = Math.min(max, MAX_EDITS);
        List<int[]> trace = new ArrayList<>();
        int[] v = new int[2 * limit + 3];
        int offset = limit + 1;
        for (int d = 0; d <= limit; d++) {
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || k != d && v[offset + k - 1] < v[offset + k + 1] ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a[aFrom + x] == b[bFrom + y]) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    trace.add(slice(v, offset, d));
                    script.addAll(walkBack(trace, n, m));
                    return false;
                }
            }
            trace.add(slice(v, offset, d));
        }
        for (int i = 0; i < n; i++) {
            script.add(Kind.DELETE);
        }
        for (int i = 0; i < m; i++) {
            script.add(Kind.INSERT);
        }
        return true;
    }

    /** The diagonals -d..d of round d: the walk back needs only those, which keeps the trace at O(D²). */
    private static int[] slice(int[] v, int offset, int d) {
        int[] s = new int[2 * d + 3];
        System.arraycopy(v, offset - d - 1, s, 0, 2 * d + 3);
        return s;
    }

    private static List<Kind> walkBack(List<int[]> trace, int n, int m) {
        List<Kind> reversed = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = trace.size() - 1; d > 0; d--) {
            int[] prev = trace.get(d - 1);
            int k = x - y;
            int base = d; // index of diagonal k in round d-1's slice: k + (d-1) + 1
            boolean down = k == -d || k != d && prev[base + k - 1] < prev[base + k + 1];
            int prevK = down ? k + 1 : k - 1;
            int prevX = prev[base + prevK];
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                reversed.add(Kind.EQUAL);
                x--;
                y--;
            }
            reversed.add(down ? Kind.INSERT : Kind.DELETE);
            x = prevX;
            y = prevY;
        }
        while (x > 0 && y > 0) {
            reversed.add(Kind.EQUAL);
            x--;
            y--;
        }
        List<Kind> forward = new ArrayList<>(reversed.size());
        for (int i = reversed.size() - 1; i >= 0; i--) {
            forward.add(reversed.get(i));
        }
        return forward;
    }

    /** Consecutive steps of one kind become one run with its text and offsets. */
    private static List<Op> runs(List<Kind> script, int[] a, int[] b) {
        List<Op> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        int s = 0;
        while (s < script.size()) {
            Kind kind = script.get(s);
            StringBuilder text = new StringBuilder();
            int oldStart = i;
            int newStart = j;
            while (s < script.size() && script.get(s) == kind) {
                switch (kind) {
                    case EQUAL -> {
                        text.appendCodePoint(a[i++]);
                        j++;
                    }
                    case DELETE -> text.appendCodePoint(a[i++]);
                    case INSERT -> text.appendCodePoint(b[j++]);
                }
                s++;
            }
            ops.add(new Op(kind, text.toString(), oldStart, newStart, null));
        }
        return ops;
    }

    /** Pairs each deleted passage with an inserted one of the same text, first come first paired. */
    private static Result withMoves(List<Op> ops, boolean coarse) {
        List<Op> out = new ArrayList<>(ops);
        alignMoves(out);
        Map<String, List<Integer>> inserted = new HashMap<>();
        for (int i = 0; i < out.size(); i++) {
            Op op = out.get(i);
            if (op.kind() == Kind.INSERT && op.text().codePointCount(0, op.text().length()) >= MIN_MOVE) {
                inserted.computeIfAbsent(op.text(), t -> new ArrayList<>()).add(i);
            }
        }
        List<Move> moves = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            Op op = out.get(i);
            List<Integer> candidates = op.kind() == Kind.DELETE ? inserted.get(op.text()) : null;
            if (candidates != null && !candidates.isEmpty()) {
                int target = candidates.remove(0);
                int id = moves.size() + 1;
                Op to = out.get(target);
                out.set(i, op.moved(id));
                out.set(target, to.moved(id));
                moves.add(new Move(id, op.text(), op.oldOffset(), to.newOffset()));
            }
        }
        containedMoves(out, moves);
        return new Result(List.copyOf(out), List.copyOf(moves), coarse);
    }

    /**
     * A moved passage may also travel inside a larger edit ("，拟申请经费。二、工作任务" deleted, "二、工作任务。"
     * inserted elsewhere): an unpaired insertion found inside an unpaired deletion, or the other way round.
     */
    private static void containedMoves(List<Op> out, List<Move> moves) {
        for (int i = 0; i < out.size(); i++) {
            Op ins = out.get(i);
            if (ins.kind() != Kind.INSERT || ins.move() != null) {
                continue;
            }
            for (int j = 0; j < out.size(); j++) {
                Op del = out.get(j);
                if (del.kind() != Kind.DELETE || del.move() != null) {
                    continue;
                }
                String passage = longestShared(del.text(), ins.text());
                if (passage.codePointCount(0, passage.length()) >= MIN_MOVE) {
                    int id = moves.size() + 1;
                    moves.add(new Move(id, passage,
                            del.oldOffset() + cp(del.text(), del.text().indexOf(passage)),
                            ins.newOffset() + cp(ins.text(), ins.text().indexOf(passage))));
                    out.set(i, ins.moved(id));
                    out.set(j, del.moved(id));
                    break;
                }
            }
        }
    }

    /** The longer of the two texts' shared passages that is all of one of them, trimmed of edge punctuation. */
    private static String longestShared(String deleted, String inserted) {
        for (String candidate : List.of(inserted, trim(inserted), deleted, trim(deleted))) {
            if (!candidate.isEmpty() && deleted.contains(candidate) && inserted.contains(candidate)) {
                return candidate;
            }
        }
        return "";
    }

    private static String trim(String text) {
        return text.replaceAll("^[\\p{P}\\s]+|[\\p{P}\\s]+$", "");
    }

    private static int cp(String text, int charIndex) {
        return text.codePointCount(0, charIndex);
    }

    /**
     * A minimal diff may cut a moved sentence at a different place on each side ("一、总体要求。" deleted but
     * "。一、总体要求" inserted, the 。 matched next door). An insertion between two unchanged runs may slide along
     * them without changing the texts; slide it so that it reads like a deleted passage it is a rotation of.
     */
    private static void alignMoves(List<Op> ops) {
        for (int i = 0; i < ops.size(); i++) {
            Op ins = ops.get(i);
            if (ins.kind() != Kind.INSERT || ins.text().codePointCount(0, ins.text().length()) < MIN_MOVE
                    || !isEqual(ops, i - 1) || !isEqual(ops, i + 1)) {
                continue;
            }
            for (Op del : ops) {
                String t = ins.text();
                if (del.kind() != Kind.DELETE || del.text().length() != t.length() || del.text().equals(t)) {
                    continue;
                }
                int s = (t + t).indexOf(del.text());
                if (s > 0 && !Character.isLowSurrogate(t.charAt(s)) && slide(ops, i, s)) {
                    break;
                }
            }
        }
    }

    private static boolean isEqual(List<Op> ops, int i) {
        return i >= 0 && i < ops.size() && ops.get(i).kind() == Kind.EQUAL;
    }

    /** Slides the insertion at {@code i} right by {@code s} chars, or left by the rest, whichever the text allows. */
    private static boolean slide(List<Op> ops, int i, int s) {
        Op prev = ops.get(i - 1);
        Op ins = ops.get(i);
        Op next = ops.get(i + 1);
        String t = ins.text();
        if (next.text().startsWith(t.substring(0, s))) {
            String head = t.substring(0, s);
            int k = head.codePointCount(0, head.length());
            ops.set(i - 1, new Op(Kind.EQUAL, prev.text() + head, prev.oldOffset(), prev.newOffset(), null));
            ops.set(i, new Op(Kind.INSERT, t.substring(s) + head, ins.oldOffset() + k, ins.newOffset() + k, null));
            ops.set(i + 1, new Op(Kind.EQUAL, next.text().substring(s), next.oldOffset() + k, next.newOffset() + k, null));
        } else if (prev.text().endsWith(t.substring(s))) {
            String tail = t.substring(s);
            int k = tail.codePointCount(0, tail.length());
            ops.set(i - 1, new Op(Kind.EQUAL, prev.text().substring(0, prev.text().length() - tail.length()),
                    prev.oldOffset(), prev.newOffset(), null));
            ops.set(i, new Op(Kind.INSERT, tail + t.substring(0, s), ins.oldOffset() - k, ins.newOffset() - k, null));
            ops.set(i + 1, new Op(Kind.EQUAL, tail + next.text(), next.oldOffset() - k, next.newOffset() - k, null));
        } else {
            return false;
        }
        ops.removeIf(o -> o.kind() == Kind.EQUAL && o.text().isEmpty());
        return true;
    }
}
