package org.gongwen.e2e.authz;

import java.util.stream.Collectors;

import org.gongwen.e2e.authz.AuthorizationMatrix.Row;

/** {@link AuthorizationMatrix} as the Markdown table in docs/authorization-matrix.md, between two markers. */
final class MatrixDocument {

    static final String BEGIN = "<!-- matrix:begin — generated from AuthorizationMatrix.TABLE; "
            + "AuthorizationMatrixDocumentTest fails when they differ -->";
    static final String END = "<!-- matrix:end -->";

    private MatrixDocument() {
    }

    static String render() {
        StringBuilder table = new StringBuilder();
        table.append("| operation | target | ").append(String.join(" | ", Personas.COLUMNS.keySet())).append(" |\n");
        table.append("|---|---|").append("---:|".repeat(Personas.COLUMNS.size())).append('\n');
        for (Row row : AuthorizationMatrix.ROWS) {
            table.append("| `").append(row.operation()).append("` | ").append(row.target()).append(" | ")
                    .append(row.expected().stream().map(MatrixDocument::cell).collect(Collectors.joining(" | ")))
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
        int begin = document.indexOf(BEGIN);
        int end = document.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("the document lacks the matrix markers");
        }
        return document.substring(0, begin + BEGIN.length()) + "\n\n" + table + "\n" + document.substring(end);
    }

    /** The table part of the document, between the markers; null when a marker is missing. */
    static String tableIn(String document) {
        int begin = document.indexOf(BEGIN);
        int end = document.indexOf(END);
        if (begin < 0 || end < begin) {
            return null;
        }
        return document.substring(begin + BEGIN.length(), end).strip() + "\n";
    }
}
