package org.gongwen.archive.export.application;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javax.xml.parsers.DocumentBuilderFactory;

import org.gongwen.archive.accession.application.ArchiveIntegrity;
import org.gongwen.archive.accession.application.ContentHasher;
import org.gongwen.archive.accession.domain.FourProperties;
import org.gongwen.archive.accession.domain.RevisionLinkCheck;
import org.gongwen.archive.accession.domain.Revisions;
import org.gongwen.archive.export.domain.ArchivalMetadataXml;
import org.gongwen.archive.export.domain.Formats;
import org.gongwen.archive.export.domain.RecordRendering;
import org.gongwen.archive.log.application.AccessLog;
import org.gongwen.archive.log.application.CheckpointSigner;
import org.gongwen.archive.log.application.ConsultingLog;
import org.gongwen.archive.log.application.LogQueue;
import org.gongwen.archive.log.application.LogStore;
import org.gongwen.archive.log.application.LoggingReads;
import org.gongwen.archive.log.application.SignedCheckpoint;
import org.gongwen.archive.log.domain.Checkpoint;
import org.gongwen.archive.rendering.application.ConsultingRenditions;
import org.gongwen.archive.rendering.application.StoredRenditions;
import org.gongwen.archive.rendering.domain.RenditionCheck;
import org.gongwen.archive.shared.application.Amendments;
import org.gongwen.archive.shared.application.ArchiveRecords;
import org.gongwen.archive.shared.application.ArchivedAttachments;
import org.gongwen.archive.shared.application.Consultation.Answer;
import org.gongwen.archive.shared.application.Consultation.Denied;
import org.gongwen.archive.shared.application.Consultation.Unknown;
import org.gongwen.archive.shared.application.Consultation;
import org.gongwen.archive.shared.application.Reader;
import org.gongwen.archive.shared.application.RevisionLinks;
import org.gongwen.archive.shared.domain.ArchiveAccess;
import org.gongwen.archive.shared.domain.ArchiveRecord;
import org.gongwen.archive.shared.domain.RecordMetadata;
import org.gongwen.archive.verifier.ArchivalPackage;
import org.gongwen.archive.verifier.LogProofs;
import org.gongwen.archive.verifier.PackageZip;
import org.gongwen.events.AttachmentRef;

/**
 * The archival package of one record (ZIP: content, rendering, attachments, DA/T 48-style metadata, the log
 * leaf with its inclusion proof and signed checkpoint, the log key, the 四性 report, a signed manifest) and the
 * 四性检测 on their own (DA/T 70-2018, reference.md §3.5). Both are reads of the record: AUDITOR/CHIEF within
 * clearance, logged in the access log whatever the outcome.
 */
public final class ExportingRecord {

    /** The renditions' names in a package (when the record has them). */
    public static final String RENDITION_PDF = "rendition.pdf";
    public static final String RENDITION_OFD = "rendition.ofd";

    /** A built package: the ZIP bytes and the file name to offer. */
    public record Package(String fileName, byte[] zip) {
    }

    private final ArchiveRecords records;
    private final LoggingReads reads;
    private final ConsultingLog log;
    private final LogStore store;
    private final Amendments amendments;
    private final ArchivedAttachments attachments;
    private final AccessLog accessLog;
    private final ArchiveIntegrity integrity;
    private final ContentHasher hasher;
    private final CheckpointSigner signer;
    private final PackageEncoding encoding;
    private final ConsultingRenditions renditions;
    private final RevisionLinks revisionLinks;
    private final String fondsName;

    public ExportingRecord(ArchiveRecords records, LoggingReads reads, ConsultingLog log, LogStore store,
                           Amendments amendments, ArchivedAttachments attachments, AccessLog accessLog,
                           ArchiveIntegrity integrity, ContentHasher hasher, CheckpointSigner signer,
                           PackageEncoding encoding, ConsultingRenditions renditions, RevisionLinks revisionLinks,
                           String fondsName) {
        this.renditions = renditions;
        this.revisionLinks = revisionLinks;
        this.records = records;
        this.reads = reads;
        this.log = log;
        this.store = store;
        this.amendments = amendments;
        this.attachments = attachments;
        this.accessLog = accessLog;
        this.integrity = integrity;
        this.hasher = hasher;
        this.signer = signer;
        this.encoding = encoding;
        this.fondsName = fondsName;
    }

