package org.gongwen.archive.accession.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * 真实性 of a document's 更正 chain (issue 18): each link row between two issued revisions must still equal the leaf
 * the log took when the link was made. The table refuses UPDATE and DELETE to the service, but only the log shows
 * what a superuser or a restored backup did to it: a link missing from the table (deleted), differing from its leaf
 * (altered), or present without a leaf (inserted behind the service's back).
 */
public final class RevisionLinkCheck {

    public enum Fault { DELETED, ALTERED, NOT_LOGGED }

    /** What is wrong with the link whose correcting record is {@code recordId}. */
    public record Finding(String recordId, Fault fault) {

        String zh() {
            return recordId + switch (fault) {
                case DELETED -> "（关联已被删除）";
                case ALTERED -> "（关联与日志不一致）";
                case NOT_LOGGED -> "（关联未记入日志）";
            };
        }

        String en() {
            return recordId + switch (fault) {
                case DELETED -> " (link deleted)";
                case ALTERED -> " (link differs from its leaf)";
                case NOT_LOGGED -> " (link not in the log)";
            };
        }
    }

    private RevisionLinkCheck() {
    }

    /**
     * Compares the links' leaves (by correcting record) with the stored links encoded as leaves now. Empty when
     * every link matches its leaf, as for a document never corrected (nothing on either side).
     */
    public static List<Finding> compare(Map<String, byte[]> logged, Map<String, byte[]> stored) {
        List<Finding> findings = new ArrayList<>();
        TreeSet<String> ids = new TreeSet<>(logged.keySet());
        ids.addAll(stored.keySet());
        for (String id : ids) {
            byte[] leaf = logged.get(id);
            byte[] row = stored.get(id);
            if (row == null) {
                findings.add(new Finding(id, Fault.DELETED));
            } else if (leaf == null) {
                findings.add(new Finding(id, Fault.NOT_LOGGED));
            } else if (!Arrays.equals(leaf, row)) {
                findings.add(new Finding(id, Fault.ALTERED));
            }
        }
        return findings;
    }

    static List<String> zh(List<Finding> findings) {
        return findings.stream().map(Finding::zh).toList();
    }

    static List<String> en(List<Finding> findings) {
        return findings.stream().map(Finding::en).toList();
    }
}
