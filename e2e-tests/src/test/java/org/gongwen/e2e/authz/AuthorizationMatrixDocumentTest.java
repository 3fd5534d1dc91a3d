package org.gongwen.e2e.authz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * docs/authorization-matrix.md shows exactly the table the matrix suite runs, so the two cannot drift. When the
 * table changes, {@code -Dgongwen.authz.writeDoc=true} rewrites the document's table (then review the diff).
 */
class AuthorizationMatrixDocumentTest {

    private static final Path DOCUMENT = Path.of("..", "docs", "authorization-matrix.md");

    @Test
    void theDocumentShowsTheTableTheSuiteRuns() throws IOException {
        String document = Files.readString(DOCUMENT);
        String rendered = MatrixDocument.render();
        if (Boolean.getBoolean("gongwen.authz.writeDoc")) {
            document = MatrixDocument.withTable(document, rendered);
            Files.writeString(DOCUMENT, document);
        }
        assertThat(MatrixDocument.tableIn(document)).as(DOCUMENT + " between the matrix markers").isEqualTo(rendered);
    }

    @Test
    void theDocumentShowsTheRegistryTableTheSuiteRuns() throws IOException {
        String document = Files.readString(DOCUMENT);
        String rendered = MatrixDocument.render(AuthorizationMatrix.lines(RegistryMatrix.TABLE));
        if (Boolean.getBoolean("gongwen.authz.writeDoc")) {
            document = MatrixDocument.withTable(document, rendered, MatrixDocument.REGISTRY_BEGIN,
                    MatrixDocument.REGISTRY_END);
            Files.writeString(DOCUMENT, document);
        }
        assertThat(MatrixDocument.tableIn(document, MatrixDocument.REGISTRY_BEGIN, MatrixDocument.REGISTRY_END))
                .as(DOCUMENT + " between the registry matrix markers").isEqualTo(rendered);
        assertThat(RegistryMatrix.ROWS).isNotEmpty().allSatisfy(row ->
                assertThat(row.expected()).allSatisfy(cell -> assertThat(cell).matches("[1-5][0-9][0-9]")));
    }

    @Test
    void everyRowHasOneCellPerPersonaAndEveryCellIsAStatus() {
        assertThat(AuthorizationMatrix.ROWS).isNotEmpty().allSatisfy(row -> {
            assertThat(row.expected()).hasSize(Personas.COLUMNS.size());
            assertThat(row.expected()).allSatisfy(cell -> assertThat(cell).matches("[1-5][0-9][0-9]"));
        });
    }
}
