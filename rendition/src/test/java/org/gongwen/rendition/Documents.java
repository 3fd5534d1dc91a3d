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

    /** A 函 (信函格式): 份号 and 紧急程度 under the double line, 抄送 only in its 版记. */
    public static IssuedDocument han() {
        return new IssuedDocument("函", false, "000007", null, null, "加急", List.of(ORGAN), "文件", "江民函〔2026〕15号",
                List.of("王强"), "江城市民政局关于商请提供2026年度城乡低保对象医疗救助数据的函", List.of("江城市医疗保障局"),
                List.of("为做好2027年度社会救助资金测算工作，现商请贵局协助提供以下数据：",
                        "一、2026年全市城乡低保对象医疗救助人次及金额；",
                        "二、特困供养人员住院费用个人自付部分明细。",
                        "请于12月15日前反馈我局社会救助科。"),
                List.of(), LocalDate.of(2026, 12, 3), "联系人：张伟，电话：0000-0000000", List.of("江城市财政局"),
                "江城市民政局办公室", LocalDate.of(2026, 12, 3));
    }

    /** A 令 (命令格式): mark 江城市民政局令, 令号 from the 发文字号, the 局长's 职务 and 签名章. */
    public static IssuedDocument ling() {
        return new IssuedDocument("命令", false, null, null, null, null, List.of(ORGAN), "文件", "江民令〔2026〕3号",
                List.of("王强"), "江城市民政局令", List.of(),
                List.of("《江城市最低生活保障审核确认办法》已经2026年11月28日局务会议审议通过，现予公布，自2027年1月1日起施行。"),
                List.of(), LocalDate.of(2026, 12, 4), null, List.of("江城市人民政府办公室"), "江城市民政局办公室",
                LocalDate.of(2026, 12, 4), List.of("局长"));
    }

    /** A 纪要 (纪要格式), 第9期: its title is its mark; 出席, 列席 and 请假 typed as paragraphs of the body. */
    public static IssuedDocument jiyao() {
        return new IssuedDocument("纪要", false, null, null, null, null, List.of(ORGAN), "文件", "江民纪〔2026〕9号",
                List.of("王强"), "江城市民政局局长办公会议纪要", List.of(),
                List.of("2026年12月2日，王强局长主持召开局长办公会议，研究2027年元旦春节期间困难群众走访慰问工作。现纪要如下：",
                        "出席：王强、刘洋、赵敏、孙立",
                        "一、会议同意社会救助科提出的走访慰问方案，由社会救助科会同各区县民政局于12月20日前完成困难群众排查。",
                        "二、会议要求慰问资金专款专用，办公室负责督办，于2027年1月31日前报告落实情况。",
                        "列席：张伟（社会救助科）、李娜（养老服务科）、钱晓（办公室）、周慎（档案室）、江城市财政局社会保障科负责同志",
                        "请假：陈军（出差）"),
                List.of(), LocalDate.of(2026, 12, 2), null, List.of("局机关各科室"), "江城市民政局办公室",
                LocalDate.of(2026, 12, 3)).withMinutesPeriod(9);
    }

    /** A plain document of one organ: what the format tests vary, the rest left out. */
    public static IssuedDocument plain(String docType, String title, String documentNumber, List<String> mainRecipients,
                                       List<String> paragraphs) {
        return new IssuedDocument(docType, false, null, null, null, null, List.of(ORGAN), "文件", documentNumber,
                List.of("王强"), title, mainRecipients, paragraphs, List.of(), LocalDate.of(2026, 12, 4), null,
                List.of(), "江城市民政局办公室", LocalDate.of(2026, 12, 4));
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
