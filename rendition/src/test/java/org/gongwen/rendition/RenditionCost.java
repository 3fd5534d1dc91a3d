package org.gongwen.rendition;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

import org.gongwen.rendition.fonts.FontSubsets;
import org.gongwen.rendition.fonts.Fonts;
import org.gongwen.rendition.layout.DocumentLayout;
import org.gongwen.rendition.ofd.OfdRenditionWriter;
import org.gongwen.rendition.pdf.PdfRenditionWriter;

/**
 * A measurement, not a test (no timing is asserted anywhere, and Surefire does not pick this name up): the thread CPU
 * one OFD and one PDF of the 请示 and the 通知 cost, after a warm-up, as medians. The layout and the font subsets are
 * made once, outside the timing: this measures the two writers.
 *
 * <pre>
 * ./mvnw -B -o -q -pl rendition -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/rendition.cp
 * nice -n 19 java -cp rendition/target/test-classes:rendition/target/classes:$(cat /tmp/rendition.cp) \
 *     org.gongwen.rendition.RenditionCost [rounds=150] [warm-up=150]
 * </pre>
 */
public final class RenditionCost {

    private RenditionCost() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 150;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 150;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Fonts fonts = Fonts.system();
        try (Renditions renditions = new Renditions(fonts)) {
            for (IssuedDocument doc : List.of(Documents.qingshi(), Documents.tongzhi())) {
                DocumentLayout layout = renditions.layOut(doc);
                FontSubsets subsets = FontSubsets.of(layout, fonts);
                DocumentInfo info = Renditions.info(doc);
                for (int i = 0; i < warmUp; i++) {
                    OfdRenditionWriter.write(layout, subsets, info);
                    PdfRenditionWriter.write(layout, subsets, info);
                }
                long[] ofd = new long[rounds];
                long[] pdf = new long[rounds];
                int ofdBytes = 0;
                for (int i = 0; i < rounds; i++) {
                    long t0 = cpu.getCurrentThreadCpuTime();
                    ofdBytes = OfdRenditionWriter.write(layout, subsets, info).length;
                    long t1 = cpu.getCurrentThreadCpuTime();
                    PdfRenditionWriter.write(layout, subsets, info);
                    long t2 = cpu.getCurrentThreadCpuTime();
                    ofd[i] = t1 - t0;
                    pdf[i] = t2 - t1;
                }
                System.out.printf("%s %d pages: OFD %.2f ms CPU (%d bytes), PDF %.2f ms CPU (medians of %d)%n",
                        doc.docType(), layout.pageCount(), median(ofd), ofdBytes, median(pdf), rounds);
            }
        }
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
