package org.gongwen.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One sample of each event with every field set (every optional field, one element in every list), and one
 * with everything optional left out, built from the demo organisation of contract §1.
 */
final class EventSamples {

    static final String DOCUMENT_ID = "0b9f3c2e-5d1a-4c7e-9a53-2f1e8c6d4b10";
    static final String CONTENT_HASH = "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final Instant SUBMITTED_AT = Instant.parse("2026-03-02T01:30:00Z");
    static final Instant DECIDED_AT = Instant.parse("2026-03-03T06:15:30.250Z");
    static final Instant ISSUED_AT = Instant.parse("2026-03-04T02:00:00Z");
    static final LocalDate DOCUMENT_DATE = LocalDate.of(2026, 3, 4);

    static final Person ZHANGWEI = new Person("zhangwei", "张伟", "SHJZ");
    static final Person SUNLI = new Person("sunli", "孙立", "BGS");
    static final Person WANGQIANG = new Person("wangqiang", "王强", "JLD");
    static final Person LIUYANG = new Person("liuyang", "刘洋", "JLD");

    private EventSamples() {
    }

    static GongwenEvent fullyPopulated(EventType type) {
        DocumentContent content = new DocumentContent("通知", "江城市民政局关于做好2026年春节期间困难群众走访慰问工作的通知",
                List.of("各区民政局"), List.of("市财政局"), "为切实保障困难群众基本生活……", "加急", "秘密", 1, "下行",
                List.of(new AttachmentRef("2026年春节走访慰问对象名单",
                        "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae", 1024L, "application/pdf")),
                "（联系人：张伟，电话：12345678）", "000042", "江城市民政局", List.of("江城市财政局"));
        List<TrailEntry> trail = List.of(new TrailEntry("APPROVED", LIUYANG, "CHIEF", 1, DECIDED_AT, "同意。",
                CONTENT_HASH, "wangqiang", "王强"));
        return switch (type) {
            case DRAFT_SUBMITTED -> new DraftSubmitted(DOCUMENT_ID, 2, ZHANGWEI, content, CONTENT_HASH, SUBMITTED_AT,
                    new Corrects(1, "江民发〔2026〕7号", WANGQIANG, "主送机关漏列区财政局，更正。"));
            case DRAFT_WITHDRAWN -> new DraftWithdrawn(DOCUMENT_ID, 2, ZHANGWEI, SUBMITTED_AT);
            case REVIEW_CHAIN_ASSIGNED -> new ReviewChainAssigned(DOCUMENT_ID, 2, java.util.List.of(
                    new ReviewChainAssigned.ChainStep(1, "DEPUTY_DIRECTOR", SUNLI),
                    new ReviewChainAssigned.ChainStep(2, "CHIEF", WANGQIANG)), SUBMITTED_AT);
            case REVIEW_STEP_APPROVED -> new ReviewStepApproved(DOCUMENT_ID, 2, 1, "DEPUTY_DIRECTOR", SUNLI, "同意。",
                    DECIDED_AT);
            case REVIEW_RETURNED -> new ReviewReturned(DOCUMENT_ID, 2, 1, "DEPUTY_DIRECTOR", SUNLI,
                    "附件说明后不加标点，请修改。", DECIDED_AT);
            case REVIEW_REJECTED -> new ReviewRejected(DOCUMENT_ID, 2, 1, "DEPUTY_DIRECTOR", SUNLI,
                    "此事项不属本局职权，不予发文。", DECIDED_AT);
            case DOCUMENT_ISSUED -> new DocumentIssued(DOCUMENT_ID, 2, "江民发〔2026〕7号", WANGQIANG, ISSUED_AT,
                    DOCUMENT_DATE, CONTENT_HASH, content, ZHANGWEI, trail,
                    new Corrects(1, "江民发〔2026〕7号", WANGQIANG, "主送机关漏列区财政局，更正。"), 3);
            case RECORD_ARCHIVED -> new RecordArchived(DOCUMENT_ID, 2, "Z011-WS·2026-D30-SHJZ-0007", ISSUED_AT);
            case REVIEW_STEP_REOPENED -> new ReviewStepReopened(DOCUMENT_ID, 2, 3, 1, "SENT_BACK", WANGQIANG, "liuyang",
                    "请分管主任再核附件。", DECIDED_AT);
            case REVIEW_DELEGATED -> new ReviewDelegated(DOCUMENT_ID, 2, 3, "DELEGATE", WANGQIANG, LIUYANG, ISSUED_AT,
                    "出差期间由刘洋代签。", DECIDED_AT);
            case REVIEW_REMINDER_DUE -> new ReviewReminderDue(DOCUMENT_ID, 2, 1, "URGED", SUNLI, ISSUED_AT, "zhangwei",
                    "请尽快审核。", DECIDED_AT);
            case REVIEW_ESCALATED -> new ReviewEscalated(DOCUMENT_ID, 2, 1, SUNLI, WANGQIANG, DECIDED_AT, ISSUED_AT);
            case REVIEW_COUNTERSIGN_REQUESTED -> new ReviewCountersignRequested(DOCUMENT_ID, 2, 2, "ALL", 1,
                    List.of(SUNLI), WANGQIANG, DECIDED_AT);
            case REVIEW_COUNTERSIGNED -> new ReviewCountersigned(DOCUMENT_ID, 2, 2, SUNLI, "APPROVE", "同意。", true,
                    DECIDED_AT);
            case REVIEW_SUBMISSION_REFUSED -> new ReviewSubmissionRefused(DOCUMENT_ID, 2, "REVIEW-CLEARANCE-1", 2,
                    "DIRECTOR", "第 2 级（DIRECTOR）没有涉密等级达到绝密的审核人，送审未受理。",
                    "Level 2 (DIRECTOR) has nobody cleared for 绝密; the submission was not accepted.", DECIDED_AT);
            case REVIEW_REVIEWER_ADDED -> new ReviewReviewerAdded(DOCUMENT_ID, 2, 3, "CHIEF", LIUYANG, SUNLI,
                    "zhaomin", "涉及救助资金，请刘洋局长把关。", DECIDED_AT);
            case REVIEW_REVIEWER_REMOVED -> new ReviewReviewerRemoved(DOCUMENT_ID, 2, 3, LIUYANG, SUNLI, "zhaomin",
                    "刘洋局长出差，不再加签。", DECIDED_AT);
            case REGISTRY_DELIVERIES_PLANNED -> new RegistryDeliveriesPlanned(DOCUMENT_ID, 1,
                    List.of("5f0c1e2a-0d7b-4c55-8a8e-3f2b1c4d5e6f"), List.of("社会救助科"), ISSUED_AT);
            case REGISTRY_DELIVERY_SIGNED -> new RegistryDeliverySigned(DOCUMENT_ID, 1,
                    "5f0c1e2a-0d7b-4c55-8a8e-3f2b1c4d5e6f", "SHJZ", "zhangwei", DECIDED_AT);
            case REGISTRY_DELIVERY_RETURNED -> new RegistryDeliveryReturned(DOCUMENT_ID, 1,
                    "5f0c1e2a-0d7b-4c55-8a8e-3f2b1c4d5e6f", "SHJZ", "zhangwei", "送错，应送养老服务科。", DECIDED_AT);
            case REGISTRY_DELIVERY_SENT -> new RegistryDeliverySent(DOCUMENT_ID, 1,
                    "5f0c1e2a-0d7b-4c55-8a8e-3f2b1c4d5e6f", "各区民政局", "qianxiao", "机要交通", DECIDED_AT);
            case REGISTRY_INCOMING_REGISTERED -> new RegistryIncomingRegistered(DOCUMENT_ID, 1, "收〔2026〕12号",
                    "江城市人民政府办公室", "关于做好2026年防汛工作的通知", "qianxiao", DECIDED_AT);
            case REGISTRY_INCOMING_ASSIGNED -> new RegistryIncomingAssigned(DOCUMENT_ID, 1, "SHJZ", List.of("YLFW"),
                    DOCUMENT_DATE, "请社会救助科牵头办理。", "wangqiang", DECIDED_AT);
            case REGISTRY_INCOMING_CONCLUDED -> new RegistryIncomingConcluded(DOCUMENT_ID, 1, "已按要求落实。",
                    "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "zhangwei", ISSUED_AT, "收〔2026〕12号",
                    new RegistryIncomingConcluded.IncomingRegistration("江城市人民政府办公室", "江政办发〔2026〕3号",
                            "关于做好2026年防汛工作的通知", "秘密", "加急", 2, DOCUMENT_DATE, DOCUMENT_DATE),
                    "拟请社会救助科办理。", "SHJZ", List.of("YLFW"), DOCUMENT_DATE, "请社会救助科牵头办理。", WANGQIANG,
                    ZHANGWEI, List.of(new RegistryIncomingConcluded.CirculationReading(
                            "5f0c1e2a-0d7b-4c55-8a8e-3f2b1c4d5e6f", WANGQIANG, SUBMITTED_AT, DECIDED_AT, "阅。")),
                    List.of(new TrailEntry("REGISTERED", SUNLI, "DEPUTY_DIRECTOR", 1, SUBMITTED_AT, "收〔2026〕12号", CONTENT_HASH,
                            "zhaomin", "赵敏")));
            case REGISTRY_MATTER_CONCLUDED -> new RegistryMatterConcluded(DOCUMENT_ID, 1, "INSTRUCTION",
                    "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "落实防汛物资储备。", "SHJZ", DOCUMENT_DATE, "秘密", WANGQIANG,
                    SUBMITTED_AT, List.of(new RegistryMatterConcluded.ProgressReport(ZHANGWEI, "已完成一半。", DECIDED_AT)),
                    "已全部落实。", ZHANGWEI, ISSUED_AT, List.of(new TrailEntry("MATTER_ASSIGNED", WANGQIANG, "CHIEF", 1,
                            SUBMITTED_AT, "落实防汛物资储备。", CONTENT_HASH, "liuyang", "刘洋")));
            case DRAFT_REPLY_STARTED -> new DraftReplyStarted(DOCUMENT_ID, 0, ZHANGWEI, "秘密",
                    new DraftReplyStarted.InReplyTo("7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "收〔2026〕12号"),
                    "江城市民政局关于做好2026年防汛工作的复函", SUBMITTED_AT);
            case REVIEW_ORGANISATION_CHANGED -> new ReviewOrganisationChanged(42, DECIDED_AT,
                    List.of(new ReviewOrganisationChanged.Unit("SHJZ", "社会救助科")),
                    List.of(new ReviewOrganisationChanged.Member("zhangwei", "张伟", "SHJZ", "CLERK", "秘密")));
            case REGISTRY_REMINDER_DUE -> new RegistryReminderDue(DOCUMENT_ID, 1, "INCOMING", DOCUMENT_ID, "OVERDUE",
                    "SHJZ", "关于做好2026年防汛工作的通知", ISSUED_AT, DECIDED_AT);
            case REGISTRY_ESCALATED -> new RegistryEscalated(DOCUMENT_ID, 1, "MATTER", DOCUMENT_ID, "SHJZ",
                    "落实救助资金发放", ISSUED_AT, "wangqiang", "JLD", DECIDED_AT);
        };
    }

    /** Optional fields null and lists empty; events without optional fields are the same as fully populated. */
    static GongwenEvent withoutOptionalFields(EventType type) {
        DocumentContent content = new DocumentContent("公告", "江城市民政局公告", null, null, "……", null, null, null,
                "下行", null, null);
        List<TrailEntry> trail = List.of(new TrailEntry("SUBMITTED", ZHANGWEI, null, null, SUBMITTED_AT, null,
                CONTENT_HASH));
        return switch (type) {
            case DRAFT_SUBMITTED -> new DraftSubmitted(DOCUMENT_ID, 1, ZHANGWEI, content, CONTENT_HASH, SUBMITTED_AT);
            case REVIEW_STEP_APPROVED -> new ReviewStepApproved(DOCUMENT_ID, 1, 1, "DIRECTOR", SUNLI, null,
                    DECIDED_AT);
            case DOCUMENT_ISSUED -> new DocumentIssued(DOCUMENT_ID, 1, "江民发〔2026〕1号", WANGQIANG, ISSUED_AT,
                    DOCUMENT_DATE, CONTENT_HASH, content, ZHANGWEI, trail);
            case REVIEW_STEP_REOPENED -> new ReviewStepReopened(DOCUMENT_ID, 1, 2, 1, "RECALLED", SUNLI, null, null,
                    DECIDED_AT);
            case REVIEW_DELEGATED -> new ReviewDelegated(DOCUMENT_ID, 1, 3, "TRANSFER", WANGQIANG, LIUYANG, ISSUED_AT,
                    null, DECIDED_AT);
            case REVIEW_REMINDER_DUE -> new ReviewReminderDue(DOCUMENT_ID, 1, 1, "DUE", SUNLI, ISSUED_AT, null, null,
                    DECIDED_AT);
            case REVIEW_REVIEWER_ADDED -> new ReviewReviewerAdded(DOCUMENT_ID, 1, 2, "DIRECTOR", LIUYANG, SUNLI, null,
                    "请加签。", DECIDED_AT);
            case REVIEW_REVIEWER_REMOVED -> new ReviewReviewerRemoved(DOCUMENT_ID, 1, 2, LIUYANG, SUNLI, null,
                    "不再加签。", DECIDED_AT);
            case REGISTRY_INCOMING_ASSIGNED -> new RegistryIncomingAssigned(DOCUMENT_ID, 1, "SHJZ", List.of(), null,
                    "请社会救助科办理。", "wangqiang", DECIDED_AT);
            case REGISTRY_INCOMING_CONCLUDED -> new RegistryIncomingConcluded(DOCUMENT_ID, 1, "已答复来文单位。", null,
                    "zhangwei", DECIDED_AT, "收〔2026〕1号", new RegistryIncomingConcluded.IncomingRegistration(
                            "江城市财政局", null, "关于核对资金的函", null, null, 1, DOCUMENT_DATE, null),
                    null, "SHJZ", List.of(), null, "请办理。", WANGQIANG, ZHANGWEI, List.of(), List.of());
            case REGISTRY_MATTER_CONCLUDED -> new RegistryMatterConcluded(DOCUMENT_ID, 1, "AD_HOC", null, "走访。",
                    "SHJZ", DOCUMENT_DATE, null, WANGQIANG, SUBMITTED_AT, List.of(), "已走访。", ZHANGWEI, ISSUED_AT,
                    List.of());
            case REGISTRY_ESCALATED -> new RegistryEscalated(DOCUMENT_ID, 1, "DELIVERY",
                    "5f0c1e2a-0d7b-4c55-8a8e-3f2b1c4d5e6f", "SHJZ", "关于开展安全检查的通知", ISSUED_AT, null, "BGS",
                    DECIDED_AT);
            case DRAFT_REPLY_STARTED -> new DraftReplyStarted(DOCUMENT_ID, 0, ZHANGWEI, null,
                    new DraftReplyStarted.InReplyTo("7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "收〔2026〕12号"),
                    "江城市民政局关于做好2026年防汛工作的复函", SUBMITTED_AT);
            case DRAFT_WITHDRAWN, REVIEW_CHAIN_ASSIGNED, REVIEW_RETURNED, REVIEW_REJECTED, RECORD_ARCHIVED,
                 REVIEW_ESCALATED, REVIEW_COUNTERSIGN_REQUESTED, REVIEW_COUNTERSIGNED, REVIEW_SUBMISSION_REFUSED,
                 REGISTRY_DELIVERIES_PLANNED, REGISTRY_DELIVERY_SIGNED, REGISTRY_DELIVERY_RETURNED,
                 REGISTRY_DELIVERY_SENT, REGISTRY_INCOMING_REGISTERED, REGISTRY_REMINDER_DUE ->
                    fullyPopulated(type);
            case REVIEW_ORGANISATION_CHANGED -> new ReviewOrganisationChanged(1, DECIDED_AT, List.of(),
                    List.of(new ReviewOrganisationChanged.Member("admin", "系统管理员", null, "ADMIN", null)));
        };
    }
}
