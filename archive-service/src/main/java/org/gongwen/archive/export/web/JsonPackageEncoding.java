package org.gongwen.archive.export.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongwen.archive.accession.domain.FourProperties;
import org.gongwen.archive.export.application.PackageEncoding;
import org.gongwen.archive.log.application.ConsultingLog;
import org.gongwen.archive.log.application.SignedCheckpoint;
import org.gongwen.archive.log.web.LogController;
import org.gongwen.archive.verifier.ArchivalPackage;
import org.gongwen.archive.verifier.PackageZip;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

@org.springframework.stereotype.Component
/** The package's JSON files in the very shapes of the HTTP answers (proof, checkpoint), indented for reading. */
class JsonPackageEncoding implements PackageEncoding {

    private static final Base64.Encoder B64 = Base64.getEncoder();

    private final JsonMapper json;

    JsonPackageEncoding(JsonMapper json) {
        this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    @Override
    public byte[] contentOfLeaf(byte[] leaf) {
        return bytes(json.readTree(leaf).get("content"));
    }

    @Override
    public byte[] proof(ConsultingLog.InclusionProof p) {
        return bytes(new LogController.ProofView(p.documentId(), p.leafIndex(), p.treeSize(),
                B64.encodeToString(p.leafHash()), p.auditPath().stream().map(B64::encodeToString).toList(),
                LogController.view(p.checkpoint())));
    }

    @Override
    public byte[] checkpoint(SignedCheckpoint checkpoint) {
        return bytes(LogController.view(checkpoint));
    }

    @Override
    public byte[] report(FourProperties.Report report) {
        return bytes(report);
    }

    @Override
    public byte[] manifest(String documentId, String archiveNo, List<PackageZip.Entry> files) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", "gongwen-archival-package/1");
        m.put("documentId", documentId);
        m.put("archiveNo", archiveNo);
        m.put("files", files.stream().map(f -> Map.of("name", f.name(), "sha256",
                ArchivalPackage.sha256Hex(f.data()), "size", f.data().length)).toList());
        return bytes(m);
    }

    private byte[] bytes(Object value) {
        return json.writeValueAsString(value).getBytes(StandardCharsets.UTF_8);
    }
}
