package org.gongwen.platform.web.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentIdFilterTest {

    private static final String ID = "0f8fad5b-d9cb-469f-a165-70867728950e";

    @Test
    void theDocumentIsTheFirstUuidInThePathOfEveryContext() {
        assertThat(DocumentIdFilter.documentIdOf("/api/drafts/" + ID + "/submit")).contains(ID);
        assertThat(DocumentIdFilter.documentIdOf("/api/reviews/" + ID.toUpperCase() + "/decisions")).contains(ID);
        assertThat(DocumentIdFilter.documentIdOf("/api/archive/records/" + ID)).contains(ID);
    }

    @Test
    void pathsAboutNoDocumentHaveNone() {
        assertThat(DocumentIdFilter.documentIdOf("/api/reviews/inbox")).isEmpty();
        assertThat(DocumentIdFilter.documentIdOf("/api/drafts/" + ID + "0")).isEmpty();
        assertThat(DocumentIdFilter.documentIdOf(null)).isEmpty();
    }
}
