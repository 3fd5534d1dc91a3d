package org.gongwen.e2e.authz;

import java.util.List;
import java.util.stream.Collectors;

import org.gongwen.e2e.authz.AuthorizationMatrix.Line;

/** {@link AuthorizationMatrix} as the Markdown table in docs/authorization-matrix.md, between two markers. */
final class MatrixDocument {

    static final String BEGIN = "<!-- matrix:begin — generated from AuthorizationMatrix.TABLE; "
            + "AuthorizationMatrixDocumentTest fails when they differ -->";
    static final String END = "<!-- matrix:end -->";
    /** registry-service's table (issue 17), from {@link RegistryMatrix#TABLE}. */
    static final String REGISTRY_BEGIN = "<!-- registry-matrix:begin — generated from RegistryMatrix.TABLE; "
            + "AuthorizationMatrixDocumentTest fails when they differ -->";
    static final String REGISTRY_END = "<!-- registry-matrix:end -->";

    private MatrixDocument() {
    }

    static String render() {
        return render(AuthorizationMatrix.lines(AuthorizationMatrix.TABLE));
    }

    static String render(List<Line> lines) {
        StringBuilder table = new StringBuilder();
        table.append("| operation | target | ").append(String.join(" | ", Personas.COLUMNS.keySet())).append(" |\n");
        table.append("|---|---|").append("---:|".repeat(Personas.COLUMNS.size())).append('\n');
        for (Line row : lines) {
            table.append("| `").append(row.operation()).append("` | ").append(row.target()).append(" | ")
                    .append(row.cells().stream().map(MatrixDocument::cell).collect(Collectors.joining(" | ")))
                    .append(" |\n");
        }
        return table.toString();
    }

    /** Allowed answers stand out from refusals when reading the table. */
    private static String cell(String status) {
        return status.startsWith("2") ? "**" + status + "**" : status;
    }

    /** The document with this table between its markers. */
    static String withTable(String document, String table) {
        return withTable(document, table, BEGIN, END);
    }

    static String withTable(String document, String table, String beginMarker, String endMarker) {
        int begin = document.indexOf(beginMarker);
        int end = document.indexOf(endMarker);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("the document lacks the matrix markers " + beginMarker);
        }
        return document.substring(0, begin + beginMarker.length()) + "\n\n" + table + "\n" + document.substring(end);
    }

    /** The table part of the document, between the markers; null when a marker is missing. */
    static String tableIn(String document) {
        return tableIn(document, BEGIN, END);
    }

    static String tableIn(String document, String beginMarker, String endMarker) {
        int begin = document.indexOf(beginMarker);
        int end = document.indexOf(endMarker);
        if (begin < 0 || end < begin) {
            return null;
        }
        return document.substring(begin + beginMarker.length(), end).strip() + "\n";
    }
}
