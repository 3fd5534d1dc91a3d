package org.gongwen.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every {@link TrailEntry#action()} a producer writes into a document's trail: the one list of act codes.
 * review-service's journal takes its codes from here, and the archive names each of them as a 业务行为
 * (an exhaustive switch, so a new act cannot reach the archive unnamed). On the wire the code is the constant's
 * name; readers must still tolerate codes they do not know (a newer producer).
 */
public enum TrailAction {
    /** 送审 by the drafter, once per revision. */
    SUBMITTED,
    /** A reviewer below the signer agreed. */
    APPROVED,
    /** 退回 to the drafter to revise and resubmit. */
    RETURNED,
    /** Not to be issued (不宜发文), back to the drafter; ends the document. */
    REJECTED,
    /** 退回 to an earlier level that approved, which decides again. */
    SENT_BACK,
    /** 撤回 by the approver of the level just below, before the next reviewer acted. */
    RECALLED,
    /** 委派: someone else decides for the step's owner ("X代Y"). */
    DELEGATED,
    /** 转办: someone else decides in their own name. */
    TRANSFERRED,
    /** The step is overdue and now also in the next level's inbox (the actor is that reviewer). */
    ESCALATED,
    /** Manual 催办 by the drafter or a 主任. */
    URGED,
    /** 会签 asked of other units' heads. */
    COUNTERSIGN_REQUESTED,
    /** A unit's head answered the 会签. */
    COUNTERSIGNED,
    /** 签发 by the last level. */
    SIGNED,
    /**
     * 加签: the reviewer of the current step added a reviewer right after their own step. The trail entry's
     * opinion names the person added, then the reason (a trail entry has no field for a second person, and its
     * shape is fixed by the archive's sealed log leaves).
     */
    REVIEWER_ADDED,
    /** 减签: the reviewer of the current step removed a reviewer added ad hoc who had not acted; named as for 加签. */
    REVIEWER_REMOVED,
    /** 收文 (registry, issue 17): 登记 by the office, with the 收文编号 as the opinion. */
    REGISTERED,
    /** 初审 passed. */
    CHECKED,
    /** 初审 failed: 退文 to the sender with the reason. */
    RETURNED_TO_SENDER,
    /** 拟办: the office's proposal. */
    PROPOSED,
    /** 批办: a leader named the 主办 unit, 协办 units and deadline; the opinion is the 批示. */
    ASSIGNED,
    /** The 主办 unit asked to hand the 收文 on (申请转办), with the reason. */
    TRANSFER_REQUESTED,
    /** A leader granted a later deadline (延期), with the reason. */
    DEADLINE_EXTENDED,
    /** The office sent the 收文 round (传阅); the opinion names the readers. */
    CIRCULATED,
    /** A reader read it in the 传阅 (阅毕); the opinion is their 批示, if any. */
    READ,
    /** 交办: a leader assigned a matter under 督办; the opinion is what is to be done. */
    MATTER_ASSIGNED,
    /** The 承办 unit reported progress on a 交办事项. */
    PROGRESS_REPORTED,
    /** 办结 of a 收文 or a 交办事项; the opinion is the 办理结果. */
    CONCLUDED;

    /** The act with this code, empty for null or a code this version does not know. */
    public static Optional<TrailAction> of(String code) {
        return Arrays.stream(values()).filter(a -> a.name().equals(code)).findFirst();
    }
}