    public Consultation<FourProperties.Report> check(Reader reader, String documentId) {
        return read(reader, "check", documentId).map(c -> build(c).report());
    }

    public Consultation<Package> export(Reader reader, String documentId) {
        return read(reader, "export", documentId).map(c -> build(c).pack());
    }

    /** Access rule and logging shared by both; the read is logged before anything is built. */
    private Step read(Reader reader, String action, String documentId) {
        if (!ArchiveAccess.mayConsult(reader.roles())) {
            return new Step(new Denied<>(), null);
        }
        Optional<ArchiveRecord> record = records.find(documentId)
                .filter(r -> reader.clearance().covers(r.classification()));
        reads.logRead(reader, action, documentId, record.isPresent());
        return record.map(r -> new Step(null, new Context(reader, r))).orElseGet(() -> new Step(new Unknown<>(), null));
    }

    private record Context(Reader reader, ArchiveRecord record) {
    }

    private record Step(Consultation<?> refusal, Context context) {
        @SuppressWarnings("unchecked")
        <T> Consultation<T> map(java.util.function.Function<Context, T> f) {
            return refusal != null ? (Consultation<T>) refusal : new Answer<>(f.apply(context));
        }
    }

    private record Built(FourProperties.Report report, Package pack) {
    }

    private Built build(Context c) {
        ArchiveRecord r = c.record();
        RecordMetadata metadata = RecordMetadata.of(r, amendments.corrections(r.documentId()),
                amendments.holds(r.documentId()));
        ConsultingLog.InclusionProof proof = log.inclusion(c.reader().clearance(), r.documentId(), null)
                .orElseThrow(() -> new IllegalStateException("archived record without a log leaf: " + r.documentId()));
        List<ArchivedAttachments.Stored> files = attachments.of(r.documentId());
        byte[] xml = utf8(ArchivalMetadataXml.of(r, metadata, fondsName,
                ArchivalMetadataXml.relationsOf(r, revisionLinks.touching(List.of(r.documentId())))));
        byte[] text = utf8(RecordRendering.text(r, metadata, fondsName));
        FourProperties.Report report = FourProperties.evaluate(facts(c, proof, files, xml, text));

        List<PackageZip.Entry> entries = new ArrayList<>();
        entries.add(new PackageZip.Entry("content.json", encoding.contentOfLeaf(proof.leafData())));
        entries.add(new PackageZip.Entry("content.txt", text));
        entries.add(new PackageZip.Entry("metadata.xml", xml));
        for (ArchivedAttachments.Stored f : files) {
            entries.add(new PackageZip.Entry(ArchivalMetadataXml.attachmentPath(f.position(), f.name()), f.data()));
        }
        // the 版式文件 as stored (issue 18), so the manifest names their SHA-256 beside every other file's
        Optional<StoredRenditions.Stored> rendered = renditions.storedOf(r.documentId());
        rendered.ifPresent(stored -> {
            entries.add(new PackageZip.Entry(RENDITION_PDF, stored.pdf()));
            entries.add(new PackageZip.Entry(RENDITION_OFD, stored.ofd()));
        });
        entries.add(new PackageZip.Entry("record-leaf.json", proof.leafData()));
        entries.add(new PackageZip.Entry("proof.json", encoding.proof(proof)));
        entries.add(new PackageZip.Entry("checkpoint.json", encoding.checkpoint(proof.checkpoint())));
        entries.add(new PackageZip.Entry("log-key.pub", utf8(packageKeys(proof.checkpoint()))));
        entries.add(new PackageZip.Entry("four-properties.json", encoding.report(report)));
        byte[] manifest = encoding.manifest(r.documentId(), r.archiveNo().format(), entries);
        entries.add(new PackageZip.Entry(ArchivalPackage.MANIFEST, manifest));
        entries.add(new PackageZip.Entry(ArchivalPackage.SIGNATURE,
                utf8(java.util.Base64.getEncoder().encodeToString(signer.signPackage(manifest)))));
        // the archiving time, so that the same record exports to the same bytes until its proof changes
        LocalDateTime time = LocalDateTime.ofInstant(r.archivedAt(), ZoneOffset.UTC);
        return new Built(report, new Package(r.archiveNo().format() + ".zip", PackageZip.write(entries, time)));
    }

