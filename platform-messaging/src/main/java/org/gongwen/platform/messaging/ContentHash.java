package org.gongwen.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.gongwen.events.DocumentContent;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SHA-256 of a document's content, as drafting computes it at submission and the archive re-computes it
 * on receipt: lowercase hex over the UTF-8 bytes of the content's canonical JSON (properties sorted by name,
 * no insignificant white space, absent values left out). Any change to any field changes the hash.
 *
 * <p>Absent means null, an empty string or an empty list: such a property is not written at all, so a field
 * added to {@link DocumentContent} later (additively, within the same event version) does not change the hash of
 * content that does not use it, and events already in flight still verify after the upgrade.
 */
public final class ContentHash {

    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            // records are creator-based: without this their properties keep declaration order
            .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .changeDefaultPropertyInclusion(inclusion -> JsonInclude.Value.construct(
                    JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
            .build();

    private ContentHash() {
    }

    public static String canonicalJson(DocumentContent content) {
        return CANONICAL.writeValueAsString(content);
    }

    public static String of(DocumentContent content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonicalJson(content).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
