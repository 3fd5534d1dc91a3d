package org.gongwen.archive.log.web;

import java.util.Base64;
import java.util.List;

import org.gongwen.archive.log.application.ConsultingLog;
import org.gongwen.archive.log.application.LoggingReads;
import org.gongwen.archive.log.application.SignedCheckpoint;
import org.gongwen.archive.log.domain.Checkpoint;
import org.gongwen.archive.shared.web.Readers;
import org.gongwen.archive.verifier.LogKeys;
import org.gongwen.platform.web.problem.ProblemException;
import org.gongwen.platform.web.problem.Problems;
import org.gongwen.platform.web.problem.Violation;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The tamper-evident log over HTTP. Proofs and leaves reveal record content, so they follow the records' rules
 * (AUDITOR/CHIEF, clearance); checkpoints and consistency proofs are hashes only, open to any signed-in user.
 */
@RestController
public class LogController {

    private static final Base64.Encoder B64 = Base64.getEncoder();

    /** {@code keyId} (issue 6, additive): the id of the key that signed it, in {@code GET /checkpoints/keys}. */
    public record CheckpointView(String origin, long treeSize, String rootHash, String timestamp, String signature,
                          String publicKey, String keyId) {
    }

    public record ProofView(String documentId, long leafIndex, long treeSize, String leafHash, List<String> auditPath,
                     CheckpointView checkpoint) {
    }

    record ConsistencyView(long from, long to, List<String> proof) {
    }

    record KeyView(String algorithm, String publicKey, String pem, String keyId) {
    }

    /** Every key checkpoints of this log may be signed with: the current one first ({@code current: true}). */
    record KeySetView(List<KeySetEntry> keys) {
    }

    record KeySetEntry(String keyId, String algorithm, String publicKey, String pem, boolean current) {
    }

    private final ConsultingLog log;
    private final LoggingReads reads;

    LogController(ConsultingLog log, LoggingReads reads) {
        this.log = log;
        this.reads = reads;
    }

    /** Proofs and leaves carry the record: they are reads, and logged as such. */
    private <T> java.util.Optional<T> logged(Jwt jwt, String action, String documentId, java.util.Optional<T> answer) {
        reads.logRead(Readers.reader(jwt), action, documentId, answer.isPresent());
        return answer;
    }

    @GetMapping("/api/archive/records/{documentId}/proof")
    Mono<ProofView> proof(@AuthenticationPrincipal Jwt jwt, @PathVariable String documentId,
                          @RequestParam(required = false) String treeSize) {
        Readers.requireConsulting(jwt);
        Long size = treeSize == null ? null : positive("treeSize", treeSize);
        return Readers.blocking(() -> logged(jwt, "proof", documentId,
                        log.inclusion(Readers.clearance(jwt), documentId, size))
                .map(p -> new ProofView(p.documentId(), p.leafIndex(), p.treeSize(), B64.encodeToString(p.leafHash()),
                        p.auditPath().stream().map(B64::encodeToString).toList(), view(p.checkpoint())))
                .orElseThrow(() -> Readers.notFound(documentId)));
    }

    /** The leaf bytes exactly as hashed: what the offline verifier takes as record.json. */
    @GetMapping("/api/archive/records/{documentId}/leaf")
    Mono<ResponseEntity<byte[]>> leaf(@AuthenticationPrincipal Jwt jwt, @PathVariable String documentId) {
        Readers.requireConsulting(jwt);
        return Readers.blocking(() -> logged(jwt, "leaf", documentId,
                        log.inclusion(Readers.clearance(jwt), documentId, null))
                .map(p -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(p.leafData()))
                .orElseThrow(() -> Readers.notFound(documentId)));
    }

    @GetMapping("/api/archive/checkpoints/latest")
    Mono<CheckpointView> latest() {
        return Readers.blocking(() -> log.latest().map(LogController::view).orElseThrow(() -> new ProblemException(
                Problems.notFound("日志尚无检查点（尚未归档任何文件）。", "The log has no checkpoint yet."))));
    }

    @GetMapping("/api/archive/checkpoints/{treeSize}")
    Mono<CheckpointView> checkpoint(@PathVariable String treeSize) {
        long size = positive("treeSize", treeSize);
        return Readers.blocking(() -> log.checkpoint(size).map(LogController::view).orElseThrow(() ->
                new ProblemException(Problems.notFound("没有该树大小的检查点：" + size, "No checkpoint of size " + size))));
    }

    @GetMapping("/api/archive/checkpoints/key")
    Mono<KeyView> key() {
        return Readers.blocking(() -> {
            byte[] key = log.publicKey();
            return new KeyView("Ed25519", B64.encodeToString(key), pem(key), LogKeys.keyId(key));
        });
    }

    /** The key set for the offline verifier ({@code --key keys.json}): after a rotation, older keys too. */
    @GetMapping("/api/archive/checkpoints/keys")
    Mono<KeySetView> keys() {
        return Readers.blocking(() -> {
            LogKeys keys = log.publicKeys();
            String current = LogKeys.keyId(log.publicKey());
            return new KeySetView(keys.keys().stream().map(k -> new KeySetEntry(LogKeys.keyId(k), "Ed25519",
                    B64.encodeToString(k), pem(k), LogKeys.keyId(k).equals(current))).toList());
        });
    }

    private static String pem(byte[] key) {
        return "-----BEGIN PUBLIC KEY-----\n" + B64.encodeToString(key) + "\n-----END PUBLIC KEY-----\n";
    }

    @GetMapping("/api/archive/consistency")
    Mono<ConsistencyView> consistency(@RequestParam(required = false) String from,
                                      @RequestParam(required = false) String to) {
        long f = nonNegative("from", from);
        long t = nonNegative("to", to);
        if (f > t) {
            throw new ProblemException(Problems.malformedRequest("from > to").withViolations(List.of(
                    Violation.error("query.range", "from", "from 不能大于 to。", "from must not exceed to."))));
        }
        return Readers.blocking(() -> log.consistency(f, t)
                .map(p -> new ConsistencyView(p.from(), p.to(), p.proof().stream().map(B64::encodeToString).toList()))
                .orElseThrow(() -> new ProblemException(Problems.notFound("日志没有这么大：" + t,
                        "The log has fewer than " + t + " leaves"))));
    }

    public static CheckpointView view(SignedCheckpoint s) {
        Checkpoint c = s.checkpoint();
        return new CheckpointView(c.origin(), c.treeSize(), B64.encodeToString(c.rootHash()), c.timestamp().toString(),
                B64.encodeToString(s.signature()), B64.encodeToString(s.publicKey()), s.keyId());
    }

    private static long positive(String name, String raw) {
        long n = nonNegative(name, raw);
        if (n == 0) {
            throw bad(name, raw);
        }
        return n;
    }

    private static long nonNegative(String name, String raw) {
        try {
            long n = Long.parseLong(raw == null ? "" : raw.trim());
            if (n < 0) {
                throw bad(name, raw);
            }
            return n;
        } catch (NumberFormatException e) {
            throw bad(name, raw);
        }
    }

    private static ProblemException bad(String name, String raw) {
        return new ProblemException(Problems.malformedRequest(name).withViolations(List.of(Violation.error(
                "query." + name, name, "参数 " + name + " 应为非负整数：" + raw, name + " must be a non-negative integer: " + raw))));
    }
}
