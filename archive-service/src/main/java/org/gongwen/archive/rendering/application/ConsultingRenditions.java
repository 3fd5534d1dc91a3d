package org.gongwen.archive.rendering.application;

import java.util.Optional;

import org.gongwen.archive.log.application.LogStore;
import org.gongwen.archive.log.application.LoggingReads;
import org.gongwen.archive.rendering.domain.RenditionCheck;
import org.gongwen.archive.rendering.domain.RenditionFormat;
import org.gongwen.archive.shared.application.ArchiveRecords;
import org.gongwen.archive.shared.application.Consultation;
import org.gongwen.archive.shared.application.Reader;
import org.gongwen.archive.shared.domain.ArchiveAccess;
import org.gongwen.archive.shared.domain.ArchiveRecord;
import org.gongwen.archive.shared.domain.RenditionFiles;
import org.gongwen.archive.verifier.ArchivalPackage;

/**
 * The renditions as readers see them: the files to download (a read of the record: AUDITOR/CHIEF within clearance,
 * logged), their state beside the record, and what the 四性 check finds when it opens them.
 */
public final class ConsultingRenditions {

    /** What a download gives: the file, or word that it is not there (yet). */
    public sealed interface Download permits File, NotRendered {
    }

    public record File(String fileName, String mediaType, byte[] data, String sha256) implements Download {
    }

    /** No file: still being made ({@code failed} false) or given up. */
    public record NotRendered(boolean failed) implements Download {
    }

    /** The renditions beside a record: rendered (with hashes), pending, failed, or none (archived before). */
    public record Summary(String state, Optional<RenditionFiles> files) {
    }

    private final ArchiveRecords records;
    private final StoredRenditions renditions;
    private final RenderJobs jobs;
    private final RenditionReader reader;
    private final LogStore log;
    private final LoggingReads reads;

    public ConsultingRenditions(ArchiveRecords records, StoredRenditions renditions, RenderJobs jobs,
                                RenditionReader reader, LogStore log, LoggingReads reads) {
        this.records = records;
        this.renditions = renditions;
        this.jobs = jobs;
        this.reader = reader;
        this.log = log;
        this.reads = reads;
    }

    public Consultation<Download> download(Reader who, String documentId, RenditionFormat format) {
        if (!ArchiveAccess.mayConsult(who.roles())) {
            return new Consultation.Denied<>();
        }
        Optional<ArchiveRecord> record = records.find(documentId)
                .filter(r -> who.clearance().covers(r.classification()));
        reads.logRead(who, "rendition", documentId, record.isPresent());
        if (record.isEmpty()) {
            return new Consultation.Unknown<>();
        }
        ArchiveRecord r = record.get();
        return new Consultation.Answer<>(renditions.of(documentId).<Download>map(stored -> {
            boolean pdf = format == RenditionFormat.PDF;
            return new File(format.fileName(r.documentNumber(), r.archiveNo().format()), format.mediaType(),
                    pdf ? stored.pdf() : stored.ofd(), pdf ? stored.files().pdfSha256() : stored.files().ofdSha256());
        }).orElseGet(() -> new NotRendered(jobs.status(documentId).map(RenderJobs.Status::failed).orElse(false))));
    }

    /** For a record the caller may already see (no access check, no log entry of its own). */
    public Summary summaryOf(String documentId) {
        Optional<RenditionFiles> files = renditions.filesOf(documentId);
        if (files.isPresent()) {
            return new Summary("rendered", files);
        }
        return new Summary(jobs.status(documentId).map(s -> s.failed() ? "failed" : "pending").orElse("none"),
                Optional.empty());
    }

    /** The stored files of a record for an archival package, if rendered. */
    public Optional<StoredRenditions.Stored> storedOf(String documentId) {
        return renditions.of(documentId);
    }

    /** What the 四性 check finds: the files opened, their bytes hashed and their leaf compared. */
    public RenditionCheck.State inspect(String documentId) {
        Optional<StoredRenditions.Stored> stored = renditions.of(documentId);
        if (stored.isEmpty()) {
            return jobs.status(documentId)
                    .<RenditionCheck.State>map(s -> s.failed()
                            ? new RenditionCheck.GivenUp(String.valueOf(s.lastError()))
                            : new RenditionCheck.Pending())
                    .orElseGet(RenditionCheck.NotRendered::new);
        }
        RenditionFiles files = stored.get().files();
        RenditionCheck.LeafState leaf = log.leafOf("rendition", files.logEntryId())
                .map(l -> java.util.Arrays.equals(l.data(), renditions.leafOf(files))
                        ? RenditionCheck.LeafState.MATCHES : RenditionCheck.LeafState.DIFFERS)
                .orElseGet(() -> log.isPending("rendition", files.logEntryId())
                        ? RenditionCheck.LeafState.QUEUED : RenditionCheck.LeafState.MISSING);
        return new RenditionCheck.Rendered(new RenditionCheck.Stored(
                inspection(RenditionFormat.PDF, files.pdfSha256(), stored.get().pdf()),
                inspection(RenditionFormat.OFD, files.ofdSha256(), stored.get().ofd()), leaf, files.pageCount()));
    }

    private RenditionCheck.Inspection inspection(RenditionFormat format, String storedSha256, byte[] data) {
        RenditionReader.Opened opened = reader.open(format, data);
        return new RenditionCheck.Inspection(format.name(), storedSha256, ArchivalPackage.sha256Hex(data),
                opened.pages(), opened.error());
    }
}
