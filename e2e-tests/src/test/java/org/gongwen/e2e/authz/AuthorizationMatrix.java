package org.gongwen.e2e.authz;

import java.util.ArrayList;
import java.util.List;

import org.gongwen.e2e.authz.Targets.Target;

/**
 * Issue 6 part 4: who may do what, as data. One row per operation and target; one column per persona
 * ({@link Personas}: own / another's in the same unit / another unit / the chain / clearance); each cell the status
 * the call answers. The same table is in docs/authorization-matrix.md ({@link MatrixDocument} keeps them equal).
 * 404 where the contract hides an object from someone who may not know it exists (another's draft is 403; a
 * document above the caller's clearance, or an archive record, is 404).
 */
final class AuthorizationMatrix {

    record Row(String operation, Target target, List<String> expected) {

        String method() {
            return operation.substring(0, operation.indexOf(' '));
        }

        String path() {
            return operation.substring(operation.indexOf(' ') + 1);
        }

        boolean mutating() {
            return !method().equals("GET");
        }
    }

    // operation                                                    | target          | zhangwei colleague lina
    //     qianxiao sunli zhaomin wangqiang liuyang zhoushen zhoushen·秘密 admin service  (Personas.COLUMNS)
    static final String TABLE = """
            GET /api/drafts                                                | NONE            | 200 200 200 200 200 200 200 200 200 200 200 200
            POST /api/drafts                                               | NONE            | 201 201 201 201 201 201 201 201 201 201 201 201
            GET /api/drafts/templates                                      | NONE            | 200 200 200 200 200 200 200 200 200 200 200 200
            GET /api/drafts/templates/{docType}                            | NONE            | 200 200 200 200 200 200 200 200 200 200 200 200
            GET /api/drafts/{id}                                           | DRAFT           | 200 403 403 403 403 403 403 403 200 200 403 403
            GET /api/drafts/{id}                                           | SECRET_DRAFT    | 404 404 404 404 403 403 403 403 200 404 404 403
            PUT /api/drafts/{id}                                           | DRAFT           | 200 403 403 403 403 403 403 403 403 403 403 403
            POST /api/drafts/{id}/attachments                              | DRAFT           | 201 403 403 403 403 403 403 403 403 403 403 403
            DELETE /api/drafts/{id}/attachments/{number}                   | DRAFT           | 200 403 403 403 403 403 403 403 403 403 403 403
            GET /api/drafts/{id}/attachments/{number}                      | DRAFT           | 200 403 403 403 403 403 403 403 200 200 403 403
            PUT /api/drafts/{id}/attachments/{number}                      | DRAFT           | 200 403 403 403 403 403 403 403 403 403 403 403
            POST /api/drafts/{id}/check                                    | DRAFT           | 200 403 403 403 403 403 403 403 403 403 403 403
            GET /api/drafts/{id}/diff                                      | DRAFT           | 200 403 403 403 403 403 403 403 200 200 403 403
            POST /api/drafts/{id}/submit                                   | DRAFT           | 202 403 403 403 403 403 403 403 403 403 403 403
            POST /api/drafts/{id}/correction                               | ARCHIVED        | 202 202 403 403 403 403 403 403 403 403 403 403
            GET /api/drafts/{id}/versions                                  | DRAFT           | 200 403 403 403 403 403 403 403 200 200 403 403
            GET /api/drafts/{id}/versions                                  | SECRET_DRAFT    | 404 404 404 404 403 403 403 403 200 404 404 403
            GET /api/drafts/{id}/versions/{version}                        | DRAFT           | 200 403 403 403 403 403 403 403 200 200 403 403
            POST /api/drafts/{id}/withdraw                                 | DRAFT           | 409 403 403 403 403 403 403 403 403 403 403 403
            POST /api/drafts/{id}/withdraw                                 | IN_REVIEW       | 200 403 403 403 403 403 403 403 403 403 403 403
            GET /internal/attachments/{sha256}                             | NONE            | 403 403 403 403 403 403 403 403 403 403 403 404
            GET /api/reviews/dashboard                                     | NONE            | 403 403 403 403 403 200 200 200 200 200 403 403
            GET /api/reviews/done                                          | NONE            | 200 200 200 200 200 200 200 200 200 200 200 200
            GET /api/reviews/inbox                                         | NONE            | 200 200 200 200 200 200 200 200 200 200 200 200
            GET /api/reviews/organisation                                  | ORGANISATION    | 403 403 403 403 403 403 403 403 403 403 200 403
            GET /api/reviews/organisation/acting                           | ORGANISATION    | 403 403 403 403 403 403 403 403 403 403 200 403
            GET /api/reviews/organisation/acting/{id}                      | ORGANISATION    | 403 403 403 403 403 403 403 403 403 403 200 403
            PUT /api/reviews/organisation/acting/{id}                      | ORGANISATION    | 403 403 403 403 403 403 403 403 403 403 200 403
            DELETE /api/reviews/organisation/acting/{id}                   | ORGANISATION    | 403 403 403 403 403 403 403 403 403 403 200 403
            POST /api/reviews/organisation/acting                          | ORGANISATION    | 403 403 403 403 403 403 403 403 403 403 201 403
            GET /api/reviews/organisation/people                           | ORGANISATION    | 403 403 403 403 403 403 403 403 403 403 200 403
            POST /api/reviews/organisation/people                          | ORGANISATION    | 403 403 403 403 403 403 403 403 403 403 201 403
            GET /api/reviews/organisation/people/{username}                | ORGANISATION    | 403 403 403 403 403 403 403 403 403 403 200 403
            PUT /api/reviews/organisation/people/{username}                | ORGANISATION    | 403 403 403 403 403 403 403 403 403 403 200 403
            GET /api/reviews/organisation/people/{username}/history        | ORGANISATION    | 403 403 403 403 403 403 403 403 403 403 200 403
            DELETE /api/reviews/organisation/people/{username}             | ORGANISATION    | 403 403 403 403 403 403 403 403 403 403 200 403
            GET /api/reviews/organisation/settings                         | ORGANISATION    | 403 403 403 403 403 403 403 403 403 403 200 403
            PUT /api/reviews/organisation/settings/{key}                   | ORGANISATION    | 403 403 403 403 403 403 403 403 403 403 200 403
            GET /api/reviews/organisation/settings/{key}/history           | ORGANISATION    | 403 403 403 403 403 403 403 403 403 403 200 403
            GET /api/reviews/organisation/units                            | ORGANISATION    | 403 403 403 403 403 403 403 403 403 403 200 403
            POST /api/reviews/organisation/units                           | ORGANISATION    | 403 403 403 403 403 403 403 403 403 403 201 403
            GET /api/reviews/organisation/units/{code}                     | ORGANISATION    | 403 403 403 403 403 403 403 403 403 403 200 403
            PUT /api/reviews/organisation/units/{code}                     | ORGANISATION    | 403 403 403 403 403 403 403 403 403 403 200 403
            GET /api/reviews/organisation/units/{code}/history             | ORGANISATION    | 403 403 403 403 403 403 403 403 403 403 200 403
            DELETE /api/reviews/organisation/units/{code}                  | ORGANISATION    | 403 403 403 403 403 403 403 403 403 403 422 403
            GET /api/reviews/organisation/{post}                           | ORGANISATION    | 403 403 403 403 403 403 403 403 403 403 200 403
            POST /api/reviews/organisation/{post}                          | ORGANISATION    | 403 403 403 403 403 403 403 403 403 403 201 403
            GET /api/reviews/organisation/{post}/{unit}                    | ORGANISATION    | 403 403 403 403 403 403 403 403 403 403 404 403
            PUT /api/reviews/organisation/{post}/{unit}                    | ORGANISATION    | 403 403 403 403 403 403 403 403 403 403 404 403
            GET /api/reviews/organisation/{post}/{unit}/history            | ORGANISATION    | 403 403 403 403 403 403 403 403 403 403 404 403
            DELETE /api/reviews/organisation/{post}/{unit}                 | ORGANISATION    | 403 403 403 403 403 403 403 403 403 403 404 403
            GET /api/reviews/{documentId}                                  | IN_REVIEW       | 200 403 403 403 200 200 200 403 200 200 403 403
            GET /api/reviews/{documentId}                                  | SECRET_ARCHIVED | 404 404 404 404 200 200 200 403 200 404 404 403
            POST /api/reviews/{documentId}/countersign                     | IN_REVIEW       | 200 403 403 403 422 403 403 403 403 403 403 403
            POST /api/reviews/{documentId}/decisions                       | IN_REVIEW       | 403 403 403 403 200 403 403 403 403 403 403 403
            POST /api/reviews/{documentId}/decisions                       | AT_LEVEL_2      | 403 403 403 403 409 200 403 403 403 403 403 403
            POST /api/reviews/{documentId}/delegation                      | IN_REVIEW       | 403 403 403 403 200 403 403 403 403 403 403 403
            POST /api/reviews/{documentId}/recall                          | IN_REVIEW       | 403 403 403 403 409 409 409 403 403 403 403 403
            POST /api/reviews/{documentId}/recall                          | AT_LEVEL_2      | 403 403 403 403 200 409 409 403 403 403 403 403
            POST /api/reviews/{documentId}/urge                            | IN_REVIEW       | 200 403 403 403 403 200 200 200 403 403 403 403
            POST /api/reviews/{documentId}/reviewers                       | IN_REVIEW       | 403 403 403 403 422 403 403 403 403 403 403 403
            GET /api/reviews/{documentId}/reviewers/candidates             | IN_REVIEW       | 200 403 403 403 200 200 200 403 403 403 403 403
            DELETE /api/reviews/{documentId}/reviewers/{personId}          | IN_REVIEW       | 403 403 403 403 422 403 403 403 403 403 403 403
            GET /api/archive/access-log                                    | NONE            | 403 403 403 403 403 403 403 403 403 403 200 403
            GET /api/archive/catalogue                                     | NONE            | 403 403 403 403 403 403 200 200 200 200 403 403
            GET /api/archive/checkpoints/key                               | NONE            | 200 200 200 200 200 200 200 200 200 200 200 200
            GET /api/archive/checkpoints/keys                              | NONE            | 200 200 200 200 200 200 200 200 200 200 200 200
            GET /api/archive/checkpoints/latest                            | CHECKPOINTED    | 200 200 200 200 200 200 200 200 200 200 200 200
            GET /api/archive/checkpoints/{treeSize}                        | CHECKPOINTED    | 200 200 200 200 200 200 200 200 200 200 200 200
            GET /api/archive/consistency                                   | CHECKPOINTED    | 200 200 200 200 200 200 200 200 200 200 200 200
            GET /api/archive/records                                       | NONE            | 403 403 403 403 403 403 200 200 200 200 403 403
            GET /api/archive/records/{documentId}                          | ARCHIVED        | 403 403 403 403 403 403 200 200 200 200 403 403
            GET /api/archive/records/{documentId}                          | SECRET_ARCHIVED | 403 403 403 403 403 403 200 200 200 404 403 403
            GET /api/archive/records/{documentId}/amendments               | ARCHIVED        | 403 403 403 403 403 403 200 200 200 200 403 403
            GET /api/archive/records/{documentId}/amendments               | SECRET_ARCHIVED | 403 403 403 403 403 403 200 200 200 404 403 403
            POST /api/archive/records/{documentId}/corrections             | ARCHIVED        | 403 403 403 403 403 403 403 403 201 201 403 403
            POST /api/archive/records/{documentId}/corrections             | SECRET_ARCHIVED | 403 403 403 403 403 403 403 403 201 404 403 403
            GET /api/archive/records/{documentId}/disposal                 | ARCHIVED        | 403 403 403 403 403 403 200 200 200 200 403 403
            GET /api/archive/records/{documentId}/disposal                 | SECRET_ARCHIVED | 403 403 403 403 403 403 200 200 200 404 403 403
            GET /api/archive/records/{documentId}/four-properties          | ARCHIVED        | 403 403 403 403 403 403 200 200 200 200 403 403
            GET /api/archive/records/{documentId}/four-properties          | SECRET_ARCHIVED | 403 403 403 403 403 403 200 200 200 404 403 403
            GET /api/archive/records/{documentId}/leaf                     | ARCHIVED        | 403 403 403 403 403 403 200 200 200 200 403 403
            GET /api/archive/records/{documentId}/leaf                     | SECRET_ARCHIVED | 403 403 403 403 403 403 200 200 200 404 403 403
            POST /api/archive/records/{documentId}/legal-hold              | ARCHIVED        | 403 403 403 403 403 403 201 201 201 201 403 403
            POST /api/archive/records/{documentId}/legal-hold/release      | ARCHIVED        | 403 403 403 403 403 403 409 409 409 409 403 403
            GET /api/archive/records/{documentId}/package                  | ARCHIVED        | 403 403 403 403 403 403 200 200 200 200 403 403
            GET /api/archive/records/{documentId}/package                  | SECRET_ARCHIVED | 403 403 403 403 403 403 200 200 200 404 403 403
            GET /api/archive/records/{documentId}/proof                    | ARCHIVED        | 403 403 403 403 403 403 200 200 200 200 403 403
            GET /api/archive/records/{documentId}/proof                    | SECRET_ARCHIVED | 403 403 403 403 403 403 200 200 200 404 403 403
            GET /api/archive/records/{documentId}/rendition.ofd            | ARCHIVED        | 403 403 403 403 403 403 200 200 200 200 403 403
            GET /api/archive/records/{documentId}/rendition.pdf            | ARCHIVED        | 403 403 403 403 403 403 200 200 200 200 403 403
            POST /api/archive/records/{documentId}/rendition/retry         | ARCHIVED        | 403 403 403 403 403 403 403 403 409 409 403 403
            POST /api/archive/records/{documentId}/rendition/retry         | SECRET_ARCHIVED | 403 403 403 403 403 403 403 403 409 404 403 403
            GET /api/archive/statistics                                    | NONE            | 403 403 403 403 403 403 200 200 200 200 403 403
            """;

