package org.gongwen.archive.rendering.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gongwen.archive.accession.domain.FourPropertiesTest;
import org.gongwen.archive.log.application.LogQueue;
import org.gongwen.archive.rendering.domain.RenderJobPolicy;
import org.gongwen.archive.shared.application.ArchiveRecords;
import org.gongwen.archive.shared.application.ArchivedAttachments;
import org.gongwen.archive.shared.application.Reader;
import org.gongwen.archive.shared.domain.ArchivalClass;
import org.gongwen.archive.shared.domain.ArchiveRecord;
import org.gongwen.archive.shared.domain.Clearance;
import org.gongwen.archive.shared.domain.Correction;
import org.gongwen.archive.shared.domain.LegalHold;
import org.gongwen.archive.shared.domain.RenditionFiles;
import org.gongwen.kernel.Transactions;
import org.junit.jupiter.api.Test;

/** Issue 18: the render worker's use case against in-memory ports — store + leaf + done, or retry, then give up. */
class RenderingDocumentsTest {

    private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");
    private static final RenderJobPolicy POLICY = new RenderJobPolicy(3, Duration.ofSeconds(10),
            Duration.ofMinutes(1), Duration.ofMinutes(5));

    private final ArchiveRecord record = FourPropertiesTest.record("江民发〔2026〕7号", FourPropertiesTest.TRAIL,
            List.of());
    private final Jobs jobs = new Jobs();
    private final Files files = new Files();
    private final List<RenditionFiles> leaves = new ArrayList<>();
    private int renders;
    private boolean failing;

    private RenderingDocuments rendering(Clock clock) {
        Renderer renderer = r -> {
            renders++;
            if (failing) {
                throw new IllegalStateException("no glyph for 𠀀");
            }
            return new Renderer.Rendered(new byte[] {'%', 'P', 'D', 'F'}, new byte[] {'P', 'K', 3, 4}, 2);
        };
        return new RenderingDocuments(jobs, files, new Records(record), renderer, new Leaves(leaves),
                new Transactions() {
                    @Override
                    public <T> T inTransaction(java.util.function.Supplier<T> work) {
                        return work.get();
                    }
                }, POLICY, clock);
    }

    @Test
    void aDueJobIsRenderedStoredWithBothHashesLoggedAndDropped() {
        jobs.enqueue(record.documentId(), NOW);
        assertThat(rendering(Clock.fixed(NOW, ZoneOffset.UTC)).renderNext()).isTrue();
        RenditionFiles stored = files.files.get(record.documentId());
        assertThat(stored.pdfSha256()).isEqualTo(org.gongwen.archive.verifier.ArchivalPackage.sha256Hex(
                new byte[] {'%', 'P', 'D', 'F'}));
        assertThat(stored.pageCount()).isEqualTo(2);
        assertThat(leaves).containsExactly(stored);
        assertThat(jobs.rows).isEmpty();
        assertThat(rendering(Clock.fixed(NOW, ZoneOffset.UTC)).renderNext()).as("nothing left").isFalse();
    }

    @Test
    void aFailingRenderIsRetriedAfterTheWaitAndGivenUpAtTheLimitWithTheErrorRecorded() {
        failing = true;
        jobs.enqueue(record.documentId(), NOW);
        assertThat(rendering(Clock.fixed(NOW, ZoneOffset.UTC)).renderNext()).isTrue();
        assertThat(jobs.rows.get(record.documentId()).nextAttempt).isEqualTo(NOW.plusSeconds(10));
        assertThat(rendering(Clock.fixed(NOW.plusSeconds(5), ZoneOffset.UTC)).renderNext())
                .as("not due before the wait is over").isFalse();
        assertThat(rendering(Clock.fixed(NOW.plusSeconds(10), ZoneOffset.UTC)).renderNext()).isTrue();
        assertThat(rendering(Clock.fixed(NOW.plusSeconds(30), ZoneOffset.UTC)).renderNext()).isTrue();
        Row row = jobs.rows.get(record.documentId());
        assertThat(row.failed).isTrue();
        assertThat(row.attempts).isEqualTo(3);
        assertThat(row.error).contains("no glyph");
        assertThat(rendering(Clock.fixed(NOW.plus(Duration.ofDays(1)), ZoneOffset.UTC)).renderNext())
                .as("a given-up job is not taken again").isFalse();
        assertThat(renders).isEqualTo(3);
        assertThat(files.files).isEmpty();
        assertThat(leaves).isEmpty();
    }

    @Test
    void aJobWhoseFilesAreAlreadyStoredIsDroppedWithoutRenderingAgain() {
        files.add(new RenditionFiles(record.documentId(), "a".repeat(64), 1, "b".repeat(64), 1, 1, NOW),
                new byte[1], new byte[1]);
        jobs.enqueue(record.documentId(), NOW);
        assertThat(rendering(Clock.fixed(NOW, ZoneOffset.UTC)).renderNext()).isTrue();
        assertThat(renders).isZero();
        assertThat(jobs.rows).isEmpty();
        assertThat(leaves).isEmpty();
    }

