package org.gongwen.drafting.draft.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.gongwen.drafting.draft.domain.Draft;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import tools.jackson.databind.json.JsonMapper;

/** A draft's columns as named SQL parameters, JSON columns serialised. */
final class DraftRow extends MapSqlParameterSource {

    DraftRow(Draft d, JsonMapper json) {
        super(columns(d, json));
    }

    private static Map<String, Object> columns(Draft d, JsonMapper json) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", d.id());
        p.put("drafter", d.drafter().username());
        p.put("drafterPerson", json.writeValueAsString(d.drafter()));
        p.put("status", d.status().name());
        p.put("revision", d.revision());
        p.put("version", d.version());
        p.put("content", json.writeValueAsString(d.content()));
        p.put("chain", json.writeValueAsString(d.chain()));
        p.put("history", json.writeValueAsString(d.history()));
        p.put("documentNumber", d.documentNumber());
        p.put("signer", d.signer() == null ? null : json.writeValueAsString(d.signer()));
        p.put("issuedAt", timestamp(d.issuedAt()));
        p.put("archiveNo", d.archiveNo());
        p.put("documentDate", d.documentDate());
        p.put("correction", d.correction() == null ? null : json.writeValueAsString(d.correction()));
        p.put("createdAt", timestamp(d.createdAt()));
        p.put("updatedAt", timestamp(d.updatedAt()));
        p.put("replyIncomingId", d.inReplyTo() == null ? null : d.inReplyTo().incomingId());
        p.put("replyReceiptNumber", d.inReplyTo() == null ? null : d.inReplyTo().receiptNumber());
        return p;
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