    static final List<Row> ROWS = parse(TABLE);

    private AuthorizationMatrix() {
    }

    static List<Row> parse(String table) {
        return lines(table).stream().map(l -> new Row(l.operation(), Target.valueOf(l.target()), l.cells())).toList();
    }

    /** One line of a matrix table (this one or {@link RegistryMatrix}'s): operation, target and a cell per persona. */
    record Line(String operation, String target, List<String> cells) {
    }

    static List<Line> lines(String table) {
        List<Line> lines = new ArrayList<>();
        for (String line : table.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|");
            List<String> cells = List.of(parts[2].trim().split("\\s+"));
            if (cells.size() != Personas.COLUMNS.size()) {
                throw new IllegalStateException("row needs " + Personas.COLUMNS.size() + " cells: " + line);
            }
            lines.add(new Line(parts[0].trim(), parts[1].trim(), cells));
        }
        return List.copyOf(lines);
    }

    /** The target a new operation gets by default, from its path (a row can be added by hand for more). */
    static Target defaultTarget(String operation) {
        String path = operation.substring(operation.indexOf(' ') + 1);
        if (path.startsWith("/api/reviews/organisation")) {
            return Target.ORGANISATION;
        }
        if (path.startsWith("/api/drafts/{id}")) {
            return Target.DRAFT;
        }
        if (path.startsWith("/api/reviews/{documentId}")) {
            return Target.IN_REVIEW;
        }
        return path.contains("{documentId}") ? Target.ARCHIVED : Target.NONE;
    }
}