    private FourProperties.Facts facts(Context c, ConsultingLog.InclusionProof proof,
                                       List<ArchivedAttachments.Stored> files, byte[] xml, byte[] text) {
        ArchiveRecord r = c.record();
        // the whole 更正 chain of the document, whichever of its records is checked
        String document = Revisions.documentIdOf(r.documentId());
        Checkpoint cp = proof.checkpoint().checkpoint();
        byte[] stored = store.leafOf("record", r.documentId()).map(LogStore.Leaf::data).orElse(new byte[0]);
        boolean included = LogProofs.verifyInclusion(LogProofs.leafHash(stored), proof.leafIndex(), proof.treeSize(),
                proof.auditPath(), cp.rootHash());
        boolean signed = new org.gongwen.archive.verifier.SignedCheckpoint(cp.origin(), cp.treeSize(), cp.rootHash(),
                cp.timestamp().toString(), proof.checkpoint().signature(), null, proof.checkpoint().keyId())
                .signatureValid(signer.trustedKeys());
        List<String> missingFiles = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        List<String> notAllowed = new ArrayList<>();
        List<AttachmentRef> declared = r.content().attachments();
        for (int i = 0; i < declared.size(); i++) {
            AttachmentRef a = declared.get(i);
            int position = i + 1;
            Optional<ArchivedAttachments.Stored> file = files.stream().filter(f -> f.position() == position).findFirst();
            if (a.hasFile() && (file.isEmpty() || !file.get().sha256().equals(a.sha256()))) {
                missingFiles.add(a.name());
            }
            file.ifPresent(f -> {
                if (!Formats.allowed(f.contentType())) {
                    notAllowed.add(f.name() + " (" + f.contentType() + ")");
                } else if (!Formats.readable(f.contentType(), f.data())) {
                    unreadable.add(f.name());
                }
                if (!ArchivalPackage.sha256Hex(f.data()).equals(f.sha256())) {
                    missingFiles.add(f.name() + " (hash)");
                }
            });
        }
        if (!wellFormed(xml)) {
            unreadable.add("metadata.xml");
        } else {
            // validated before every export (and every 四性 check): the package carries the verdict in
            // four-properties.json, so an invalid metadata.xml can never leave silently
            List<String> violations = ArchivalMetadataSchema.violations(xml);
            if (!violations.isEmpty()) {
                unreadable.add("metadata.xml (" + ArchivalMetadataSchema.RESOURCE + ": " + violations.get(0) + ")");
            }
        }
        if (r.content().title() == null || r.content().body() == null || !Formats.readable("text/plain", text)) {
            unreadable.add("content");
        }
        return new FourProperties.Facts(hasher.hashOf(r.content()).equals(r.contentHash()),
                Arrays.equals(stored, integrity.leafOf(r)), included, signed, FourProperties.missingMetadata(r),
                FourProperties.missingTrailActs(r), integrity.sequence(r.archiveNo()), missingFiles, unreadable,
                notAllowed, accessLog.count(null, r.documentId(), null), integrity.appendOnlyEnforced(),
                c.reader().clearance().covers(r.classification()),
                RenditionCheck.judge(renditions.inspect(r.documentId())),
                RevisionLinkCheck.compare(store.entriesOf(LogQueue.REVISION_LINK, document),
                        integrity.revisionLinksAsLeaves(document)));
    }

    private static boolean wellFormed(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * The current key (it signs the manifest), and after a key rotation also the older key that signed the package's
     * checkpoint, if the log is still trusting it: both as PEM blocks, which the verifier reads as a key set.
     */
    private String packageKeys(SignedCheckpoint checkpoint) {
        String keys = pem(signer.publicKey());
        if (!checkpoint.keyId().equals(org.gongwen.archive.verifier.LogKeys.keyId(signer.publicKey()))) {
            keys += signer.trustedKeys().forId(checkpoint.keyId()).map(ExportingRecord::pem).orElse("");
        }
        return keys;
    }

    private static String pem(byte[] key) {
        return "-----BEGIN PUBLIC KEY-----\n" + java.util.Base64.getEncoder().encodeToString(key)
                + "\n-----END PUBLIC KEY-----\n";
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
