package org.gongwen.archive.export.application;

import java.util.List;

import org.gongwen.archive.accession.domain.FourProperties;
import org.gongwen.archive.log.application.ConsultingLog;
import org.gongwen.archive.log.application.SignedCheckpoint;
import org.gongwen.archive.verifier.PackageZip;

/** The JSON files of an archival package, in the formats the HTTP API and the offline verifier use. */
public interface PackageEncoding {

    /** The {@code content} of the leaf, re-indented for reading (the verifier compares it with the leaf's). */
    byte[] contentOfLeaf(byte[] leaf);

    byte[] proof(ConsultingLog.InclusionProof proof);

    byte[] checkpoint(SignedCheckpoint checkpoint);

    byte[] report(FourProperties.Report report);

    byte[] manifest(String documentId, String archiveNo, List<PackageZip.Entry> files);
}
