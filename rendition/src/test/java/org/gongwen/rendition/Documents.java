package org.gongwen.rendition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The two documents the golden tests and the screenshots use: a 请示 (上行文) and a 通知 (下行文 with 附件). */
public final class Documents {

    public static final String ORGAN = "江城市民政局";

    /** One per test JVM, as in a service: the parsed fonts are shared by every test that writes a file. */
    private static Renditions renditions;

    private Documents() {
    }

    public static synchronized Renditions renditions() {
        if (renditions == null) {
            renditions = Renditions.withSystemFonts();
        }
        return renditions;
    }

    public static IssuedDocument qingshi() {
        return new IssuedDocument("请示", true, null, null, null, null, List.of(ORGAN), "文件", "江民发〔2026〕7号",
                List.of("王强"), "江城市民政局关于申请2027年度社会救助资金的请示", List.of("江城市人民政府"),
                List.of("为保障2027年度城乡困难群众基本生活，根据《社会救助暂行办法》和省、市有关规定，结合我市实际，现就申请2027年度社会救助资金有关事项请示如下。",
                        "一、资金需求",
                        "2027年度全市城乡最低生活保障、特困人员供养和临时救助预计需要资金8650万元，其中市级财政承担3460万元。",
                        "二、使用安排",
                        "（一）保障城乡低保。按月足额发放城乡低保金，确保应保尽保。",
                        "（二）做好临时救助。对遭遇突发事件、意外伤害的困难群众及时给予救助，做到应救尽救。",
                        "妥否，请批示。"),
                List.of(), LocalDate.of(2026, 11, 21), "联系人：张伟，电话：0000-0000000", List.of(),
                "江城市民政局办公室", LocalDate.of(2026, 11, 21));
    }

    public static IssuedDocument tongzhi() {
        return new IssuedDocument("通知", false, "000042", "秘密", 1, "特急", List.of(ORGAN), "文件", "江民发〔2026〕12号",
                List.of("王强"), "江城市民政局关于做好2027年元旦春节期间困难群众走访慰问工作的通知",
                List.of("各区县民政局", "局机关各科室"),
                List.of("为切实做好2027年元旦春节期间困难群众走访慰问工作，让困难群众度过一个欢乐祥和的节日，现将有关事项通知如下。",
                        "一、总体要求",
                        "坚持以人民为中心，聚焦低保对象、特困人员、困难残疾人等重点群体，确保走访慰问不漏一户、不落一人。",
                        "二、工作措施",
                        "（一）摸清底数。各区县民政局要于12月20日前完成困难群众排查，建立走访慰问台账。",
                        "（二）落实资金。慰问资金要专款专用，按照附件所列标准发放，严禁截留挪用。",
                        "1.加强督导。局机关各科室分片包干，对走访慰问情况进行督导。",
                        "（1）每月报送工作进展。",
                        "三、有关要求",
                        "各单位要高度重视，精心组织，于2027年1月31日前将工作总结报送市民政局社会救助科。"),
                List.of(new IssuedDocument.Attachment("走访慰问对象名单", List.of("（名单另附，按区县汇总。）")),
                        new IssuedDocument.Attachment("慰问资金发放标准", List.of("低保对象每户500元，特困人员每人800元。"))),
                LocalDate.of(2026, 12, 1), null, List.of("市委办公室", "市人大常委会办公室", "市政府办公室", "市政协办公室"),
                "江城市民政局办公室", LocalDate.of(2026, 12, 2));
    }

    /** A 通知 with {@code count} body paragraphs of {@code length} characters each and no 附件. */
    public static IssuedDocument withBody(int count, int length) {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            paragraphs.add("各".repeat(Math.max(0, length - 1)) + "。");
        }
        return tongzhi().withAttachments(List.of()).withParagraphs(paragraphs);
    }
}
