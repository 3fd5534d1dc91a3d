package org.gongwen.archive.shared.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.gongwen.events.Person;
import org.gongwen.events.RegistryIncomingConcluded.CirculationReading;
import org.gongwen.events.RegistryMatterConcluded.ProgressReport;
import org.jspecify.annotations.Nullable;

/**
 * What a 收文 or a 交办事项 record keeps beside the common fields, exactly as registry-service sent it on 办结: the
 * 登记 data (收文编号, 来文单位, 来文字号, 份数, 收文日期, 成文日期), 拟办 and 批办 (主办/协办 units, deadline, 批示),
 * or the 交办 (source, matter, 承办 unit, deadline), and for both the result, who concluded it and when, the 传阅
 * readings with their 批示 and the progress reports. Null fields do not apply to the record's kind.
 */
public record RegistryParticulars(@Nullable String receiptNumber, @Nullable String senderOrgan,
                                  @Nullable String senderNumber, @Nullable Integer copies,
                                  @Nullable LocalDate receivedOn, @Nullable LocalDate writtenOn,
                                  @Nullable String proposal, String handlingUnit, List<String> assistingUnits,
                                  @Nullable LocalDate deadline, @Nullable String instruction,
                                  @Nullable Person assignedBy, @Nullable Instant assignedAt, @Nullable String source,
                                  @Nullable String sourceDocumentId, @Nullable String matter, String result,
                                  @Nullable String replyDocumentId, @Nullable Person concludedBy,
                                  Instant concludedAt, List<CirculationReading> readings,
                                  List<ProgressReport> reports) {

    public RegistryParticulars {
        assistingUnits = assistingUnits == null ? List.of() : List.copyOf(assistingUnits);
        readings = readings == null ? List.of() : List.copyOf(readings);
        reports = reports == null ? List.of() : List.copyOf(reports);
    }
}
