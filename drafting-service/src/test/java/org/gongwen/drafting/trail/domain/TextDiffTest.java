package org.gongwen.drafting.trail.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.gongwen.drafting.trail.domain.TextDiff.Kind;
import org.gongwen.drafting.trail.domain.TextDiff.Op;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** 痕迹保留: the character diff is exact on Chinese text, minimal, and names moved passages. */
class TextDiffTest {

    @Test
    void anInsertedChineseClauseIsOneInsertionBetweenUnchangedText() {
        TextDiff.Result r = TextDiff.of("为保障困难群众基本生活，拟申请经费。", "为切实保障困难群众基本生活，拟申请经费。");
        assertThat(r.ops()).extracting(Op::kind).containsExactly(Kind.EQUAL, Kind.INSERT, Kind.EQUAL);
        assertThat(r.ops().get(1).text()).isEqualTo("切实");
        assertThat(r.ops().get(1).newOffset()).isEqualTo(1);
    }

    @Test
    void aDeletedPassageIsOneDeletionAtItsOldOffset() {
        TextDiff.Result r = TextDiff.of("拟申请2027年度办公经费和专项经费。", "拟申请2027年度办公经费。");
        assertThat(r.ops()).filteredOn(o -> o.kind() == Kind.DELETE).singleElement()
                .satisfies(o -> {
                    assertThat(o.text()).isEqualTo("和专项经费");
                    assertThat(o.oldOffset()).isEqualTo(13);
                });
    }

    @Test
    void aMovedSentenceIsReportedAsMovedWithBothOffsets() {
        String before = "一、总体要求。二、工作任务。三、保障措施。";
        String after = "二、工作任务。一、总体要求。三、保障措施。";
        TextDiff.Result r = TextDiff.of(before, after);
        assertThat(r.moves()).singleElement().satisfies(m -> {
            assertThat(m.text()).isIn("一、总体要求。", "二、工作任务。");
            assertThat(before.indexOf(m.text())).isEqualTo(m.oldOffset());
            assertThat(after.indexOf(m.text())).isEqualTo(m.newOffset());
        });
        assertThat(r.ops()).filteredOn(o -> o.move() != null).hasSize(2);
        assertReconstructs(before, after, r);
    }

    @Test
    void charactersOutsideTheBmpAreOneCharacterEach() {
        TextDiff.Result r = TextDiff.of("𠀀甲乙", "𠀀甲丙乙");
        assertThat(r.ops()).extracting(Op::kind).containsExactly(Kind.EQUAL, Kind.INSERT, Kind.EQUAL);
        assertThat(r.ops().get(1).newOffset()).isEqualTo(2);
    }

    @Test
    void identicalAndEmptyTexts() {
        assertThat(TextDiff.of("同意", "同意").unchanged()).isTrue();
        assertThat(TextDiff.of(null, "").ops()).isEmpty();
        assertThat(TextDiff.of("", "新").ops()).extracting(Op::kind).containsExactly(Kind.INSERT);
    }

    @Test
    void beyondTheEditLimitTheMiddleIsOneReplacement() {
        String a = "甲".repeat(TextDiff.MAX_EDITS) + "中";
        String b = "乙".repeat(TextDiff.MAX_EDITS) + "中";
        TextDiff.Result r = TextDiff.of(a, b);
        assertThat(r.coarse()).isTrue();
        assertReconstructs(a, b, r);
    }

    @RepeatedTest(200)
    void randomTextsReconstructAndTheEditCountIsMinimal() {
        Random random = new Random();
        String a = random(random);
        String b = random(random);
        TextDiff.Result r = TextDiff.of(a, b);
        assertReconstructs(a, b, r);
        int edits = r.ops().stream().filter(o -> o.kind() != Kind.EQUAL).mapToInt(o -> o.text().length()).sum();
        assertThat(edits).isEqualTo(a.length() + b.length() - 2 * lcs(a, b));
    }

    private static String random(Random random) {
        String alphabet = "的公文请示报告甲乙";
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(30); i > 0; i--) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private static void assertReconstructs(String before, String after, TextDiff.Result r) {
        StringBuilder old = new StringBuilder();
        StringBuilder neu = new StringBuilder();
        for (Op op : r.ops()) {
            if (op.kind() != Kind.INSERT) {
                assertThat(old.codePointCount(0, old.length())).isEqualTo(op.oldOffset());
                old.append(op.text());
            }
            if (op.kind() != Kind.DELETE) {
                assertThat(neu.codePointCount(0, neu.length())).isEqualTo(op.newOffset());
                neu.append(op.text());
            }
        }
        assertThat(old.toString()).isEqualTo(before);
        assertThat(neu.toString()).isEqualTo(after);
    }

    private static int lcs(String a, String b) {
        int[][] t = new int[a.length() + 1][b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                t[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
            }
        }
        return t[a.length()][b.length()];
    }
}
