package org.gongwen.archive.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;

import org.gongwen.archive.accession.application.ArchiveIntegrity;
import org.gongwen.archive.accession.application.ArchivingIssuedDocument;
import org.gongwen.archive.accession.application.ArchivingRegistryRecord;
import org.gongwen.archive.accession.application.AttachmentSource;
import org.gongwen.archive.accession.application.ContentHasher;
import org.gongwen.archive.accession.application.EventPublisher;
import org.gongwen.archive.accession.remote.HttpAttachmentSource;
import org.gongwen.archive.accession.remote.ServiceTokens;
import org.gongwen.archive.amendment.application.AmendingRecord;
import org.gongwen.archive.export.application.ExportingRecord;
import org.gongwen.archive.export.application.PackageEncoding;
import org.gongwen.archive.log.application.AccessLog;
import org.gongwen.archive.log.application.CheckpointSigner;
import org.gongwen.archive.log.application.ConsultingLog;
import org.gongwen.archive.log.application.IntegratingLog;
import org.gongwen.archive.log.application.PendingEntries;
import org.gongwen.archive.log.application.LogQueue;
import org.gongwen.archive.log.application.LogStore;
import org.gongwen.archive.log.application.LoggingReads;
import org.gongwen.archive.rendering.application.ConsultingRenditions;
import org.gongwen.archive.rendering.application.RenderJobs;
import org.gongwen.archive.rendering.application.RenderSignal;
import org.gongwen.archive.rendering.application.Renderer;
import org.gongwen.archive.rendering.application.RenderingDocuments;
import org.gongwen.archive.rendering.application.RenditionReader;
import org.gongwen.archive.rendering.application.StoredRenditions;
import org.gongwen.archive.search.application.Cataloguing;
import org.gongwen.archive.search.application.ConsultingArchive;
import org.gongwen.archive.search.application.RecordSearch;
import org.gongwen.archive.shared.application.Amendments;
import org.gongwen.archive.shared.application.ArchiveRecords;
import org.gongwen.archive.shared.application.RevisionLinks;
import org.gongwen.archive.shared.application.ArchivedAttachments;
import org.gongwen.kernel.Transactions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases, wired by hand: application and domain know nothing of Spring. */
@Configuration(proxyBeanMethods = false)
class ArchiveConfiguration {

    @Bean
    ArchivingIssuedDocument archivingIssuedDocument(ArchiveRecords records, LogQueue log, EventPublisher events,
                                                    ContentHasher hasher, Transactions transactions,
                                                    ArchiveProperties properties, Clock clock,
                                                    AttachmentSource source, ArchivedAttachments attachments,
                                                    RenderJobs renderJobs, RevisionLinks revisions) {
        return new ArchivingIssuedDocument(records, log, events, hasher, transactions, properties.schedule(),
                properties.fonds(), clock, source, attachments, renderJobs, revisions);
    }

    @Bean
    ArchivingRegistryRecord archivingRegistryRecord(ArchiveRecords records, LogQueue log, EventPublisher events,
                                                    ContentHasher hasher, Transactions transactions,
                                                    ArchiveProperties properties,
                                                    RegistryArchiveProperties registry, Clock clock) {
        return new ArchivingRegistryRecord(records, log, events, hasher, transactions, registry.schedule(),
                properties.fonds(), clock);
    }

    @Bean
    RenderingDocuments renderingDocuments(RenderJobs jobs, StoredRenditions renditions, ArchiveRecords records,
                                          Renderer renderer, LogQueue log, Transactions transactions,
                                          RenditionProperties properties, Clock clock) {
        return new RenderingDocuments(jobs, renditions, records, renderer, log, transactions, properties.policy(),
                clock);
    }

    @Bean
    RenditionWorker renditionWorker(RenderingDocuments rendering, RenderSignal signal,
                                    RenditionProperties properties, Clock clock) {
        return new RenditionWorker(rendering, signal, properties.idleBackoff(), properties.idleRelease(), clock);
    }

    @Bean
    ConsultingRenditions consultingRenditions(ArchiveRecords records, StoredRenditions renditions, RenderJobs jobs,
                                              RenditionReader reader, LogStore store, LoggingReads reads) {
        return new ConsultingRenditions(records, renditions, jobs, reader, store, reads);
    }