    @Test
    void aGivenUpJobRequeuedByAnArchivistIsRenderedWithAllItsAttemptsAgain() {
        failing = true;
        jobs.enqueue(record.documentId(), NOW);
        for (int attempt = 0; attempt < POLICY.maxAttempts(); attempt++) {
            rendering(Clock.fixed(NOW.plus(Duration.ofHours(attempt)), ZoneOffset.UTC)).renderNext();
        }
        assertThat(jobs.rows.get(record.documentId()).failed).isTrue();
        Reader chief = new Reader("wangqiang", "王强", Set.of("CHIEF"), Clearance.ofReader("绝密"));
        Reader archivist = new Reader("zhoushen", "周慎", Set.of("AUDITOR"), Clearance.ofReader("机密"));
        Instant later = NOW.plus(Duration.ofDays(1));
        assertThat(rendering(Clock.fixed(later, ZoneOffset.UTC)).requeue(chief, record.documentId()))
                .isInstanceOfSatisfying(RenderingDocuments.NotRequeued.class,
                        n -> assertThat(n.refusal().rule()).isEqualTo("RENDITION-RETRY-1"));
        assertThat(rendering(Clock.fixed(later, ZoneOffset.UTC)).requeue(archivist, "no-such-record"))
                .isInstanceOf(RenderingDocuments.UnknownRecord.class);

        // the font is there now
        failing = false;
        assertThat(rendering(Clock.fixed(later, ZoneOffset.UTC)).requeue(archivist, record.documentId()))
                .isEqualTo(new RenderingDocuments.Requeued(record.documentId()));
        assertThat(jobs.rows.get(record.documentId()).attempts).isZero();
        assertThat(rendering(Clock.fixed(later, ZoneOffset.UTC)).renderNext()).isTrue();
        assertThat(files.files).containsKey(record.documentId());
        assertThat(rendering(Clock.fixed(later, ZoneOffset.UTC)).requeue(archivist, record.documentId()))
                .as("rendered: nothing to re-queue")
                .isInstanceOfSatisfying(RenderingDocuments.NotRequeued.class,
                        n -> assertThat(n.refusal().rule()).isEqualTo("RENDITION-RETRY-2"));
    }

    private static final class Row {
        int attempts;
        Instant nextAttempt;
        boolean failed;
        String error;
    }

    private static final class Jobs implements RenderJobs {
        final Map<String, Row> rows = new HashMap<>();

        @Override
        public void enqueue(String documentId, Instant at) {
            Row row = new Row();
            row.nextAttempt = at;
            rows.put(documentId, row);
        }

        @Override
        public Optional<Job> claim(Instant now, Instant leaseEnds) {
            return rows.entrySet().stream().filter(e -> !e.getValue().failed && !e.getValue().nextAttempt.isAfter(now))
                    .findFirst().map(e -> {
                        e.getValue().attempts++;
                        e.getValue().nextAttempt = leaseEnds;
                        return new Job(e.getKey(), e.getValue().attempts);
                    });
        }

        @Override
        public void done(String documentId) {
            rows.remove(documentId);
        }

        @Override
        public void retryAt(String documentId, Instant at, String error) {
            rows.get(documentId).nextAttempt = at;
            rows.get(documentId).error = error;
        }

        @Override
        public void giveUp(String documentId, Instant at, String error) {
            rows.get(documentId).failed = true;
            rows.get(documentId).error = error;
        }

        @Override
        public Optional<Status> status(String documentId) {
            return Optional.ofNullable(rows.get(documentId)).map(r -> new Status(r.failed, r.attempts, r.error));
        }

        @Override
        public boolean requeue(String documentId, Instant at, String by) {
            Row row = rows.get(documentId);
            if (row == null || !row.failed) {
                return false;
            }
            row.failed = false;
            row.attempts = 0;
            row.nextAttempt = at;
            return true;
        }
    }

    private static final class Files implements StoredRenditions {
        final Map<String, RenditionFiles> files = new HashMap<>();

        @Override
        public void add(RenditionFiles f, byte[] pdf, byte[] ofd) {
            files.put(f.documentId(), f);
        }

        @Override
        public boolean exists(String documentId) {
            return files.containsKey(documentId);
        }

        @Override
        public Optional<Stored> of(String documentId) {
            return Optional.empty();
        }

        @Override
        public Optional<RenditionFiles> filesOf(String documentId) {
            return Optional.ofNullable(files.get(documentId));
        }

        @Override
        public byte[] leafOf(RenditionFiles f) {
            return new byte[0];
        }
    }

    private record Records(ArchiveRecord record) implements ArchiveRecords {
        @Override
        public boolean containsLocked(String documentId) {
            return false;
        }

        @Override
        public int nextItemNo(ArchivalClass archivalClass) {
            return 1;
        }

        @Override
        public void add(ArchiveRecord r) {
        }

        @Override
        public Optional<ArchiveRecord> find(String documentId) {
            return Optional.of(record).filter(r -> r.documentId().equals(documentId));
        }

        @Override
        public List<ArchiveRecord> inClass(String fonds, ArchivalClass archivalClass,
                                           org.gongwen.archive.shared.domain.Clearance reader) {
            return List.of();
        }
    }

    private record Leaves(List<RenditionFiles> leaves) implements LogQueue {
        @Override
        public void enqueue(ArchiveRecord record) {
        }

        @Override
        public void enqueue(Correction correction) {
        }

        @Override
        public void enqueue(LegalHold hold) {
        }

        @Override
        public void enqueue(org.gongwen.archive.shared.domain.RevisionLink link) {
        }

        @Override
        public void enqueue(String documentId, ArchivedAttachments.Stored file) {
        }

        @Override
        public void enqueue(RenditionFiles rendition) {
            leaves.add(rendition);
        }
    }
}
