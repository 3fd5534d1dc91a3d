package org.gongwen.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Concluded: the lead unit recorded the result and closed the 收文. Published by registry-service (issue 17); {@code
 * revision} is always 1: the registry's documents have no review rounds.
 *
 * <p>Since the 收文's archiving (issue 17, additive to v1) it carries everything the archive keeps without asking
 * anyone: the 收文编号, the 登记 form, 拟办 and 批办 (主办/协办 units, deadline, 批示), who concluded it, every 传阅
 * reading with its 批示, and the full trail in time order. A producer before that sent only the first six
 * components: {@code registration} is then null and there is nothing to archive.
 *
 * @param receiptNumber 收文编号, e.g. 收〔2026〕12号
 * @param registration  the 登记 form as registered
 * @param proposal      拟办意见, null when none was recorded
 * @param assignedBy    the leader who 批办ed it
 * @param handler       who concluded it (办结人), with name and unit
 * @param circulations  every 传阅 reading of the 收文, round by round, in reading order
 * @param trail         every act (登记 … 办结, 传阅 and readings included) in time order
 */
public record RegistryIncomingConcluded(String documentId, int revision, String result, String replyDocumentId,
                                        String concludedBy, Instant concludedAt, String receiptNumber,
                                        IncomingRegistration registration, String proposal, String leadUnit,
                                        List<String> assistingUnits, LocalDate deadline, String instruction,
                                        Person assignedBy, Person handler, List<CirculationReading> circulations,
                                        List<TrailEntry> trail) implements GongwenEvent {

    public RegistryIncomingConcluded {
        assistingUnits = assistingUnits == null ? List.of() : List.copyOf(assistingUnits);
        circulations = circulations == null ? List.of() : List.copyOf(circulations);
        trail = trail == null ? List.of() : List.copyOf(trail);
    }

    /** The first v1 shape, before the archive's data. */
    public RegistryIncomingConcluded(String documentId, int revision, String result, String replyDocumentId,
                                     String concludedBy, Instant concludedAt) {
        this(documentId, revision, result, replyDocumentId, concludedBy, concludedAt, null, null, null, null, null,
                null, null, null, null, null, null);
    }

    /**
     * The 收文登记 form: 来文单位, 来文字号, 标题, 密级 (null = 非密), 紧急程度, 份数, 收文日期 and 成文日期 when known.
     */
    public record IncomingRegistration(String senderOrgan, String senderNumber, String title, String classification,
                                       String urgency, int copies, LocalDate receivedOn, LocalDate writtenOn) {
    }

    /** One reader's place in a round of 传阅: when it reached them, when they read it, their 批示 if any. */
    public record CirculationReading(String circulationId, Person reader, Instant receivedAt, Instant readAt,
                                     String instruction) {
    }
}