    /**
     * drafting-service's attachment files, with a token of the service principal (env GONGWEN_DRAFTING_URL,
     * GONGWEN_TOKEN_URI; GONGWEN_TOKEN_GRANT dev or client_credentials with GONGWEN_TOKEN_CLIENT_ID and
     * GONGWEN_TOKEN_CLIENT_SECRET[_FILE]).
     */
    @Bean
    AttachmentSource attachmentSource(@Value("${gongwen.archive.attachments.drafting-url}") String draftingUrl,
                                      @Value("${gongwen.archive.attachments.token-uri}") String tokenUri,
                                      @Value("${gongwen.archive.attachments.token-grant:dev}") String grant,
                                      @Value("${gongwen.archive.attachments.principal:archive-service}") String principal,
                                      @Value("${gongwen.archive.attachments.client-id:archive-service}") String clientId,
                                      @Value("${gongwen.archive.attachments.client-secret:}") String clientSecret,
                                      @Value("${gongwen.archive.attachments.timeout:10s}") java.time.Duration timeout,
                                      tools.jackson.databind.json.JsonMapper json, Clock clock) {
        return new HttpAttachmentSource(URI.create(draftingUrl), ServiceTokens.of(grant, URI.create(tokenUri),
                principal, clientId, clientSecret, timeout, json, clock), timeout);
    }

    @Bean
    LoggingReads loggingReads(AccessLog accessLog, Clock clock) {
        return new LoggingReads(accessLog, clock);
    }

    @Bean
    ConsultingArchive consultingArchive(ArchiveRecords records, RecordSearch search, LoggingReads reads) {
        return new ConsultingArchive(records, search, reads);
    }

    @Bean
    AmendingRecord amendingRecord(ArchiveRecords records, Amendments amendments, LogQueue log,
                                  Transactions transactions, Clock clock) {
        return new AmendingRecord(records, amendments, log, transactions, clock);
    }

    @Bean
    CheckpointSigner checkpointSigner(LogProperties properties) {
        return Ed25519CheckpointSigner.fromFile(Path.of(properties.signingKey()),
                PreviousLogKeys.read(properties.previousPublicKeys()));
    }

    @Bean
    IntegratingLog integratingLog(LogStore store, CheckpointSigner signer, Transactions transactions,
                                  LogProperties log, ArchiveProperties archive, Clock clock) {
        String origin = log.origin() == null || log.origin().isBlank() ? "gongwen-archive/" + archive.fonds()
                : log.origin();
        return new IntegratingLog(store, signer, transactions, origin, clock);
    }

    @Bean
    ConsultingLog consultingLog(ArchiveRecords records, LogStore store, IntegratingLog integrating,
                                CheckpointSigner signer) {
        return new ConsultingLog(records, store, integrating, signer);
    }

    @Bean
    ExportingRecord exportingRecord(ArchiveRecords records, LoggingReads reads, ConsultingLog log,
                                    LogStore store, Amendments amendments, ArchivedAttachments attachments,
                                    AccessLog accessLog, ArchiveIntegrity integrity, ContentHasher hasher,
                                    CheckpointSigner signer, PackageEncoding encoding,
                                    ConsultingRenditions renditions, RevisionLinks revisions,
                                    @Value("${gongwen.archive.fonds-name:江城市民政局}") String fondsName) {
        return new ExportingRecord(records, reads, log, store, amendments, attachments, accessLog, integrity,
                hasher, signer, encoding, renditions, revisions, fondsName);
    }

    @Bean
    Cataloguing cataloguing(ArchiveRecords records, Amendments amendments, ArchiveProperties properties,
                            @Value("${gongwen.archive.fonds-name:江城市民政局}") String fondsName) {
        return new Cataloguing(records, amendments, properties.fonds(), fondsName);
    }

    @Bean
    LogSequencer logSequencer(IntegratingLog integrating, PendingEntries pending, LogProperties properties) {
        return new LogSequencer(() -> integrating.drain(properties.batchSize()), pending, properties.interval(),
                properties.idleInterval());
    }
}
